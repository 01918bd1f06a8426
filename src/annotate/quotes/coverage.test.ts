import { describe, expect, it } from 'vitest'
import { analyse } from './test-analyse.ts'

describe('quotes: verbs the tagger reads as nouns', () => {
  it('should read an -ed form after its subject as the verb of the content', () => {
    const [q] = analyse('The mayor said the workers deserved better.')
    expect(q?.content).toEqual(['the workers deserved better'])
  })

  it('should accept a postposed content whose verb the tagger read as a plural noun', () => {
    const [q] = analyse(
      'The vote in the harbour signals the end for the plan, said Omar Haddad, a union leader.',
    )
    expect(q).toMatchObject({
      content: ['The vote in the harbour signals the end for the plan'],
      speakerText: 'Omar Haddad, a union leader',
    })
  })

  it('should read a pronoun followed by an adverb and a verb as a subject', () => {
    const [q] = analyse('In reply, the agency said it quickly reviewed every claim.')
    expect(q?.content).toEqual(['it quickly reviewed every claim'])
  })

  it('should keep an adverb before a subordinator inside the content', () => {
    const [q] = analyse('The judge said just because the rule was old did not make it wrong.')
    expect(q?.content).toEqual(['just because the rule was old did not make it wrong'])
  })

  it('should read a past form after a name as a finite cue even before a noun', () => {
    const [q] = analyse('Ann Ruiz suggested harbour workers could strike again.')
    expect(q).toMatchObject({ cue: 'suggested', content: ['harbour workers could strike again'] })
  })
})

describe('quotes: speakers that are not plain noun phrases', () => {
  it('should accept a determiner standing alone as the speaker', () => {
    expect(analyse('Another said the queue had grown.')[0]?.speakerText).toBe('Another')
    expect(analyse('Some say the queue has grown.')[0]).toMatchObject({
      speakerText: 'Some',
      content: ['the queue has grown'],
    })
  })

  it('should take a subject with a reduced relative ("those polled")', () => {
    const [q] = analyse('Again, those polled said the mayor was best placed to fix the roads.')
    expect(q).toMatchObject({
      speakerText: 'those polled',
      content: ['the mayor was best placed to fix the roads'],
    })
  })

  it('should keep "close to" inside the speaker', () => {
    const [q] = analyse('The mayor will run again, a source close to him said.')
    expect(q).toMatchObject({ speakerText: 'a source close to him', content: ['The mayor will run again'] })
  })

  it('should accept "one says" and a title read as an adjective after a name', () => {
    expect(analyse('One says the port has the most ships.')[0]?.speakerText).toBe('One')
    expect(analyse('Union chief says the strike can win.')[0]?.speakerText).toBe('Union chief')
  })

  it('should find the name before an apposition that ends inside a closing mark', () => {
    const [q] = analyse('Ann Ruiz, host of the “Morning Hour,” suggested the port could close.')
    expect(q).toMatchObject({ speakerText: 'Ann Ruiz', content: ['the port could close'] })
  })
})

describe('quotes: a quote inside narration before the attribution', () => {
  it('should report the clause after the cue, not a narrated phrase ending in a quote', () => {
    const [q] = analyse(
      'Walking into the crowded hall to loud chants of "Ruiz! Ruiz!," the mayor said his campaign was doing well.',
    )
    expect(q?.content).toEqual(['his campaign was doing well'])
  })
})

describe('quotes: an attribution inside a fronted subordinate clause', () => {
  it('should end the content before the main clause', () => {
    const [q] = analyse('While the union says it is close to a deal, the company is still far from one.')
    expect(q).toMatchObject({ speakerText: 'the union', content: ['it is close to a deal'] })
  })

  it('should keep the attribution of the main clause after a fronted participle or "when asked"', () => {
    const [q] = analyse('Responding to the ruling, the mayor wrote: “We will appeal at once.”')
    expect(q).toMatchObject({
      cue: 'wrote',
      speakerText: 'the mayor',
      content: ['“We will appeal at once.”'],
    })
    const [, r] = analyse('When asked about the strike, Ruiz said that the talks would resume.')
    expect(r).toMatchObject({ cue: 'said', speakerText: 'Ruiz', content: ['that the talks would resume'] })
  })

  it('should still take the main clause as the content of a fronted "as" attribution', () => {
    const [q] = analyse('As the paper reported, the mine will close in May.')
    expect(q).toMatchObject({ speakerText: 'the paper', content: ['the mine will close in May'] })
  })

  it('should keep commas inside the content when no main clause follows them', () => {
    const [q] = analyse('Although Ruiz said the plan, which was new, would fail, he voted for it.')
    expect(q?.content).toEqual(['the plan, which was new, would fail'])
  })
})

describe('quotes: speakers past side phrases and time phrases', () => {
  it('should take the noun phrase opening the clause before a side phrase with commas', () => {
    const [q] = analyse('Ann Ruiz, who grew up in Lyon, France, in the 1990s, said the plan would fail.')
    expect(q?.speakerText).toBe('Ann Ruiz')
    const [r] = analyse('Omar Haddad, speaking at a rally in Leeds, England, warned that taxes would rise.')
    expect(r?.speakerText).toBe('Omar Haddad')
  })

  it('should step over time phrases between the subject and the cue', () => {
    const [q] = analyse('The ministry less than two weeks ago said that the talks had failed.')
    expect(q?.speakerText).toBe('The ministry')
    const [r] = analyse('Chairman Ruiz earlier in the day touted the progress of the panel.')
    expect(r?.speakerText).toBe('Chairman Ruiz')
  })
})

describe('quotes: the subject of a participle cue', () => {
  it('should skip an introductory phrase when looking for the main subject', () => {
    const [q] = analyse(
      'In the meantime, the allies have been trying to build support, while urging critics to calm down.',
    )
    expect(q?.speakerText).toBe('the allies')
  })

  it('should skip a verb inside a subordinate clause', () => {
    const [q] = analyse('Unions had sued after the city cut the hours, saying that the cut hurt workers.')
    expect(q?.speakerText).toBe('Unions')
  })

  it('should take the noun phrase after "with" in an absolute clause', () => {
    const [q] = analyse('Members were angry, with Ann Ruiz calling it a farce.')
    expect(q?.speakerText).toBe('Ann Ruiz')
  })
})

describe('quotes: a quotation before an inverted or long attribution', () => {
  it('should not read a quotation before the cue as a title in an apposition', () => {
    const [q] = analyse(
      '“Here in Lyon, people are still fired up,” said Omar Haddad, a volunteer who was elected last week.',
    )
    expect(q).toMatchObject({
      type: 'direct',
      content: ['“Here in Lyon, people are still fired up,”'],
      speakerText: 'Omar Haddad',
    })
  })

  it('should take the name after the quotation before an age and an apposition with commas', () => {
    const [q] = analyse(
      "''I do not trust the plan,'' Ann Ruiz, 67, a retired nurse in Leeds, England, said on Friday.",
    )
    expect(q).toMatchObject({ speakerText: 'Ann Ruiz', content: ["''I do not trust the plan,''"] })
  })
})

describe('quotes: small boundary repairs', () => {
  it('should not read a preposition with a gerund after the cue as the content', () => {
    const [q] = analyse('The voters found the remark offensive, the host said in opening the debate.')
    expect(q?.content).toEqual(['The voters found the remark offensive'])
  })

  it('should not report punctuation alone before a cue', () => {
    const shown = analyse(
      "The plant came from a rival, according to his book ''The Long Deal.'' Ruiz said a smaller plant would have cost more.",
    )
    expect(shown.map((q) => q.content)).toEqual([
      ['The plant came from a rival'],
      ['a smaller plant would have cost more'],
    ])
  })

  it('should take coordinated nouns that open the clause as one speaker', () => {
    const [q] = analyse('Support is strong among the unions, teachers and union officials told reporters.')
    expect(q?.speakerText).toBe('teachers and union officials')
    const [r] = analyse('The mayor signed the deal and officials said it would last.')
    expect(r?.speakerText).toBe('officials')
  })
})

describe('quotes: a contrast after the content', () => {
  it('should end the content before ", though" and ", compared with"', () => {
    expect(analyse('Most workers say the plan would help, though they blame the banks.')[0]?.content).toEqual(
      ['the plan would help'],
    )
    expect(
      analyse('Half of the nurses say they are tired, compared with a third of the doctors.')[0]?.content,
    ).toEqual(['they are tired'])
  })
})

describe('quotes: an interrupted sentence', () => {
  it('should not continue the content with an adjunct of the attribution', () => {
    const [q] = analyse('He could not find a single buyer, he said, on condition of anonymity.')
    expect(q?.content).toEqual(['He could not find a single buyer'])
    const [r] = analyse('Things have changed, she says, in ways nobody expected.')
    expect(r?.content).toEqual(['Things have changed', 'in ways nobody expected'])
  })
})

describe('quotes: forms of "say" the tagger misreads', () => {
  it('should read "said" tagged as an adjective after a name as the cue', () => {
    const [q] = analyse(
      'In a call on Monday, chief executive Ann Read said company leaders had followed the debate.',
    )
    expect(q).toMatchObject({ cue: 'said', content: ['company leaders had followed the debate'] })
    expect(analyse('The said company was closed.')).toEqual([])
  })

  it('should read "say" after a reduced relative as the cue', () => {
    const [q] = analyse('By wide margins, those polled say tougher rules would help.')
    expect(q).toMatchObject({ speakerText: 'those polled', content: ['tougher rules would help'] })
  })
})

describe('quotes: adjuncts between the cue and "that"', () => {
  it('should end a prepositional phrase before a determiner that opens the content', () => {
    const [q] = analyse(
      'Ann Ruiz noted in a guest column in the Sunday paper that anger is driving the vote.',
    )
    expect(q?.content).toEqual(['that anger is driving the vote'])
  })
})
