import { describe, expect, it } from 'vitest'
import { layer, spanText } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { negotiationTestDoc, type TestActor } from '../common/negotiation-test-doc.ts'
import { positions } from '../positions/index.ts'
import { proposals } from '../proposals/index.ts'
import { disconnects } from './disconnects.ts'

const ACTORS: TestActor[] = [
  { id: 'republic', forms: ['the Republic'] },
  { id: 'front', kind: 'group', forms: ['the Northern Front', 'the Front'] },
  { id: 'talvia', forms: ['Talvia'] },
]

function run(text: string) {
  const doc = runPipeline(negotiationTestDoc(text, ACTORS), [
    proposals(),
    positions(),
    disconnects(),
  ] as Stage[])
  return layer(doc, 'disconnects').map((d) => ({ ...d, texts: d.evidence.map((e) => spanText(text, e)) }))
}

describe('disconnects', () => {
  it('should report a named point of disconnect with its issue and the sides in the sentence', () => {
    const found = run(
      'The main sticking point is the fate of the northern port, which the Front and the Republic both claim.',
    )
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({ basis: 'named', issue: 'fate of the northern port' })
    expect([...found[0]!.parties].sort()).toEqual(['front', 'republic'])
  })

  it('should read an issue that comes before its cue ("X remains the key obstacle")', () => {
    const found = run(
      'Talvia said the future of the militia remains the key obstacle for the Front and the Republic.',
    )
    expect(found[0]!.issue).toBe('future of the militia')
  })

  it('should read "remain divided over X"', () => {
    const found = run('The Front and the Republic remain divided over the sequencing of prisoner releases.')
    expect(found[0]!.issue).toBe('sequencing of prisoner releases')
  })

  it('should not read a division among people who are no party as a disconnect', () => {
    expect(run('Economists remain divided over the pace of rate cuts in Talvia.')).toEqual([])
    expect(run('They remain divided over the pace of the withdrawal.')).toHaveLength(1)
  })

  it('should find preconditions where each side makes the other wait', () => {
    const found = run(
      'The Front said the Republic must commit to a permanent ceasefire. The Republic said there would be no ceasefire until the Front is disarmed.',
    )
    const conflict = found.find((d) => d.basis === 'conflict')
    expect(conflict).toBeDefined()
    expect(conflict!.parties).toEqual(['front', 'republic'])
    expect(conflict!.texts).toHaveLength(2)
  })

  it('should report nothing when the sides ask for compatible things', () => {
    const found = run(
      'The Front said the Republic must commit to a permanent ceasefire. The Republic said it wants a ceasefire too.',
    )
    expect(found).toEqual([])
  })
})
