/**
 * The `tokens` stage: wink-nlp's English model tokenizes and tags; we keep each token's
 * offsets into the frozen text and the sentence it belongs to. Sentence breaks come from
 * wink's boundary detection (it respects abbreviations such as "Gen." and "U.S." and keeps
 * a closing quote with its sentence), plus every line break: a line of a news text is never
 * continued on the next one (headlines, datelines and paragraphs end without a full stop).
 */

import model from 'wink-eng-lite-web-model'
import winkNLP from 'wink-nlp'
import type { Doc, Token } from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'

export type TokensOptions = Record<string, never>

type Nlp = ReturnType<typeof winkNLP>
let shared: Nlp | undefined
/** Loading the model takes ~150 ms, so every pipeline in the process shares one instance. */
function englishModel(): Nlp {
  shared ??= winkNLP(model, ['sbd', 'pos'])
  return shared
}

export function tokens(_options: TokensOptions = {}): Stage<'tokens'> {
  const nlp = englishModel()
  return {
    name: 'tokens',
    requires: [],
    run: (doc: Doc) => ({ annotations: tokenize(nlp, doc.text) }),
  }
}

function tokenize(nlp: Nlp, text: string): Token[] {
  const its = nlp.its
  const wdoc = nlp.readDoc(text)
  const values = wdoc.tokens().out() as string[]
  const tags = wdoc.tokens().out(its.pos) as string[]
  // biome-ignore lint/suspicious/noExplicitAny: wink types its.lemma with an addons-only signature
  const lemmas = wdoc.tokens().out(its.lemma as any) as string[]
  const normals = wdoc.tokens().out(its.normal) as string[]
  const sentenceEnds = (wdoc.sentences().out(its.span) as unknown as Array<[number, number]>).map((s) => s[1])

  const out: Token[] = []
  let cursor = 0
  let sentence = 0
  let sentenceHasTokens = false
  let nextEnd = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const at = text.indexOf(value, cursor)
    // wink keeps the text intact, so a miss means a normalised form; skip rather than guess.
    if (at >= 0) {
      cursor = at + value.length
      if (/^\s+$/.test(value)) {
        if (value.includes('\n') && sentenceHasTokens) {
          sentence++
          sentenceHasTokens = false
        }
      } else {
        out.push({
          start: at,
          end: at + value.length,
          pos: tags[i] ?? 'X',
          norm: normals[i] ?? value.toLowerCase(),
          lemma: lemmas[i] ?? value.toLowerCase(),
          sentence,
        })
        sentenceHasTokens = true
      }
    }
    while (nextEnd < sentenceEnds.length && sentenceEnds[nextEnd]! < i) nextEnd++
    if (sentenceEnds[nextEnd] === i && sentenceHasTokens) {
      sentence++
      sentenceHasTokens = false
      nextEnd++
    }
  }
  return out
}
