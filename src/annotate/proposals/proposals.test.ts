import { describe, expect, it } from 'vitest'
import { layer, spanText } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { negotiationTestDoc, type TestActor } from '../common/negotiation-test-doc.ts'
import { proposals } from './proposals.ts'

const ACTORS: TestActor[] = [
  { id: 'talvia', forms: ['Talvia'] },
  { id: 'front', kind: 'group', forms: ['the Northern Front', 'the Front'] },
  { id: 'ostra', forms: ['Ostra'] },
]

function run(text: string) {
  const doc = runPipeline(negotiationTestDoc(text, ACTORS), [proposals()] as Stage[])
  return layer(doc, 'proposals').map((p) => ({ ...p, texts: p.mentions.map((m) => spanText(text, m)) }))
}

describe('proposals', () => {
  it('should follow a sponsored plan through definite mentions and an apposition', () => {
    const found = run(
      'Mediators presented Talvia’s plan on Monday. The plan — a three-phase roadmap — was discussed for hours. The Northern Front said the proposal favours its rival.',
    )
    expect(found).toHaveLength(1)
    expect(found[0]!.sponsor).toBe('talvia')
    expect(found[0]!.phases).toHaveLength(3)
    expect(found[0]!.texts).toEqual(['Talvia’s plan', 'The plan', 'a three-phase roadmap', 'the proposal'])
  })

  it('should keep proposals by different sponsors apart', () => {
    const found = run('Talvia rejected Ostra’s proposal. Ostra in turn dismissed the Front-backed offer.')
    expect(found.map((p) => p.sponsor)).toEqual(['ostra', 'front'])
  })

  it('should not take a verb after a plural head for a second head ("the proposals offer voters …")', () => {
    const found = run('Talvia’s tax proposals offer a break to families.')
    expect(found.flatMap((p) => p.texts)).toEqual(['Talvia’s tax proposals'])
  })

  it('should not take a generic "any deal" for a proposal', () => {
    expect(run('Talvia said any deal would need a vote. No agreement was near.')).toEqual([])
  })

  it('should read the sponsor of "X proposed a deal"', () => {
    const found = run('Ostra proposed a two-stage deal on Friday.')
    expect(found[0]).toMatchObject({ sponsor: 'ostra', phases: ['phase 1', 'phase 2'] })
  })
})
