import { describe, expect, it } from 'vitest'
import { analyse } from './test-analyse.ts'

describe('quotes: units that the tagger splits inside a name', () => {
  it('should keep a side phrase after a party label in the unit of its subject', () => {
    const [q] = analyse('Sen. Omar Haddad (D-Ill.), speaking to the crowd, said, "We will win."')
    expect(q).toMatchObject({ content: ['"We will win."'], speakerText: 'Sen. Omar Haddad (D-Ill.)' })
  })

  it('should not break a unit between the letters of an abbreviation', () => {
    const [q] = analyse('Rep. Ann Ruiz, R-N.Y., noted in a column that anger is rising.')
    expect(q).toMatchObject({ content: ['that anger is rising'], speakerText: 'Rep. Ann Ruiz, R-N.Y.' })
  })
})

describe('quotes: speakers around side phrases', () => {
  it('should take a number and an adjective before a named apposition as the speaker', () => {
    const [q] = analyse('One hopeful, Ann Ruiz, says she plans to stay.')
    expect(q?.speakerText).toBe('One hopeful, Ann Ruiz')
  })

  it('should step over a side phrase after a common noun', () => {
    expect(analyse('Several mayors, including Ruiz, said the city should refuse.')[0]?.speakerText).toBe(
      'Several mayors',
    )
    expect(analyse('Economists, like their rivals, say the tax helps savers.')[0]?.speakerText).toBe(
      'Economists',
    )
  })

  it('should not read a time or a phrase before "as" as the speaker of a side phrase', () => {
    const [q] = analyse('Last month, speaking to donors, said nothing.')
    expect(q?.speakerText ?? null).toBeNull()
  })

  it('should step over a parenthetical prepositional phrase', () => {
    const [q] = analyse('Union members, in fact, even insist that the strike will work.')
    expect(q).toMatchObject({ content: ['that the strike will work'], speakerText: 'Union members' })
  })

  it('should keep an intensifying pronoun with its subject', () => {
    expect(analyse('The company itself said the deal was on.')[0]?.speakerText).toBe('The company itself')
  })

  it('should take a share as the speaker', () => {
    expect(analyse('47% say the city should act.')[0]?.speakerText).toBe('47%')
  })

  it('should keep a participle between a determiner and a noun in an inverted speaker', () => {
    expect(analyse('"We are ready," said the printed union card.')[0]?.speakerText).toBe(
      'the printed union card',
    )
  })

  it('should read an -ing cue after a form of "be" as a finite verb with its own subject', () => {
    const [q] = analyse('Lyon was quiet. His team is suggesting that the vote was close.')
    expect(q).toMatchObject({ content: ['that the vote was close'], speakerText: 'His team' })
  })
})

describe('quotes: particles after a time word', () => {
  it('should join a particle that follows a time word to the cue', () => {
    const [q] = analyse('The mayor, who faces a vote, called Friday for releasing the files.')
    expect(q).toMatchObject({ cue: 'called Friday for', content: ['releasing the files'] })
  })
})

describe('quotes: speakers of -ing cues', () => {
  it('should give an -ing cue after "kept" or "began" the subject of that verb', () => {
    expect(analyse('The senator kept asking her why the office had stayed silent.')[0]).toMatchObject({
      cue: 'asking',
      speakerText: 'The senator',
    })
    expect(analyse('More members have begun urging the party to move on.')[0]?.speakerText).toBe(
      'More members',
    )
  })

  it('should take the noun phrase right before a participle as its subject', () => {
    const [q] = analyse(
      'The two leaders have traded barbs, both candidates acknowledging that they may meet again.',
    )
    expect(q).toMatchObject({ content: ['that they may meet again'], speakerText: 'both candidates' })
  })

  it('should give a participle the subject of a new clause before it, not the earlier speaker', () => {
    const [, q] = analyse(
      'Ruiz said the rules were strict, and the union has sued the city over them, saying they violate the law.',
    )
    expect(q).toMatchObject({ cue: 'saying', speakerText: 'the union' })
  })

  it('should not read a noun after a genitive as the verb whose subject speaks', () => {
    const [q] = analyse(
      "Haddad, a farmer, decried Ruiz's repeated calls for a ban, noting he had paid his taxes.",
    )
    expect(q).toMatchObject({ cue: 'noting', speakerText: 'Haddad, a farmer' })
  })

  it('should not take a document before a participle as its subject', () => {
    const [q] = analyse('Ruiz issued a statement saying the deal was off.')
    expect(q?.speakerText).toBe('Ruiz')
  })

  it('should give a fronted participle clause the subject of the main clause', () => {
    const [first, second] = analyse(
      'After arguing that the vote in Lyon was close, his team said it would appeal.',
    )
    expect(first).toMatchObject({ content: ['that the vote in Lyon was close'], speakerText: 'his team' })
    expect(second).toMatchObject({ content: ['it would appeal'], speakerText: 'his team' })
  })

  it('should give a participle opening the sentence the subject of the main clause', () => {
    const [q] = analyse('Noting that the mill had closed, the mayor asked the council for a new budget.')
    expect(q).toMatchObject({ content: ['that the mill had closed'], speakerText: 'the mayor' })
  })
})

describe('quotes: infinitive cues after "went on", "continued" and "took to Twitter"', () => {
  it('should report an infinitive cue with the subject of the verb before it', () => {
    expect(analyse('He went on to say that the vote was close.')[0]).toMatchObject({
      cue: 'say',
      content: ['that the vote was close'],
      speakerText: 'He',
    })
    expect(analyse('The mayor took to Twitter to say the vote was close.')[0]?.speakerText).toBe('The mayor')
    expect(analyse('Ruiz continued to insist that the deal was fair.')[0]?.speakerText).toBe('Ruiz')
  })

  it('should not report an infinitive after a verb of refusing', () => {
    expect(analyse('Ruiz refused to say whether the deal was fair.')).toEqual([])
  })
})

describe('quotes: agents and relative pronouns', () => {
  it('should take the agent of "As reported by" as the speaker', () => {
    expect(analyse('As reported by the Daily Courier, the city will strike.')[0]).toMatchObject({
      content: ['the city will strike'],
      speakerText: 'the Daily Courier',
    })
  })

  it('should let a relative "that" speak with the noun before it', () => {
    expect(analyse('It is the process that explains why the city lost.')[0]).toMatchObject({
      content: ['why the city lost'],
      speakerText: 'the process that',
    })
  })
})

describe('quotes: nouns and names that only look like cues', () => {
  it('should read "called" after a preposition and a determiner as naming', () => {
    expect(analyse('The donors gave money to one group called Fair Lyon.')).toEqual([])
    expect(analyse('The president called the plan a disgrace.')[0]?.content).toEqual(['the plan a disgrace'])
  })

  it('should read a plural noun before a relative clause as a noun, not a cue', () => {
    expect(analyse('Voters in the Western states that have suffered most are angry.')).toEqual([])
    expect(analyse('The report states that the plan failed.')[0]?.content).toEqual(['that the plan failed'])
  })
})

describe('quotes: content boundaries', () => {
  it('should end the content before a dash followed by "and" and a new subject', () => {
    const [q] = analyse(
      'Ruiz said the harbour talks would be tense — and he noted that any change would be slow.',
    )
    expect(q?.content).toEqual(['the harbour talks would be tense'])
  })
})

describe('quotes: the main subject of a participle cue', () => {
  it('should skip the verbs of a that-clause', () => {
    const [q] = analyse(
      'Ruiz rejected the notion that workers could leave the union, arguing that the rules are clear.',
    )
    expect(q).toMatchObject({ cue: 'arguing', speakerText: 'Ruiz' })
  })

  it('should skip a verb inside a hyphenated compound', () => {
    const [q] = analyse('Nurses staged a brief sit-in along the route, demanding that the ward be kept open.')
    expect(q).toMatchObject({ cue: 'demanding', speakerText: 'Nurses' })
  })
})

describe('quotes: subjects with a relative clause and no commas', () => {
  it('should take the noun before "who" rather than the object of the relative clause', () => {
    expect(analyse('People who know the mayor said she would run.')[0]).toMatchObject({
      content: ['she would run'],
      speakerText: 'People',
    })
  })
})

describe('quotes: the agent of "asked by"', () => {
  it('should take the agent of a fronted or passive "asked by" as the speaker', () => {
    expect(analyse('Asked by a reporter whether the plan was dead, Ruiz smiled.')[0]).toMatchObject({
      content: ['whether the plan was dead'],
      speakerText: 'a reporter',
    })
    expect(analyse('Ruiz was asked by reporters whether the plan was dead.')[0]?.speakerText).toBe(
      'reporters',
    )
  })
})

describe('quotes: a fronted "according to" with a long source', () => {
  it('should run the source to its comma, quoted titles and verbs included', () => {
    expect(
      analyse('According to her “green” plan, firms must repay any aid they received.')[0],
    ).toMatchObject({
      content: ['firms must repay any aid they received'],
      speakerText: 'her “green” plan',
    })
    expect(
      analyse(
        'According to a poll from Lyon University broadcast on local radio, the mayor leads by ten points.',
      )[0]?.speakerText,
    ).toBe('a poll from Lyon University broadcast on local radio')
  })
})

describe('quotes: more speakers before the cue', () => {
  it('should take a name before an apposition opened by a determiner', () => {
    const [q] = analyse(
      'Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake.',
    )
    expect(q?.speakerText).toBe('Ban Ki-moon, the secretary general of the United Nations')
  })

  it('should take "those close to him" and "many of whom" as speakers', () => {
    expect(analyse('Those close to him say that he will run.')[0]?.speakerText).toBe('Those close to him')
    expect(analyse('The families, many of whom say the plan is dead, met.')[0]?.speakerText).toBe(
      'many of whom',
    )
  })

  it('should step over a parenthetical phrase with a determiner', () => {
    expect(analyse('Ann Ruiz, at a later meeting, said the union was ready.')[0]?.speakerText).toBe(
      'Ann Ruiz',
    )
  })

  it('should step over "in" and a year between a subject and its cue', () => {
    expect(analyse('The mayor, who in 2010 said the port would close, won.')[0]?.speakerText).toBe('who')
  })
})

describe('quotes: attributions inside another content', () => {
  it('should report only the outer attribution of reported speech', () => {
    const shown = analyse('Ruiz said that Haddad told him the talks had failed.')
    expect(shown).toHaveLength(1)
    expect(shown[0]).toMatchObject({
      speakerText: 'Ruiz',
      content: ['that Haddad told him the talks had failed'],
    })
  })

  it('should keep an attribution in a relative clause inside a content', () => {
    const shown = analyse('Ruiz said the union rejected the plan, which Haddad said would cost jobs.')
    expect(shown.map((q) => q.speakerText)).toEqual(['Ruiz', 'Haddad'])
  })
})

describe('quotes: postposed attributions of a whole attribution', () => {
  it('should give a postposed attribution after an attribution that opens the unit the whole of it', () => {
    expect(analyse('The campaign said the mayor will attend, the Daily Courier reported.')).toMatchObject([
      { content: ['The campaign said the mayor will attend'], speakerText: 'the Daily Courier' },
    ])
    expect(analyse('The witness said the order was lawful, according to the report.')).toMatchObject([
      { content: ['The witness said the order was lawful'], speakerText: 'the report' },
    ])
  })
})

describe('quotes: a prepositional phrase between the subject and the cue', () => {
  it('should take the noun phrase the prepositional phrase belongs to', () => {
    const [q] = analyse('Residents in the valley said the water was brown.')
    expect(q?.speakerText).toBe('Residents in the valley')
    const [r] = analyse('Ann Ruiz in a blog post said she would run.')
    expect(r?.speakerText).toBe('Ann Ruiz in a blog post')
  })

  it('should step over a relative or participle clause that ends in the phrase', () => {
    const [q] = analyse('Officials who spoke with the Daily Courier said the group had collapsed.')
    expect(q?.speakerText).toBe('Officials who spoke with the Daily Courier')
    const [r] = analyse('A witness interviewed by committee staff said the director lied.')
    expect(r?.speakerText).toBe('A witness interviewed by committee staff')
  })

  it('should not climb into a fronted adjunct', () => {
    const [q] = analyse('After the vote in Leeds the mayor said the talks had failed.')
    expect(q?.speakerText).not.toContain('vote')
  })
})

describe('quotes: a passive report with its agent', () => {
  it('should take the subject as the content and the agent as the speaker', () => {
    const [q] = analyse('The merger was first reported by the Courier.')
    expect(q).toMatchObject({ content: ['The merger'], speakerText: 'the Courier', cue: 'reported' })
  })

  it('should take a clause after the agent as the content', () => {
    const [q] = analyse('It was reported by the Courier that the mine would close.')
    expect(q).toMatchObject({ content: ['that the mine would close'], speakerText: 'the Courier' })
  })

  it('should not report a passive without an agent', () => {
    expect(analyse('The plan was announced in May.')).toEqual([])
  })
})

describe('quotes: a base-form verb the tagger read as a noun after a plural subject', () => {
  it('should read it as a cue before a clause, an infinitive or a pronoun', () => {
    expect(analyse('Many lawmakers claim it will fail.')[0]).toMatchObject({
      cue: 'claim',
      speakerText: 'Many lawmakers',
      content: ['it will fail'],
    })
    expect(analyse('Four senators claim to oppose the plan.')[0]?.content).toEqual(['to oppose the plan'])
    expect(analyse('Union leaders point out that the plant is old.')[0]?.content).toEqual([
      'that the plant is old',
    ])
  })

  it('should keep a subject pronoun in the content of a listener verb', () => {
    expect(analyse('The candidates promise they will stand by the farmers.')[0]?.content).toEqual([
      'they will stand by the farmers',
    ])
  })
})

describe('quotes: "\'s" for "has" before a participle cue', () => {
  it('should read "He\'s said" and "Ruiz\'s said" as perfect forms, not passives or genitives', () => {
    expect(analyse("He's said the mine will close.")[0]).toMatchObject({
      cue: 'said',
      speakerText: 'He',
      content: ['the mine will close'],
    })
    expect(analyse("Ruiz's said the mine will close.")[0]?.content).toEqual(['the mine will close'])
  })

  it('should keep "is said to" a passive and "Ruiz\'s calls" a noun', () => {
    expect(analyse("He's said to be furious.")).toEqual([])
    expect(analyse("Ruiz's calls for a strike were ignored.")).toEqual([])
  })
})

describe('quotes: a listener verb in -ed before a noun and an infinitive', () => {
  it('should read "urged people to …" as a cue, not as a participle before a noun', () => {
    expect(analyse('The mayor urged residents not to drink the water.')[0]).toMatchObject({
      cue: 'urged',
      speakerText: 'The mayor',
      content: ['to drink the water'],
    })
  })

  it('should keep a participle before a noun with no infinitive an adjective', () => {
    expect(analyse('The warned residents left the town.')).toEqual([])
  })
})
