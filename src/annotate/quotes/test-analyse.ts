/** Test helper: the quotes stage over a written sentence, with a stand-in actors layer. */
import { type Actor, createDoc, layer, type Quote } from '../../doc/index.ts'
import { runPipeline, type Stage } from '../../pipeline/index.ts'
import { sentences } from '../sentences/index.ts'
import { tokens } from '../tokens/index.ts'
import { type QuotesOptions, quotes } from './quotes.ts'

/** An actors stage for tests: one actor per listed name, with every occurrence as a mention. */
function fakeActors(names: Record<string, string[]>): Stage<'actors'> {
  return {
    name: 'actors',
    requires: [],
    run: (doc) => ({
      annotations: Object.entries(names).map(
        ([id, forms]): Actor => ({
          id,
          name: forms[0]!,
          kind: 'person',
          country: null,
          sector: null,
          affiliation: null,
          role: null,
          known: false,
          mentions: forms.flatMap((form) =>
            [...doc.text.matchAll(new RegExp(`\\b${form}\\b`, 'g'))].map((m) => ({
              start: m.index,
              end: m.index + form.length,
              kind: 'name' as const,
            })),
          ),
        }),
      ),
    }),
  }
}

interface Shown {
  type: Quote['type']
  content: string[]
  cue: string | null
  speaker: string | null
  speakerText: string | null
  date: string | null
}

/** Runs tokens, sentences, a stand-in actors layer and the quotes stage over `text`. */
export function analyse(
  text: string,
  options: QuotesOptions = {},
  actors: Record<string, string[]> = {},
  published = '2024-05-10',
): Shown[] {
  const doc = runPipeline(createDoc('q', text, { published }), [
    tokens(),
    sentences(),
    fakeActors(actors),
    quotes(options),
  ] as Stage[])
  const cut = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null)
  return layer(doc, 'quotes').map((q) => ({
    type: q.type,
    content: q.spans.map((s) => text.slice(s.start, s.end)),
    cue: cut(q.cue),
    speaker: q.speaker,
    speakerText: cut(q.speakerSpan),
    date: q.date,
  }))
}
