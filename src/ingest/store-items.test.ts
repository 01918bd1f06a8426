import { describe, expect, it } from 'vitest'
import type { Analysis } from '../analysis/index.ts'
import type { RawItem } from '../doc/index.ts'
import { emptySummary, type ItemSink, storeItems } from './ingest.ts'
import { makeItem } from './item.ts'
import type { ParsedDocument } from './types.ts'

/** A store that already holds the item (as after a crash) but not its analysis. */
function crashedStore(analysed: boolean): ItemSink & { analyses: string[] } {
  const analyses: string[] = []
  return {
    analyses,
    putItem: () => ({ itemId: 'i1', versionId: 'v1', status: 'duplicate' }),
    putAnalysis: (versionId) => {
      analyses.push(versionId)
    },
    hasAnalysis: () => analysed,
  }
}

const item: RawItem = makeItem({
  guid: 'wire-1',
  format: 'rss',
  source: 'feed.xml',
  headline: 'Port talks resume',
  body: 'Negotiators for the dockworkers met the port authority on Monday.',
  bodyType: 'text',
})
const doc = { items: [item], problems: [] } as unknown as ParsedDocument
const analyze = (input: { id: string }) => ({ id: input.id }) as unknown as Analysis

describe('storeItems after a crash', () => {
  it('should analyse a stored version whose analysis was cut off', () => {
    const store = crashedStore(false)
    const summary = emptySummary()
    storeItems(doc, { store, analyze }, summary, new Set())
    expect(store.analyses).toEqual(['v1'])
    expect(summary.duplicates).toBe(1)
    expect(summary.analysed).toBe(1)
  })

  it('should not analyse a stored version twice', () => {
    const store = crashedStore(true)
    storeItems(doc, { store, analyze }, emptySummary(), new Set())
    expect(store.analyses).toEqual([])
  })
})
