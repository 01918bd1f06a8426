import { describe, expect, it } from 'vitest'
import { analyse } from './test-analyse.ts'

describe('quotes: where indirect content ends', () => {
  it('should keep a coordinated predicate inside the reported clause', () => {
    const [q] = analyse('The minister said the union plans to meet on Monday and vote on the offer.')
    expect(q?.content).toEqual(['the union plans to meet on Monday and vote on the offer'])
  })

  it('should end the content before a second speech verb of the speaker', () => {
    const shown = analyse(
      'The minister said the union had rejected the offer and added that talks would resume.',
    )
    expect(shown.map((q) => q.content)).toEqual([
      ['the union had rejected the offer'],
      ['that talks would resume'],
    ])
    expect(shown[1]?.speakerText).toBe('The minister')
  })

  it('should keep two bare verbs under one negated auxiliary together, even a speech verb', () => {
    // the tagger reads "guarantee" here as a noun; after "does not" it is the verb
    const [q] = analyse(
      'The union said it would reject any offer that does not guarantee or confirm a raise.',
    )
    expect(q?.content).toEqual(['it would reject any offer that does not guarantee or confirm a raise'])
  })

  it('should end the content before a relative clause that reports someone else', () => {
    const timed = analyse('The union said the deal was dead, which the mayor on Friday said was unfair.')
    expect(timed[0]?.content).toEqual(['the deal was dead'])
    const shown = analyse('The union said the offer cut pensions, which Ruiz said would mean hardship.')
    expect(shown[0]?.content).toEqual(['the offer cut pensions'])
    expect(shown[1]).toMatchObject({ speakerText: 'Ruiz', content: ['would mean hardship'] })
    // a relative clause without a report of its own stays inside
    const [kept] = analyse('The union said the offer cut pensions, which would mean hardship.')
    expect(kept?.content).toEqual(['the offer cut pensions, which would mean hardship'])
  })
})

describe('quotes: speaker names the tagger misreads', () => {
  it('should read a capitalised verb right before "said" as a name', () => {
    const [q] = analyse('Cook said the talks had stalled.')
    expect(q).toMatchObject({ speakerText: 'Cook', content: ['the talks had stalled'] })
  })

  it('should keep a party label in parentheses with the name', () => {
    const [q] = analyse('Sen. Ann Ruiz (D-N.M.) said the vote would wait.')
    expect(q).toMatchObject({ speakerText: 'Sen. Ann Ruiz (D-N.M.)', content: ['the vote would wait'] })
  })

  it('should take a name with a party label and an apposition', () => {
    const [q] = analyse('Rep. Omar Haddad (R-S.C.), chairman of the budget panel, said the vote would wait.')
    expect(q?.speakerText).toBe('Rep. Omar Haddad (R-S.C.), chairman of the budget panel')
  })

  it('should accept an indefinite pronoun as the speaker', () => {
    const [q] = analyse('Then somebody asked whether the deal was final.')
    expect(q).toMatchObject({ speakerText: 'somebody', content: ['whether the deal was final'] })
  })
})

describe('quotes: attributions in the middle or at the end', () => {
  it('should not read the apposition of an inverted speaker as more quotation', () => {
    const shown = analyse(
      '“We are ready to talk,” said Omar Haddad, a fellow at the institute who ran the union.',
    )
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({ content: ['“We are ready to talk,”'], speakerText: 'Omar Haddad' })
  })

  it('should join a subject and its predicate around a parenthetical attribution', () => {
    const [q] = analyse('The strike, she said on Monday, was over.')
    expect(q).toMatchObject({ content: ['The strike', 'was over'], speakerText: 'she' })
  })

  it('should source only the part right before a postposed "according to": after a colon, a "with" phrase', () => {
    const [colon] = analyse(
      'The levy has not hurt trade: exports rose by a fifth, according to the customs office.',
    )
    expect(colon?.content).toEqual(['exports rose by a fifth'])
    const [absolute] = analyse(
      'Ruiz leads the race, with 56 percent of voters backing him, according to a poll.',
    )
    expect(absolute?.content).toEqual(['56 percent of voters backing him'])
    // a "with" phrase that has a verb of its own is not a phrase apart
    const [clause] = analyse('Ruiz leads the race, with voters who are tired of Diaz, according to a poll.')
    expect(clause?.content).toEqual(['Ruiz leads the race, with voters who are tired of Diaz'])
  })

  it('should take the clause before "according to" without a comma', () => {
    const [q] = analyse('The mayor leads by four points according to a poll released on Monday.')
    expect(q).toMatchObject({ content: ['The mayor leads by four points'], cue: 'according to' })
  })

  it('should read a speech verb the tagger took for a noun after its subject', () => {
    const [q] = analyse('The mayor plans to resign in June, the Daily Courier reports.')
    expect(q).toMatchObject({
      content: ['The mayor plans to resign in June'],
      speakerText: 'the Daily Courier',
    })
  })
})

describe('quotes: "call" and other cues with an object', () => {
  it('should not read "a dinner called …" as an attribution', () => {
    expect(analyse('They attended a dinner called Pies and Politics, where all the guests cheered.')).toEqual(
      [],
    )
  })

  it('should not read "calls from" as an attribution', () => {
    expect(analyse('He resisted calls from donors to quit the race.')).toEqual([])
  })

  it('should join the particle to the cue and report what follows it', () => {
    const [q] = analyse('She also called on the council to reopen the bridge.')
    expect(q).toMatchObject({ cue: 'called on', content: ['the council to reopen the bridge'] })
  })

  it('should end an object content before a second predicate of the speaker', () => {
    const [q] = analyse('Ruiz called the offer “an insult” and left the room.')
    expect(q?.content).toEqual(['the offer “an insult”'])
  })

  it('should not continue a quote into the adjuncts of its attribution', () => {
    const [q] = analyse('“We will win this,” he said, repeating a line that drew cheers at every stop.')
    expect(q?.content).toEqual(['“We will win this,”'])
  })
})

describe('quotes: titles and commas inside quote marks', () => {
  it('should read a quoted show title in the attribution as part of it', () => {
    const shown = analyse(
      '“He is a gambler,” Ruiz said on Monday on Radio North’s “Morning Hour,” adding that he was bold.',
    )
    expect(shown.map((q) => q.content)).toEqual([['“He is a gambler,”'], ['that he was bold']])
  })

  it('should end the content at a comma inside the closing quote mark before "adding"', () => {
    const [q] = analyse(
      'Ruiz said that there is “only one serious bidder in this sale,” adding that the others were bluffing.',
    )
    expect(q?.content).toEqual(['that there is “only one serious bidder in this sale,”'])
  })
})

describe('quotes: quotation sentences with no cue of their own', () => {
  it('should continue the quoting attribution of the sentence before, not a participle after it', () => {
    const shown = analyse(
      '“We will not sign,” Ruiz said, adding that the talks were over. “The offer is an insult.”',
    )
    expect(shown[0]?.content).toEqual(['“We will not sign,”', '“The offer is an insult.”'])
    expect(shown[1]?.content).toEqual(['that the talks were over'])
  })

  it('should continue an indirect attribution right before it in the paragraph', () => {
    const shown = analyse('Ruiz said the union would strike on Monday. “We have no choice left.”')
    expect(shown).toHaveLength(1)
    expect(shown[0]?.content).toEqual(['the union would strike on Monday', '“We have no choice left.”'])
  })
})

describe('quotes: passive questions, "point out" and narration before a quote', () => {
  it('should report the question after "was asked" with no speaker', () => {
    const [q] = analyse('The mayor was asked, “Would you sign it again?”')
    expect(q).toMatchObject({ cue: 'asked', speakerText: null, content: ['“Would you sign it again?”'] })
  })

  it('should not read other passives as cues', () => {
    expect(analyse('The mayor was told to leave the hall.')).toEqual([])
  })

  it('should read "pointed out" as one cue', () => {
    const [q] = analyse('Ruiz pointed out that the union had never struck.')
    expect(q).toMatchObject({ cue: 'pointed out', content: ['that the union had never struck'] })
  })

  it('should leave the narration before an attribution out of the quote after it', () => {
    const [q] = analyse('As the crowd jeered, the chairman said, “Please sit down.”')
    expect(q?.content).toEqual(['“Please sit down.”'])
  })
})

describe('quotes: speakers separated from their cue', () => {
  it('should step over a participial phrase between the name and the cue', () => {
    const [q] = analyse('Ruiz, speaking in Lyon on Monday, said the plan would pass.')
    expect(q).toMatchObject({ speakerText: 'Ruiz', content: ['the plan would pass'] })
  })

  it('should step over a phrase with a reflexive pronoun', () => {
    const [q] = analyse('Haddad, himself up for election next year, said he voted against it.')
    expect(q?.speakerText).toBe('Haddad')
  })

  it('should step over a relative clause between dashes', () => {
    const [q] = analyse(
      'The chief judge -- who has clashed with the mayor -- said she regretted her remarks.',
    )
    expect(q?.speakerText).toBe('The chief judge')
  })

  it('should find the subject of a cue after a relative clause that holds another cue', () => {
    const shown = analyse(
      'Ruiz, who says the mayor is attacking him because the polls have tightened, said voters should stay.',
    )
    expect(shown.map((q) => [q.speakerText, q.content])).toEqual([
      ['who', ['the mayor is attacking him because the polls have tightened']],
      ['Ruiz', ['voters should stay']],
    ])
  })

  it('should read a capitalised verb before "called" as a name', () => {
    const [q] = analyse('Cross called the vote “a citizenship test.”')
    expect(q?.speakerText).toBe('Cross')
  })
})

describe('quotes: words after a cue that are not what was said', () => {
  it('should not take an introductory phrase with a quoted title as a quote', () => {
    const shown = analyse('On this week’s edition of “Morning Hour,” Ruiz said the talks were over.')
    expect(shown.map((q) => q.content)).toEqual([['the talks were over']])
  })

  it('should not read a gerund after an adjective as a cue', () => {
    expect(analyse('Additional reporting by Ann Ruiz.')).toEqual([])
  })

  it('should not read a pronoun object as the start of a clause', () => {
    expect(analyse('He said it over and over again at every stop.')).toEqual([])
  })

  it('should read "when" as a time clause after "said" but as content after "asked"', () => {
    expect(analyse('She said when she resigned in March.')).toEqual([])
    expect(analyse('They asked when the talks would resume.')[0]?.content).toEqual([
      'when the talks would resume',
    ])
  })
})

describe('quotes: a sentence interrupted by its attribution', () => {
  it('should keep both parts of the sentence around "she says"', () => {
    const [q] = analyse('Things have changed over the years, she says, especially since the strike.')
    expect(q?.content).toEqual(['Things have changed over the years', 'especially since the strike'])
  })

  it('should keep the predicate after an interrupting attribution', () => {
    const [q] = analyse('Bringing the show back, the director said, feels right this year.')
    expect(q?.content).toEqual(['Bringing the show back', 'feels right this year'])
  })

  it('should not continue into a participle after the attribution', () => {
    const [q] = analyse('The deal is dead, he said, repeating a line from his speech.')
    expect(q?.content).toEqual(['The deal is dead'])
  })
})

describe('quotes: the source after "according to"', () => {
  it('should take the words up to the comma when the tagger breaks the noun phrase', () => {
    const [q] = analyse('According to exit polls, the mayor had a ten-point lead among older voters.')
    expect(q).toMatchObject({
      speakerText: 'exit polls',
      content: ['the mayor had a ten-point lead among older voters'],
    })
  })

  it('should take the words up to the end of the sentence', () => {
    const [q] = analyse('Turnout fell by a third, according to polling by the union.')
    expect(q).toMatchObject({ speakerText: 'polling by the union', content: ['Turnout fell by a third'] })
  })

  it('should report a quote and its own attribution before a postposed "according to"', () => {
    const shown = analyse('“The mill will close,” Ruiz said at a meeting, according to the local paper.')
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({
      cue: 'according to',
      speakerText: 'the local paper',
      content: ['“The mill will close,” Ruiz said at a meeting'],
    })
  })

  it('should keep a relative clause after an inverted speaker out of the quote', () => {
    const [q] = analyse('“He did try to stop me,” said Ruiz, who wrote about the visit in a book.')
    expect(q).toMatchObject({ cue: 'said', speakerText: 'Ruiz', content: ['“He did try to stop me,”'] })
  })
})

describe('quotes: short sentences after a quote, polls and listeners', () => {
  it('should not join a new indirect statement to the quote before it', () => {
    const shown = analyse('“We will see,” she said. Ruiz says he is not familiar with the plan.')
    expect(shown.map((q) => q.content)).toEqual([['“We will see,”'], ['he is not familiar with the plan']])
  })

  it('should read "say" after a poll share as a cue', () => {
    const [q] = analyse('Six in 10 say the mayor is at least somewhat decisive.')
    expect(q).toMatchObject({ cue: 'say', content: ['the mayor is at least somewhat decisive'] })
  })

  it('should end the listener before "that"', () => {
    const [q] = analyse('Ruiz tells radio host Ann Cole that workers who are bullied should fight back.')
    expect(q?.content).toEqual(['that workers who are bullied should fight back'])
  })
})

describe('quotes: more speakers before the cue', () => {
  it('should take the subject of the unit for a second predicate after a progressive verb', () => {
    const [q] = analyse('He is comparing the order to the old one and says the mayor is flouting the rules.')
    expect(q?.speakerText).toBe('He')
  })

  it('should step over a side phrase with an infinitive', () => {
    const [q] = analyse('Ruiz, in response to a crude remark to describe her loss, accused him of sexism.')
    expect(q).toMatchObject({ speakerText: 'Ruiz', content: ['him of sexism'] })
  })

  it('should step over "since" between the auxiliary and the cue', () => {
    const [q] = analyse('Ms. Ruiz has since said she would support the increase.')
    expect(q?.speakerText).toBe('Ms. Ruiz')
  })
})

describe('quotes: a fronted "Asked …" clause', () => {
  it('should end the question at its comma and leave the answer to the main attribution', () => {
    const shown = analyse(
      'Asked about his earlier criticism of the mayor, Ruiz said that was part of the race.',
    )
    expect(shown.map((q) => [q.cue, q.content])).toEqual([
      ['Asked about', ['his earlier criticism of the mayor']],
      ['said', ['that was part of the race']],
    ])
  })

  it('should do the same after "When" and past a time word', () => {
    const shown = analyse('When asked about the closure, Ruiz said the plant was old.')
    expect(shown.map((q) => [q.cue, q.content, q.speakerText])).toEqual([
      ['asked about', ['the closure'], null],
      ['said', ['the plant was old'], 'Ruiz'],
    ])
    const [q, r] = analyse('Asked Tuesday about the closure, Ruiz said the plant was old.')
    expect(q).toMatchObject({ content: ['the closure'], speakerText: null })
    expect(r).toMatchObject({ content: ['the plant was old'], speakerText: 'Ruiz' })
  })

  it('should end the question at a comma inside the closing quote mark', () => {
    const [q] = analyse('Asked if the mayor is “fit to serve,” most voters said yes.')
    expect(q?.content).toEqual(['if the mayor is “fit to serve,”'])
  })
})

describe('quotes: naming inside a noun phrase', () => {
  it('should not read "what the lawmakers called …" as an attribution', () => {
    const shown = analyse(
      'The bank admitted that its staff had been involved in what several lawmakers called “fraud.”',
    )
    expect(shown.map((q) => q.cue)).toEqual(['admitted'])
  })
})

describe('quotes: verbs of response that report acts', () => {
  it('should not read "responded by …" as an attribution', () => {
    expect(analyse('The mayor responded by pointing a finger at the crowd.')).toEqual([])
  })

  it('should still read "responded that …" as one', () => {
    expect(analyse('The mayor responded that the plan was fair.')[0]?.content).toEqual([
      'that the plan was fair',
    ])
  })

  it('should not read a plural noun after a number as a cue', () => {
    expect(analyse('He toured nine states that the union is counting on.')).toEqual([])
  })
})

describe('quotes: -ing forms of speech verbs read as adjectives or nouns', () => {
  it('should read "promising" after a comma as a cue', () => {
    const [q] = analyse('She left the hall, promising to lift the rules.')
    expect(q).toMatchObject({ cue: 'promising', content: ['to lift the rules'], speakerText: 'She' })
  })

  it('should not read a noun after a determiner as a cue', () => {
    expect(analyse('The warning came too late for the town.')).toEqual([])
  })
})

describe('quotes: noun cues with a possessor', () => {
  it('should attribute "Ruiz’s claim that …" to the possessor when the phrase is an object', () => {
    const [q] = analyse('The board rejected Ruiz’s claim that the vote was rigged.')
    expect(q).toMatchObject({ cue: 'claim', speakerText: 'Ruiz', content: ['that the vote was rigged'] })
  })

  it('should leave the noun to a verb cue that already took it', () => {
    const shown = analyse('The mayor repeated his claim that the union lied.')
    expect(shown.map((q) => q.cue)).toEqual(['repeated his claim'])
  })

  it('should not attribute a noun cue in the subject of its sentence', () => {
    expect(analyse('Ruiz’s claim that the vote was rigged drew scorn.')).toEqual([])
  })
})

describe('quotes: pro-forms that stand for the content', () => {
  it('should take "so", "yes", "otherwise" and "as much" as the content', () => {
    expect(analyse('Half of the voters said so in the spring poll.')[0]?.content).toEqual(['so'])
    expect(analyse('Ruiz said yes.')[0]?.content).toEqual(['yes'])
    expect(analyse('The records suggest otherwise.')[0]?.content).toEqual(['otherwise'])
    expect(analyse('The minister acknowledged as much on Friday.')[0]?.content).toEqual(['as much'])
  })

  it('should keep what "no" refuses and what "the same" is said of', () => {
    expect(analyse('The senator said no to the tariff.')[0]?.content).toEqual(['no to the tariff'])
    expect(analyse('A third of the members said the same of Haddad.')[0]?.content).toEqual([
      'the same of Haddad',
    ])
  })

  it('should not read "so far" or a clause opening with "no" as a pro-form', () => {
    expect(analyse('Ruiz said so far the plan had worked.')[0]?.content).toEqual(['the plan had worked'])
    expect(analyse('Ruiz said no decision had been made.')[0]?.content).toEqual(['no decision had been made'])
  })
})

describe('quotes: a sentence break the tagger put before the closing mark', () => {
  it('should end the content after a quote that ends a sentence, before a capitalised word', () => {
    const shown = analyse(
      "One reader wrote: ''The mayor is wrong about the bridge.'' Ann Ruiz replied: ''The bridge is safe.''",
    )
    expect(shown.map((q) => [q.speakerText, q.content])).toEqual([
      ['One reader', ["''The mayor is wrong about the bridge.''"]],
      ['Ann Ruiz', ["''The bridge is safe.''"]],
    ])
  })
})

describe('quotes: a comma inside a closing mark of two apostrophes', () => {
  it('should end the content before a participle cue after ",\'\'"', () => {
    const shown = analyse("Ruiz said the plan was ''a disaster,'' adding that it would fail.")
    expect(shown.map((q) => q.content)).toEqual([["the plan was ''a disaster,''"], ['that it would fail']])
  })

  it('should find the speaker past a quoted title that ends in ",\'\'"', () => {
    const [q] = analyse("Ruiz, host of the ''Morning Hour,'' said the plan failed.")
    expect(q).toMatchObject({ content: ['the plan failed'] })
    expect(q?.speakerText).toContain('Ruiz')
  })
})
