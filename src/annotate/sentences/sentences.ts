/**
 * The `sentences` stage: one sentence per run of tokens that share a sentence index, spanning
 * from the first token's start to the last token's end. `paragraph` counts blank-line or
 * line-break separated blocks, since news text puts one paragraph on a line.
 */
import { type Doc, layer, type Sentence } from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'

export type SentencesOptions = Record<string, never>

export function sentences(_options: SentencesOptions = {}): Stage<'sentences'> {
  return {
    name: 'sentences',
    requires: ['tokens'],
    run: (doc: Doc) => ({ annotations: groupSentences(doc) }),
  }
}

function groupSentences(doc: Doc): Sentence[] {
  const out: Sentence[] = []
  let paragraph = 0
  let previousEnd = 0
  let start = -1
  let end = -1
  let current = -1
  const flush = () => {
    if (start < 0) return
    if (out.length > 0 && doc.text.slice(previousEnd, start).includes('\n')) paragraph++
    out.push({ start, end, paragraph })
    previousEnd = end
  }
  for (const token of layer(doc, 'tokens')) {
    if (token.sentence !== current) {
      flush()
      current = token.sentence
      start = token.start
    }
    end = token.end
  }
  flush()
  return out
}
