import { describe, expect, it } from 'vitest'
import { TEST_STATES as A, dyadsOf as brief, eventsOf, type TestActor } from './test-doc.ts'

// Sentences written for these tests; the states are invented.

describe('event participants', () => {
  it('should take the head of the subject, not a modifier inside an appositive', () => {
    expect(brief('Freedonia, a close Ruritanian ally, refused to meet Sylvania.')).toEqual([
      ['REJECT', 'freedonia', 'sylvania'],
    ])
  })

  it('should take the person an adjective of their own state modifies, as source and as target', () => {
    expect(brief('Freedonian President Firefly today accused Sylvania of stalling.')).toEqual([
      ['ACCUSE', 'frd-leader', 'sylvania'],
    ])
    expect(brief("Sylvania rejected Freedonian President Firefly's proposal.")).toEqual([
      ['REJECT', 'sylvania', 'frd-leader'],
    ])
    // A head of another country is not the modifier's person: the state stays.
    expect(brief("Ruritania rejected Sylvanian President Firefly's proposal.")[0]?.[2]).toBe('sylvania')
  })

  it('should code one event per conjunct of a coordinated subject', () => {
    expect(brief('Freedonia and Sylvania staged a demonstration against Ruritania.')).toEqual([
      ['PROTEST', 'freedonia', 'ruritania'],
      ['PROTEST', 'sylvania', 'ruritania'],
    ])
    // Reciprocal: with no target of their own, the conjuncts meet one another.
    expect(brief('Freedonia, Sylvania and Ruritania met on Monday.')).toHaveLength(6)
    expect(brief('Freedonia and Sylvania met on Monday.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania'],
      ['CONSULT', 'sylvania', 'freedonia'],
    ])
    // A one-sided act with no target is aimed at no one named, not at the other conjunct.
    expect(brief('Freedonia and Sylvania staged protests on Monday.')).toEqual([
      ['PROTEST', 'freedonia', null],
      ['PROTEST', 'sylvania', null],
    ])
    // A list inside a phrase names participants, not the sides.
    expect(brief('Envoys from Freedonia and Sylvania met Ruritania.')).toHaveLength(1)
  })

  it('should code one event per coordinated object and per coordinated victim', () => {
    expect(brief('Freedonia threatened Sylvania and Ruritania with sanctions.')).toEqual([
      ['THREATEN', 'freedonia', 'sylvania'],
      ['THREATEN', 'freedonia', 'ruritania'],
    ])
    expect(brief('Sylvania and a Ruritanian were attacked by Freedonia.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania'],
      ['ASSAULT', 'freedonia', 'ruritania'],
    ])
    // Modifiers of one noun are one object; an apposition is no conjunct.
    expect(brief('Freedonia condemned Sylvanian and Ruritanian raids.')).toHaveLength(1)
    expect(brief('Freedonia attacked Sylvania, a Ruritanian ally.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania'],
    ])
  })

  it('should take the head of a possessive and not a member named after "including"', () => {
    const actors: TestActor[] = [
      ...A,
      { id: 'front', forms: ['Blue Front'] },
      { id: 'boss', forms: ['Marshal Quill'] },
      { id: 'gunboats', forms: ['gunboats'] },
    ]
    const of = (text: string) => eventsOf(text, actors).map((e) => [e.type, e.source, e.target])
    expect(of("Marshal Quill's Blue Front network threatened Sylvania.")).toEqual([
      ['THREATEN', 'front', 'sylvania'],
    ])
    expect(of('Freedonia, including its gunboats, attacked Sylvania.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania'],
    ])
  })

  it('should prefer an object before an adjunct of cause to an actor named inside it', () => {
    expect(
      brief('Freedonia strengthened its troops in Sylvania following reports of Ruritanian raids.'),
    ).toEqual([['MOBILIZE', 'freedonia', 'sylvania']])
  })

  it('should find the object inside a trigger with a gap ("expelled two diplomats")', () => {
    const actors: TestActor[] = [
      ...A,
      { id: 'syl-diplomats', forms: ['Sylvanian diplomats'], country: 'SYL' },
    ]
    expect(
      eventsOf('Freedonia expelled two Sylvanian diplomats on Monday.', actors).map((e) => e.target),
    ).toEqual(['syl-diplomats'])
  })

  it('should read a participle tagged as an adjective with its agent as passive ("talks, mediated by X")', () => {
    expect(brief('The talks, mediated by Freedonia, resumed on Monday.')).toEqual([
      ['CONSULT', 'freedonia', null],
    ])
  })

  it('should make the subject of a demanded clause the addressee ("demanded that X ...")', () => {
    // Even one of the source's own ("its partners"), before anyone named later.
    expect(brief('Freedonia demanded that its Sylvanian partners shun Ruritania.')).toEqual([
      ['REQUEST', 'freedonia', 'sylvania'],
    ])
  })

  it('should not take an apposition for a list of conjuncts', () => {
    const actors: TestActor[] = [...A, { id: 'front', forms: ['the Blue Front'] }]
    expect(brief('The rebel group Freedonia, the Blue Front, attacked Sylvania.', actors)).toHaveLength(1)
    expect(brief('Freedonia attacked Sylvania, Ruritania, on Monday.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania'],
    ])
  })

  it('should take the actor after "of" for a subject with no country ("the government of President X")', () => {
    const actors: TestActor[] = [...A, { id: 'junta', forms: ['military government'] }]
    expect(brief('The military government of president Firefly arrested Sylvanian traders.', actors)).toEqual(
      [['COERCE', 'frd-leader', 'sylvania']],
    )
  })

  it('should not take a possessive pronoun for the target ("insisted on its demands")', () => {
    // The actors layer may give the pronoun to another actor of the same side.
    const actors: TestActor[] = [
      ...A,
      { id: 'front', forms: ['the Blue Front'] },
      { id: 'bf', forms: ['its'] },
    ]
    expect(brief('The Blue Front insisted on its demands that Sylvania free the prisoners.', actors)).toEqual(
      [['REQUEST', 'front', 'sylvania']],
    )
  })

  it('should read "been" + any form as passive ("has been put under investigation")', () => {
    expect(brief('Freedonia has been put under investigation by Sylvania.')).toEqual([
      ['ACCUSE', 'sylvania', 'freedonia'],
    ])
  })

  it('should take the place where an act happened as target only when no one else is named', () => {
    expect(
      brief('Freedonian prisoners rioted at a jail in Ruritania to demand freedom from Sylvanian rule.'),
    ).toEqual([['PROTEST', 'freedonia', 'sylvania']])
    expect(brief('Freedonia staged a protest in Sylvania.')[0]?.[2]).toBe('sylvania')
  })

  it('should take an actor in the subject of a reported clause when nothing follows the trigger', () => {
    expect(brief('Freedonia said that a summit with Sylvania was out of the question.')).toEqual([
      ['REJECT', 'freedonia', 'sylvania'],
    ])
  })

  it('should take a subject mention that runs into the trigger', () => {
    const actors: TestActor[] = [
      ...A,
      { id: 'frd-troops', forms: ['Freedonian peacekeeping troops'], country: 'FRD' },
    ]
    expect(brief('The first Freedonian peacekeeping troops have arrived in Sylvania.', actors)).toEqual([
      ['AID', 'frd-troops', 'sylvania'],
    ])
  })

  it('should code "is in talks with X" as a consultation with X', () => {
    expect(brief('Freedonia is in talks with Sylvania over the dam.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania'],
    ])
  })

  it('should give a mediator the parties after "between" as target', () => {
    expect(brief('Ruritania offered mediation between Freedonia and Sylvania.')[0]?.[1]).toBe('ruritania')
    expect(brief('Ruritania launched a mediation effort between Freedonia and Sylvania.')).toEqual([
      ['CONSULT', 'ruritania', 'freedonia'],
    ])
  })

  it('should not make co-mediators mediate with each other', () => {
    const both = brief('Ruritania and Sylvania mediated between Freedonia and Transvalia.')
    expect(both).toContainEqual(['CONSULT', 'ruritania', 'freedonia'])
    expect(both).toContainEqual(['CONSULT', 'sylvania', 'freedonia'])
    expect(
      both.some(
        ([, s, t]) => (s === 'ruritania' && t === 'sylvania') || (s === 'sylvania' && t === 'ruritania'),
      ),
    ).toBe(false)
  })

  it('should take the parties of "talks between A and B" when the talks are the subject', () => {
    expect(brief('Talks between Freedonia and Sylvania resumed on Monday.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania'],
    ])
  })

  it("should not make the source's own state its target", () => {
    expect(brief('President Firefly demanded full Freedonian control of the Sylvanian border.')).toEqual([
      ['REQUEST', 'frd-leader', 'sylvania'],
    ])
  })

  it('should give the subject of a relative clause as its antecedent, or nobody', () => {
    expect(brief('Officials from Ruritania, which is helping mediate the dispute, arrived late.')).toEqual([
      ['CONSULT', 'ruritania', null],
    ])
  })

  it('should only take a direct object as the addressee of "called on"', () => {
    expect(brief('Ruritania called on both sides to accept the Sylvanian plan.')).toEqual([
      ['REQUEST', 'ruritania', null],
    ])
    expect(brief('Ruritania called on Sylvania to accept the plan.')).toEqual([
      ['REQUEST', 'ruritania', 'sylvania'],
    ])
  })

  it('should read "faces pressure from X" and "received weapons from X" with X as the source', () => {
    expect(brief('Freedonia faces pressure from Sylvania to cut tariffs.')).toEqual([
      ['REQUEST', 'sylvania', 'freedonia'],
    ])
    expect(brief('Freedonia received weapons from Ruritania.')).toEqual([['AID', 'ruritania', 'freedonia']])
  })

  it('should merge a repeated event into one per type and source', () => {
    const text = 'Freedonia rejects truce. Freedonia rejected the Sylvanian truce offer on Monday.'
    expect(brief(text)).toEqual([['REJECT', 'freedonia', 'sylvania']])
  })
})

describe('media', () => {
  it('should not make a news outlet the source of what it reports, but let it suffer an event', () => {
    const actors: TestActor[] = [...A, { id: 'gazette', forms: ['the Daily Gazette'], sector: 'JRN' }]
    const text = 'According to the Daily Gazette, Freedonia urged Sylvania to talk.'
    expect(eventsOf(text, actors).map((e) => [e.type, e.source, e.target])).toEqual([
      ['REQUEST', 'freedonia', 'sylvania'],
    ])
    const attacked = 'A reporter of the Daily Gazette was attacked by Freedonian police.'
    expect(eventsOf(attacked, actors).map((e) => [e.type, e.source, e.target])).toEqual([
      ['ASSAULT', 'freedonia', 'gazette'],
    ])
  })
})

describe('article counterparts', () => {
  it("should aim a target-less event at the source's most-mentioned counterpart", () => {
    const text =
      'Sylvania sent a new offer to Freedonia. Freedonia rejects truce plan. Sylvania said it would wait.'
    expect(brief(text)).toContainEqual(['REJECT', 'freedonia', 'sylvania'])
  })

  it('should leave the target empty when asked not to guess', () => {
    const text =
      'Sylvania sent a new offer to Freedonia. Freedonia rejects truce plan. Sylvania said it would wait.'
    const out = eventsOf(text, A, undefined, { counterpart: false }).map((e) => [e.type, e.source, e.target])
    expect(out).toContainEqual(['REJECT', 'freedonia', null])
  })
})
