import { describe, expect, it } from 'vitest'
import { eventsOf, type TestActor } from './test-doc.ts'

// Sentences written for these tests; the actors are invented or generic state names.
const A: TestActor[] = [
  { id: 'freedonia', forms: ['Freedonia', 'Freedonian'] },
  { id: 'sylvania', forms: ['Sylvania', 'Sylvanian'] },
  { id: 'rebels', forms: ['the Blue Front', 'the front'] },
]

const brief = (text: string, published?: string) =>
  eventsOf(text, A, published).map((e) => [e.type, e.source, e.target, e.status])

describe('events: types and participants', () => {
  it('should code a wish to help as an intent to give aid (CAMEO 033)', () => {
    const found = eventsOf('Freedonia wants to help Sylvania.', A)
    expect(found.map((e) => [e.type, e.cameo, e.source, e.target, e.status])).toEqual([
      ['AGREE', '033', 'freedonia', 'sylvania', 'done'],
    ])
    expect(brief('Freedonia helped Sylvania.')).toEqual([['AID', 'freedonia', 'sylvania', 'done']])
  })

  it('should not code an act named as the content of a noun ("a threat to boycott")', () => {
    expect(brief('Freedonia recalled an earlier threat to boycott Sylvania.')).toEqual([])
    expect(brief('Freedonia recalled its plan to attack Sylvania.')).toEqual([])
    // A purpose clause after a counted noun is not such a content.
    expect(brief('Freedonia waited four years to attack Sylvania.')).toEqual([
      ['ASSAULT', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should make an accusing tail the event of a sentence with no trigger of its own', () => {
    expect(brief('Sylvania keeps ignoring the border rulings, the Blue Front protested.')).toEqual([
      ['ACCUSE', 'rebels', 'sylvania', 'done'],
    ])
  })

  it('should code a plain accusation with source and target', () => {
    expect(brief('Freedonia accused Sylvania of shelling border villages.')).toEqual([
      ['ACCUSE', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should let the first trigger head its clause ("agreed to provide aid" is one AGREE)', () => {
    expect(brief('Freedonia agreed to provide food aid to Sylvania.')).toEqual([
      ['AGREE', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should read "called on X to" as a request to X', () => {
    expect(brief('Freedonia called on Sylvania to release the prisoners.')).toEqual([
      ['REQUEST', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should turn the passive round: "was attacked by X"', () => {
    expect(brief('A Sylvanian convoy was attacked by the Blue Front near the river.')).toEqual([
      ['ASSAULT', 'rebels', 'sylvania', 'done'],
    ])
  })

  it('should make two coordinated subjects with no other target each the target of the other', () => {
    expect(brief('Freedonia and Sylvania held talks on the disputed dam.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania', 'done'],
      ['CONSULT', 'sylvania', 'freedonia', 'done'],
    ])
  })

  it('should code a reported obligation as a request from the speaker', () => {
    expect(brief('Freedonia said on Monday that Sylvania must withdraw its troops.')).toEqual([
      ['REQUEST', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should ignore the attribution tail when looking for the target', () => {
    expect(brief('The Blue Front seized two trucks, a Freedonian official said.')).toEqual([
      ['COERCE', 'rebels', null, 'done'],
    ])
  })

  it('should code a coordinated predicate without a subject with the first source', () => {
    const out = brief('Freedonia reopened the border crossing but refused to release Sylvanian detainees.')
    expect(out).toContainEqual(['REJECT', 'freedonia', 'sylvania', 'done'])
  })

  it('should not report triggers of background clauses', () => {
    expect(brief('Freedonia recalled its ambassador after the front attacked the embassy.')).toEqual([
      ['SANCTION', 'freedonia', null, 'done'],
    ])
  })
})

describe('events: date and place', () => {
  it('should resolve the weekday against the publication date and find the place', () => {
    const [e] = eventsOf('Freedonia met Sylvanian envoys in Porto Alegre on Tuesday.', A, '2024-06-06')
    expect(e?.date).toBe('2024-06-04')
    expect(e?.location).toBe('Porto Alegre')
  })
})

describe('events: crowds and conditional refusals', () => {
  const crowd: TestActor[] = [...A, { id: 'marchers', forms: ['the protesters', 'protesters'] }]

  it('should code property destroyed by protesters as a violent protest, by others as coercion', () => {
    expect(
      eventsOf('The protesters torched the Freedonian consulate.', crowd).map((e) => [
        e.type,
        e.cameo,
        e.mode,
      ]),
    ).toEqual([['PROTEST', '145', 'riot']])
    expect(
      eventsOf('Sylvania razed the Freedonian consulate.', crowd).map((e) => [e.type, e.cameo, e.mode]),
    ).toEqual([['COERCE', '1712', 'destroy']])
  })

  it('should read "there will be no X until Y" as a demand on Y', () => {
    expect(brief('Freedonia said there would be no truce until the Blue Front disarms.')).toEqual([
      ['REQUEST', 'freedonia', 'rebels', 'done'],
    ])
    expect(brief('Freedonia said there would be no truce this year.')).toEqual([])
  })
})

describe('events: acts that are only talked about', () => {
  it('should not code an act denied by a noun ("no basis for talks", "no plans to meet")', () => {
    expect(brief('Freedonia sees no basis for starting talks with Sylvania.')).toEqual([])
    expect(brief('Freedonia has no plans to meet Sylvania.')).toEqual([])
    expect(brief('Freedonia sees a basis for starting talks with Sylvania.')).not.toEqual([])
  })

  it('should not code an act named as the content of a possessed noun', () => {
    expect(brief("The raid raised doubts about Freedonia's efforts to reach a truce with Sylvania.")).toEqual(
      [],
    )
  })

  it('should not read advice against an act as a refusal', () => {
    expect(brief('Freedonia should not negotiate with Sylvania, the Blue Front said.')).toEqual([])
    expect(brief('Freedonia will not negotiate with Sylvania.')).toEqual([
      ['REJECT', 'freedonia', 'sylvania', 'done'],
    ])
  })

  it('should not read receiving votes or prizes as hosting a visitor', () => {
    expect(brief('Freedonia received the most votes.')).toEqual([])
    expect(brief('Freedonia received Sylvanian envoys on Monday.')).toEqual([
      ['CONSULT', 'freedonia', 'sylvania', 'done'],
    ])
  })
})

describe('events: coordinated verbs share their modal', () => {
  it('should read "should X and be ready to Y" as asked of the subject, not offered', () => {
    expect(
      brief('Sylvania should show good faith and be ready to meet Freedonia, the Blue Front said.'),
    ).toEqual([])
    expect(brief('Sylvania is ready to meet Freedonia.')).toEqual([
      ['AGREE', 'sylvania', 'freedonia', 'done'],
    ])
  })

  it('should let a coordinated bare verb share "will not"', () => {
    const types = brief('Freedonia will not attend the summit and cede ground to Sylvania.').map((e) => e[0])
    expect(types).not.toContain('CONCEDE')
    expect(brief('Freedonia attended the summit and ceded ground to Sylvania.').map((e) => e[0])).toContain(
      'CONCEDE',
    )
  })
})

describe('events: the speaker of a reported obligation', () => {
  it('should take the head of the subject, not a place in its modifier', () => {
    expect(brief('The Blue Front operating in Sylvania said Freedonia must withdraw.')).toEqual([
      ['REQUEST', 'rebels', 'freedonia', 'done'],
    ])
    expect(brief('The Blue Front in Sylvania said Freedonia must withdraw.')).toEqual([
      ['REQUEST', 'rebels', 'freedonia', 'done'],
    ])
  })
})

describe('events: coordinated predicates share the subject', () => {
  it('should never make the object of the first verb the source of the second', () => {
    const found = brief('A roadside bomb killed one Sylvanian soldier and wounded two others.')
    expect(found.every((e) => e[1] !== 'sylvania')).toBe(true)
  })

  it('should find the subject past an opening adverbial clause', () => {
    expect(
      brief('Before leaving for the talks, Freedonia agreed on a truce and met Sylvania.'),
    ).toContainEqual(['CONSULT', 'freedonia', 'sylvania', 'done'])
  })
})
