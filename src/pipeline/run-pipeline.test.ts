import { describe, expect, it } from 'vitest'
import { createDoc, layer } from '../doc/index.ts'
import { ParleyError } from '../errors.ts'
import { checkOrder, runPipeline } from './run-pipeline.ts'
import type { Stage } from './stage.ts'

const sentencesStage: Stage<'sentences'> = {
  name: 'sentences',
  requires: [],
  run: (doc) => ({ annotations: [{ start: 0, end: doc.text.length, paragraph: 0 }] }),
}
const needsSentences: Stage<'quotes'> = {
  name: 'quotes',
  requires: ['sentences'],
  run: (doc) => ({
    annotations: [],
    messages: [
      { severity: 'info', reason: `saw ${layer(doc, 'sentences').length}`, stage: 'quotes', rule: 'count' },
    ],
  }),
}

describe('runPipeline', () => {
  it('should run stages in order, each seeing the layers before it', () => {
    const out = runPipeline(createDoc('p1', 'One sentence.'), [sentencesStage, needsSentences] as Stage[])
    expect(layer(out, 'sentences')).toHaveLength(1)
    expect(layer(out, 'quotes')).toHaveLength(0)
    expect(out.messages[0]?.reason).toBe('saw 1')
  })

  it('should reject a wrong order before running anything, naming the stage and the missing layer', () => {
    let ran = false
    const spy: Stage<'sentences'> = {
      ...sentencesStage,
      run: (doc) => {
        ran = true
        return sentencesStage.run(doc)
      },
    }
    try {
      runPipeline(createDoc('p2', 'x'), [needsSentences, spy] as Stage[])
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ParleyError)
      expect((error as ParleyError).code).toBe('pipeline-order')
      expect((error as Error).message).toBe(
        'Stage `quotes` requires layer `sentences`, which no earlier stage produces; put a `sentences` stage before it',
      )
    }
    expect(ran).toBe(false)
  })

  it('should accept layers the doc already has', () => {
    expect(() => checkOrder([needsSentences] as Stage[], ['sentences'])).not.toThrow()
  })

  it('should report each stage time to the timer', () => {
    const seen: string[] = []
    runPipeline(createDoc('p3', 'x'), [sentencesStage] as Stage[], (name) => seen.push(name))
    expect(seen).toEqual(['sentences'])
  })
})
