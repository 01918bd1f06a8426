import { describe, expect, it } from 'vitest'
import { ALL_STATUSES } from './events.ts'
import { eventsOf, type TestActor } from './test-doc.ts'

// Sentences written for these tests, one per status rule.
const A: TestActor[] = [
  { id: 'freedonia', forms: ['Freedonia'] },
  { id: 'sylvania', forms: ['Sylvania'] },
]
const brief = (text: string) =>
  eventsOf(text, A, undefined, { statuses: ALL_STATUSES }).map((e) => [e.type, e.source, e.target, e.status])

describe('events: negation', () => {
  it('should turn a refused cooperative act into a REJECT that happened', () => {
    expect(brief('Freedonia will not cede any land to Sylvania, its president said.')).toEqual([
      ['REJECT', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should turn "will not agree ... unless" into a demand on the subject of the condition', () => {
    expect(brief('Freedonia says it will not agree to a truce unless Sylvania withdraws first.')).toEqual([
      ['REQUEST', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should mark a hostile act that did not happen as negated', () => {
    expect(brief('Freedonia did not attack Sylvania.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania', 'negated'],
    ])
  })

  it('should mark "has yet to provide" as negated', () => {
    expect(brief('Freedonia has yet to provide the promised loans to Sylvania.')).toEqual([
      ['AID', 'freedonia', 'sylvania', 'negated'],
    ])
  })

  it('should not read an aid that did not happen as a refusal ("has not helped")', () => {
    expect(brief('Freedonia has not helped Sylvania.')).toEqual([['AID', 'freedonia', 'sylvania', 'negated']])
  })

  it('should code the noun "refusal to" as a REJECT', () => {
    expect(brief("Freedonia's refusal to recognize Sylvania angered its allies.")[0]?.[0]).toBe('REJECT')
  })

  it('should code "refused to meet" as the REJECT itself', () => {
    expect(brief('Freedonia refused to meet Sylvania.')).toEqual([
      ['REJECT', 'freedonia', 'sylvania', 'done'],
    ])
  })
})

describe('events: future, conditional and hypothetical', () => {
  it('should code an announced cooperative act as the intent to cooperate it is (AGREE, done)', () => {
    expect(brief('Freedonia will send medicine to Sylvania next month.')).toEqual([
      ['AGREE', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should code an announced hostile act as a THREATEN', () => {
    expect(brief('Freedonia said it would impose sanctions on Sylvania.')).toEqual([
      ['THREATEN', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should keep an act the subject is to undergo as that act, future, not as a threat', () => {
    expect(brief('Freedonia said that Sylvania would soon be attacked.')).toEqual([
      ['ASSAULT', null, 'sylvania', 'future'],
    ])
  })

  it('should not code a charge that only describes a noun ("officials accused of ...")', () => {
    expect(brief('Freedonia said that Sylvanian officials accused of fraud were still at large.')).toEqual([])
    // With its agent the participle is the event.
    expect(
      brief('Sylvanian officials accused of fraud by Freedonia were still at large.').map((e) => e[0]),
    ).toEqual(['ACCUSE'])
  })

  it('should read "plans to" as an announcement', () => {
    expect(brief('Freedonia plans to impose tariffs on Sylvania.')).toEqual([
      ['THREATEN', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should code a withdrawal announced "unless" something happens as a THREATEN', () => {
    expect(brief('Freedonia will withdraw its troops from Sylvania unless the talks resume.')).toEqual([
      ['THREATEN', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should keep a planned meeting as CONSULT with status future, and leave it out by default', () => {
    const text = 'Freedonia will meet Sylvania in Geneva.'
    expect(brief(text)).toEqual([['CONSULT', 'freedonia', 'sylvania', 'future']])
    expect(eventsOf(text, A)).toEqual([])
  })

  it('should mark a planned meeting with a condition as conditional', () => {
    expect(brief('Freedonia will meet Sylvania if the shelling stops.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania', 'conditional'],
    ])
  })

  it('should code "threatened to leave if" as a THREATEN that happened, aimed at the subject of the condition', () => {
    expect(brief('Freedonia threatened to leave the alliance if Sylvania joins it.')).toEqual([
      ['THREATEN', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should mark what only could or might happen as hypothetical, and leave it out by default', () => {
    expect(brief('Freedonia could attack Sylvania.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania', 'hypothetical'],
    ])
    expect(eventsOf('Freedonia might attack Sylvania.', A)).toEqual([])
  })

  it('should code "offered to" as an intent (AGREE) and "vowed to attack" as a THREATEN', () => {
    expect(brief('Freedonia offered to mediate between the parties.')[0]?.[0]).toBe('AGREE')
    expect(brief('Freedonia vowed to attack Sylvania.')[0]?.[0]).toBe('THREATEN')
  })

  it('should mark "is holding talks" as ongoing', () => {
    expect(brief('Freedonia is holding talks with Sylvania.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania', 'ongoing'],
    ])
  })
})
