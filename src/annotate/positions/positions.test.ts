import { describe, expect, it } from 'vitest'
import { layer, type Position, spanText } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { negotiationTestDoc, type TestActor, type TestQuote } from '../common/negotiation-test-doc.ts'
import { proposals } from '../proposals/index.ts'
import { positions } from './positions.ts'

const ACTORS: TestActor[] = [
  { id: 'republic', forms: ['the Republic', 'Republic'] },
  { id: 'front', kind: 'group', forms: ['the Northern Front', 'the Front'] },
  { id: 'vela', kind: 'person', affiliation: 'front', forms: ['Ana Vela', 'Vela'] },
  { id: 'talvia', forms: ['Talvia'] },
  { id: 'union', kind: 'organization', forms: ['the dockers’ union', 'the union'] },
  { id: 'port', kind: 'organization', forms: ['the port authority'] },
  { id: 'allies', kind: 'group', forms: ['hardline allies'] },
  { id: 'premier', kind: 'person', affiliation: 'republic', forms: ['the premier'] },
]

interface Found extends Position {
  readonly evidenceText: string
}

function run(text: string, quotes: TestQuote[] = []): Found[] {
  const doc = runPipeline(negotiationTestDoc(text, ACTORS, quotes), [proposals(), positions()] as Stage[])
  return layer(doc, 'positions').map((p) => ({ ...p, evidenceText: spanText(text, p.evidence) }))
}

const demands = (found: Found[]) => found.filter((p) => p.kind === 'demand')
const stances = (found: Found[]) => found.filter((p) => p.stance !== null)

describe('positions: demands and preconditions', () => {
  it('should give a reported "must" to the reporter and address it to the subject of "must"', () => {
    const found = demands(
      run('A spokesman for the Northern Front said on Monday that the Republic must free all detainees.'),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ holder: 'front', addressee: 'republic', precondition: false })
    expect(found[0]!.content).toContain('free all detainees')
  })

  it('should mark "must ... before" as a precondition', () => {
    const found = demands(run('Vela said the Republic must free all detainees before any talks can begin.'))
    expect(found[0]).toMatchObject({ holder: 'vela', addressee: 'republic', precondition: true })
  })

  it('should read "will not agree ... unless" as a precondition on the subject of the condition', () => {
    const found = demands(
      run('The Northern Front says it will not agree to a truce unless the Republic frees all detainees.'),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ holder: 'front', addressee: 'republic', precondition: true })
    expect(found[0]!.evidenceText).toMatch(/unless the Republic frees all detainees$/)
  })

  it('should read "won\'t agree to a truce that doesn\'t" as a precondition', () => {
    const found = demands(
      run(
        'The Northern Front said it won’t agree to a truce that doesn’t include a full pullback of Republic troops.',
      ),
    )
    expect(found[0]).toMatchObject({ holder: 'front', precondition: true })
    expect(found[0]!.content).toContain('include a full pullback')
  })

  it('should read "no X until Y" by a reporter as a precondition on Y\'s subject', () => {
    const found = demands(
      run('The premier reiterated that there would be no truce until the Front is disarmed.'),
    )
    expect(found[0]).toMatchObject({ holder: 'premier', addressee: 'front', precondition: true })
  })

  it('should not read a time ("until next week") as a condition', () => {
    expect(demands(run('The Front said talks would not resume until next week.'))).toEqual([])
  })

  it('should split a compound ask into one demand per item, sharing a short evidence', () => {
    const found = demands(
      run('The union is demanding a ten percent raise and a shorter working week from the port authority.'),
    )
    expect(found.map((d) => d.content)).toEqual([
      'a ten percent raise',
      'a shorter working week from the port authority',
    ])
    expect(found.every((d) => d.holder === 'union' && d.addressee === 'port' && !d.precondition)).toBe(true)
  })

  it('should keep coordinated modifiers together ("health and pension funds")', () => {
    const found = demands(run('The union demanded higher employer payments into health and pension funds.'))
    expect(found).toHaveLength(1)
  })

  it('should give "we must" inside a quote to the speaker and address it to the counterpart', () => {
    const text = 'Vela listed her goals: “We must see every detainee freed.” The Republic has not replied.'
    const found = demands(run(text, [{ content: 'We must see every detainee freed.', speaker: 'vela' }]))
    expect(found[0]).toMatchObject({ holder: 'vela', addressee: 'republic' })
  })

  it('should not make the holder of a belief the speaker of "we must" inside it', () => {
    const text = 'Vela seems convinced that we must see every detainee freed. The Republic has not replied.'
    const content = 'we must see every detainee freed'
    const said = demands(run(text, [{ content, speaker: 'vela' }]))
    expect(said[0]).toMatchObject({ holder: 'vela' })
    const believed = demands(run(text, [{ content, speaker: 'vela', attribution: 'attitude' }]))
    expect(believed).toEqual(demands(run(text)))
    expect(believed.some((p) => p.holder === 'vela')).toBe(false)
  })

  it('should read "wants X gone before" with the relative pronoun\'s antecedent as addressee', () => {
    const found = demands(
      run('The dispute is over the role of the Front, which the Republic wants gone before any election.'),
    )
    expect(found[0]).toMatchObject({ holder: 'republic', addressee: 'front', precondition: true })
  })

  it('should read a threat with "if he agrees to" as a threat, a demand and a rejection', () => {
    const found = run(
      'The premier faces hardline allies who threatened to quit his cabinet if he agrees to end the war early.',
    )
    expect(found.find((p) => p.kind === 'threat')).toMatchObject({ holder: 'allies', addressee: 'premier' })
    expect(demands(found)[0]).toMatchObject({ holder: 'allies', addressee: 'premier', precondition: true })
    expect(stances(found)[0]).toMatchObject({ holder: 'allies', stance: 'reject' })
  })

  it("should mark a side's demands as preconditions when the article frames them as conditions for a step", () => {
    const found = demands(
      run(
        'The Front and the Republic are stuck, with both sides saying their conditions must be met before they pause fighting. Vela said the Republic must free all detainees.',
      ),
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ holder: 'vela', precondition: true })
  })

  it('should not take an appeal to return to talks for a demand', () => {
    expect(demands(run('Talvia called for the Front and the Republic to return to negotiations.'))).toEqual(
      [],
    )
  })
})

describe('positions: stances', () => {
  it("should read a rejection reported by another party as the subject's stance", () => {
    const found = stances(run('Officials in Talvia said the Republic had rejected the ceasefire plan.'))
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ holder: 'republic', stance: 'reject' })
  })

  it('should read a negated acceptance with "unless" as conditional', () => {
    const found = stances(
      run('The Front will not accept the new proposal unless the Republic frees all detainees.'),
    )
    expect(found[0]).toMatchObject({ holder: 'front', stance: 'conditional' })
  })

  it('should read a plain negated acceptance as a rejection', () => {
    expect(stances(run('The Front will not accept the peace plan.'))[0]).toMatchObject({ stance: 'reject' })
  })

  it('should read "has not clarified his position on" as undecided', () => {
    const found = stances(
      run('The premier spoke on Monday. But he has not clarified his position on the new proposal.'),
    )
    expect(found[0]).toMatchObject({ holder: 'premier', stance: 'undecided' })
  })

  it('should give "called on X to accept" to the caller as urge_acceptance', () => {
    const found = stances(run('Talvia called on the Front to accept the peace plan.'))
    expect(found[0]).toMatchObject({ holder: 'talvia', stance: 'urge_acceptance' })
  })

  it('should give a "both sides" stance to each side', () => {
    const found = stances(
      run(
        'The Front has joined the Republic in balking at Talvia’s plan, with both sides saying their conditions must be met first.',
      ),
    )
    expect(found.map((s) => [s.holder, s.stance])).toEqual([
      ['front', 'conditional'],
      ['republic', 'conditional'],
    ])
  })

  it('should give an "X and Y" stance to each of them', () => {
    const found = stances(run('The Front and the Republic rejected Talvia’s plan.'))
    expect(found.map((s) => s.holder).sort()).toEqual(['front', 'republic'])
  })

  it('should read demands made in response to a proposal as a conditional stance', () => {
    const found = stances(
      run('The Front laid out a list of demands in response to a Talvia-backed truce proposal.'),
    )
    expect(found[0]).toMatchObject({ holder: 'front', stance: 'conditional' })
  })

  it('should not take a hesitant relative clause about unnamed people for a stance of the last named actor', () => {
    expect(
      stances(run('Vela hoped the idea would attract members who were hesitant to support the peace plan.')),
    ).toEqual([])
  })
})

describe('positions: negation of stances', () => {
  it('should not read "did not reject" as a rejection', () => {
    expect(stances(run('The Front did not reject the peace plan.'))).toEqual([])
  })

  it('should read "rejects P without X" as conditional', () => {
    expect(stances(run('The Front rejects the peace plan without firm guarantees.'))[0]).toMatchObject({
      stance: 'conditional',
    })
  })
})

describe('positions: offers and participles', () => {
  it('should read "is prepared to ... if Y ..." as an offer and a precondition on Y', () => {
    const found = run(
      'The premier said he is prepared to meet Vela if the Front shows an interest in a truce.',
    )
    expect(found.find((p) => p.kind === 'offer')).toMatchObject({ holder: 'premier' })
    expect(demands(found)[0]).toMatchObject({ holder: 'premier', addressee: 'front', precondition: true })
  })

  it('should read a coercive readiness as a threat', () => {
    const found = run('Talvia is ready to impose sanctions on the Front if the talks collapse.')
    expect(found.map((p) => p.kind)).toEqual(['threat'])
  })

  it('should give a participle after a comma to the sentence subject', () => {
    const found = stances(
      run('Talvia praised the mediators from the Republic, urging the Front to accept the peace plan.'),
    )
    expect(found[0]).toMatchObject({ holder: 'talvia', stance: 'urge_acceptance' })
  })
})

describe('positions: more conditional forms', () => {
  it('should read "would only agree to P if" as conditional with a precondition demand', () => {
    const found = run('The Front would only agree to the peace plan if the Republic frees all detainees.')
    expect(stances(found)[0]).toMatchObject({ holder: 'front', stance: 'conditional' })
    expect(demands(found)[0]).toMatchObject({ holder: 'front', addressee: 'republic', precondition: true })
  })

  it('should read "made X conditional on Y" as a precondition demand', () => {
    const found = demands(
      run('The Republic has made any truce conditional on the Front releasing all hostages.'),
    )
    expect(found[0]).toMatchObject({ holder: 'republic', addressee: 'front', precondition: true })
  })

  it('should give a possessed demand noun to its possessor', () => {
    const found = demands(
      run('The Front’s key demand is a full pullback of Republic troops from the valley.'),
    )
    expect(found[0]).toMatchObject({ holder: 'front', addressee: 'republic', precondition: false })
  })

  it('should read "backed away from P" as a rejection, not as backing', () => {
    expect(stances(run('The Republic backed away from the peace plan on Monday.'))[0]).toMatchObject({
      stance: 'reject',
    })
  })

  it('should read a positive response to P as conditional', () => {
    expect(stances(run('The Front gave a positive response to the peace plan.'))[0]).toMatchObject({
      holder: 'front',
      stance: 'conditional',
    })
  })
})

describe('positions: continuation, wants and deal threats', () => {
  it('should read "will continue the war until Y" as a precondition on Y', () => {
    const found = demands(
      run('The premier vowed that the Republic will continue the war until the Front is disarmed.'),
    )
    expect(found[0]).toMatchObject({ addressee: 'front', precondition: true })
  })

  it('should read "wants a ..." as a demand and "wants to ..." as none', () => {
    expect(demands(run('The Front wants a permanent end to the war.'))[0]).toMatchObject({ holder: 'front' })
    expect(demands(run('The Front wants to hold talks in Talvia.'))).toEqual([])
  })

  it('should read "threatened to quit if the deal goes ahead" as a rejection of the deal', () => {
    const found = run('Hardline allies threatened to quit the cabinet if the peace plan goes ahead.')
    expect(stances(found)[0]).toMatchObject({ holder: 'allies', stance: 'reject' })
    expect(stances(found)[0]!.proposal).not.toBeNull()
    expect(demands(found)[0]!.content).toBe('do not accept the peace plan')
  })
})

describe('positions: lists, trailing stances and modifiers', () => {
  it('should split a list "A, B and C" into three demands', () => {
    const found = demands(
      run(
        'The Front demands a permanent truce, the release of all detainees and the return of displaced families.',
      ),
    )
    expect(found.map((d) => d.content)).toEqual([
      'a permanent truce',
      'the release of all detainees',
      'the return of displaced families',
    ])
  })

  it('should read "only if" as a precondition without a negation', () => {
    const found = demands(
      run('Talvia said the Republic would sign a truce only if the Front withdrew from the valley.'),
    )
    expect(found[0]).toMatchObject({ holder: 'talvia', addressee: 'front', precondition: true })
  })

  it('should read a stance stated after the proposal ("which X accepted", "was rejected by X")', () => {
    expect(
      stances(
        run('The Front has not yet responded to the peace plan, which the Republic accepted on Sunday.'),
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ holder: 'republic', stance: 'accept' }),
        expect.objectContaining({ holder: 'front', stance: 'undecided' }),
      ]),
    )
    expect(stances(run('The peace plan was rejected by the Front.'))[0]).toMatchObject({
      holder: 'front',
      stance: 'reject',
    })
  })

  it('should not take a name modifying a noun ("the Talvia offer") for the subject', () => {
    const found = demands(
      run(
        'The Front said it was studying the Talvia offer but insisted that the Republic must withdraw first.',
      ),
    )
    expect(found[0]).toMatchObject({ holder: 'front', addressee: 'republic', precondition: true })
  })
})

describe('positions: objects, media and hedged acceptance', () => {
  it('should not take the object of a preposition for the subject of a stance', () => {
    const found = stances(
      run('The premier said talks with the Front were stalled and described the peace plan as absurd.'),
    )
    expect(found[0]).toMatchObject({ holder: 'premier', stance: 'reject' })
  })

  it('should read "agreed to P but wanted changes" as conditional', () => {
    expect(
      stances(run('The Front agreed to the peace plan but wanted changes to the timetable.'))[0],
    ).toMatchObject({
      stance: 'conditional',
    })
  })

  it('should read demands made as a condition for supporting P as a conditional stance and a precondition', () => {
    const found = run('The union demanded a pay rise as a condition for supporting the peace plan.')
    expect(stances(found)[0]).toMatchObject({ holder: 'union', stance: 'conditional' })
    expect(demands(found)[0]).toMatchObject({ holder: 'union', precondition: true })
  })

  it('should never address a demand to a media outlet', () => {
    const text =
      '“We must see every detainee freed,” Vela told the Daily Courier. The Daily Courier asked the Republic.'
    const doc = negotiationTestDoc(
      text,
      [...ACTORS, { id: 'courier', kind: 'organization', forms: ['the Daily Courier'] }],
      [{ content: 'We must see every detainee freed', speaker: 'vela' }],
    )
    const media = {
      ...doc,
      layers: {
        ...doc.layers,
        actors: doc.layers.actors!.map((a) => (a.id === 'courier' ? { ...a, sector: 'JRN' } : a)),
      },
    }
    const found = layer(runPipeline(media, [proposals(), positions()] as Stage[]), 'positions')
    expect(found[0]).toMatchObject({ holder: 'vela', addressee: 'republic' })
  })
})

describe('positions: instructions inside a side', () => {
  it('should not read a directive to unnamed members as a demand on the other side', () => {
    const text = 'Vela told her members to stay calm, but to not leave the camp unless they get clear orders.'
    expect(demands(run(text))).toEqual([])
  })

  it('should still read a directive to a named party as a demand', () => {
    const found = demands(
      run('Talvia told the Front to not leave the talks unless the Republic breaks the truce.'),
    )
    expect(found[0]).toMatchObject({ holder: 'talvia', precondition: true })
  })
})

describe('positions: vows and votes', () => {
  it('should read "vowed to topple the government if he agrees to" as a threat with its demand', () => {
    const found = run(
      'Hardline allies vowed to topple the government if the premier agrees to the peace plan.',
    )
    expect(found.find((p) => p.kind === 'threat')).toMatchObject({ holder: 'allies', addressee: 'premier' })
    expect(stances(found)[0]).toMatchObject({ holder: 'allies', stance: 'reject' })
  })

  it('should not read a vow to keep talking as a threat', () => {
    expect(run('The Front vowed to keep talking with Talvia.').filter((p) => p.kind === 'threat')).toEqual([])
  })

  it('should read "voted 24-8 to approve P" as acceptance', () => {
    expect(stances(run('The Republic cabinet voted 24-8 to approve the peace plan.'))[0]).toMatchObject({
      stance: 'accept',
    })
  })
})

describe('positions: what is not a demand', () => {
  it('should not read a question as a demand', () => {
    expect(demands(run('The Northern Front said the Republic must free all detainees.'))).toHaveLength(1)
    expect(demands(run('Did the Northern Front say the Republic must free all detainees?'))).toHaveLength(0)
  })

  it('should not read a judgement of the past as a demand, but keep "must have" with an object', () => {
    expect(demands(run('The Northern Front said the Republic should have been tougher.'))).toHaveLength(0)
    const kept = demands(run('The Northern Front said the Republic must have elections before any truce.'))
    expect(kept).toHaveLength(1)
    expect(kept[0]!.content).toContain('elections')
  })

  it('should not read "seeks to" + verb as a demand, but keep "seeks" + an object', () => {
    expect(demands(run('The Northern Front is seeking to widen its support in the south.'))).toHaveLength(0)
    const kept = demands(run('The Northern Front is seeking guarantees from the Republic.'))
    expect(kept).toHaveLength(1)
    expect(kept[0]!.content).toContain('guarantees')
  })

  it('should not read a passive rule or the noun "demand" as a demand', () => {
    expect(demands(run('Under the rules, the Republic is required to publish its budget.'))).toHaveLength(0)
    expect(demands(run('The Republic said demand for grain from Talvia fell sharply.'))).toHaveLength(0)
  })

  it('should stop the asked clause at a closing double apostrophe', () => {
    const found = demands(run("''The Republic must free the detainees,'' Ana Vela said on Monday."))
    expect(found).toHaveLength(1)
    expect(found[0]!.content).not.toContain('Vela')
  })
})

describe('positions: backing off', () => {
  it('should read "backed off" a proposal as a rejection, not an acceptance', () => {
    const found = stances(run('The Republic backed off the ceasefire proposal on Monday.'))
    expect(found.map((p) => p.stance)).toEqual(['reject'])
  })
})
