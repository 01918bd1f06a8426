/**
 * Hand-built Docs for the negotiation stages' tests (proposals, positions, disconnects): real
 * tokens and sentences, an `actors` layer from the forms the test names, and a `quotes` layer
 * from the quoted contents it names, so each test states exactly who is who.
 */
import type { Actor, ActorKind, Doc, Quote } from '../../doc/index.ts'
import { createDoc, withLayer } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { sentences } from '../sentences/index.ts'
import { tokens } from '../tokens/index.ts'

export interface TestActor {
  readonly id: string
  readonly kind?: ActorKind
  readonly affiliation?: string
  /** Every form that mentions the actor, matched as whole words, ignoring case. */
  readonly forms: readonly string[]
}

export interface TestQuote {
  /** A substring of the text: the quote's content. */
  readonly content: string
  readonly speaker: string | null
  /** 'speech' unless given. */
  readonly attribution?: Quote['attribution']
}

export function negotiationTestDoc(
  text: string,
  actors: readonly TestActor[],
  quotes: readonly TestQuote[] = [],
): Doc {
  let doc = runPipeline(createDoc('test', text), [tokens(), sentences()] as Stage[])
  const taken: Array<[number, number]> = []
  const layerActors: Actor[] = []
  for (const a of actors) {
    const mentions: Array<{ start: number; end: number; kind: 'name' }> = []
    const forms = [...a.forms].sort((x, y) => y.length - x.length)
    for (const form of forms) {
      const re = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu')
      for (const m of text.matchAll(re)) {
        const start = m.index
        const end = start + m[0].length
        if (taken.some(([s, e]) => start < e && s < end)) continue
        taken.push([start, end])
        mentions.push({ start, end, kind: 'name' })
      }
    }
    mentions.sort((x, y) => x.start - y.start)
    layerActors.push({
      id: a.id,
      name: a.forms[0] ?? a.id,
      kind: a.kind ?? 'state',
      country: null,
      sector: null,
      affiliation: a.affiliation ?? null,
      role: null,
      known: false,
      mentions,
    })
  }
  const layerQuotes: Quote[] = quotes.map((q) => {
    const start = text.indexOf(q.content)
    if (start < 0) throw new Error(`test quote not in text: ${q.content}`)
    return {
      type: 'direct',
      spans: [{ start, end: start + q.content.length }],
      cue: null,
      speaker: q.speaker,
      speakerSpan: null,
      date: null,
      attribution: q.attribution ?? 'speech',
    }
  })
  doc = withLayer(doc, 'actors', layerActors)
  doc = withLayer(doc, 'quotes', layerQuotes)
  return withLayer(doc, 'events', [])
}
