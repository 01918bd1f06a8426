import { describe, expect, it } from 'vitest'
import { createDoc, layer, type Quote } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { sentences } from '../sentences/index.ts'
import { tokens } from '../tokens/index.ts'
import { type QuotesOptions, quotes } from './quotes.ts'

const noActors: Stage<'actors'> = { name: 'actors', requires: [], run: () => ({ annotations: [] }) }

function run(text: string, options: QuotesOptions = {}): readonly Quote[] {
  const doc = runPipeline(createDoc('a', text), [tokens(), sentences(), noActors, quotes(options)] as Stage[])
  return layer(doc, 'quotes')
}

const text =
  'The harbour master said the pier would close at noon. According to the ferry company, the last boat leaves at six. ' +
  'The fishermen believe that the storm will pass by Friday. The council wants to rebuild the sea wall.'
const cut = (q: Quote) => q.spans.map((s) => text.slice(s.start, s.end)).join(' … ')

describe('quotes: what each attribution reports', () => {
  it('should mark every quote found by default as speech', () => {
    const found = run(text)
    expect(found.length).toBeGreaterThanOrEqual(2)
    expect(found.every((q) => q.attribution === 'speech')).toBe(true)
  })

  it('should mark beliefs and intentions as attitudes and leave the speech quotes as they were', () => {
    const off = run(text)
    for (const mode of ['precise', 'broad'] as const) {
      const on = run(text, { attitudes: mode })
      expect(on.filter((q) => q.attribution === 'speech')).toEqual(off)
      const attitudes = on.filter((q) => q.attribution === 'attitude').map(cut)
      expect(attitudes).toContain('that the storm will pass by Friday')
      expect(attitudes.some((c) => c.includes('pier') || c.includes('last boat'))).toBe(false)
    }
    const broad = run(text, { attitudes: 'broad' }).filter((q) => q.attribution === 'attitude')
    expect(broad.map(cut)).toContain('to rebuild the sea wall')
  })
})
