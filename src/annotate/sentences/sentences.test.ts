import { describe, expect, it } from 'vitest'
import { createDoc, layer, spanText } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { tokens } from '../tokens/index.ts'
import { sentences } from './sentences.ts'

function split(text: string): string[] {
  const doc = runPipeline(createDoc('s', text), [tokens(), sentences()] as Stage[])
  return layer(doc, 'sentences').map((s) => spanText(text, s))
}

describe('sentences', () => {
  it('should not split after abbreviations such as Gen. and U.S.', () => {
    expect(split('Gen. Ortiz met U.S. envoys in Lima. They left.')).toEqual([
      'Gen. Ortiz met U.S. envoys in Lima.',
      'They left.',
    ])
  })

  it('should keep a closing quote with its sentence', () => {
    expect(split('"We will not sign," the minister said. Talks end.')).toEqual([
      '"We will not sign," the minister said.',
      'Talks end.',
    ])
  })

  it('should break at every line, since headlines end without a full stop', () => {
    const text = 'Unions reject pay offer\n\nThe unions rejected the offer on Monday.'
    const doc = runPipeline(createDoc('s', text), [tokens(), sentences()] as Stage[])
    const found = layer(doc, 'sentences')
    expect(found.map((s) => spanText(text, s))).toEqual([
      'Unions reject pay offer',
      'The unions rejected the offer on Monday.',
    ])
    expect(found.map((s) => s.paragraph)).toEqual([0, 1])
  })

  it('should index each token to its sentence', () => {
    const text = 'One here. Two there.'
    const doc = runPipeline(createDoc('s', text), [tokens(), sentences()] as Stage[])
    const ts = layer(doc, 'tokens')
    expect(ts.filter((t) => t.sentence === 1).map((t) => spanText(text, t))).toEqual(['Two', 'there', '.'])
    expect(ts[0]?.pos).toBe('NUM')
  })
})
