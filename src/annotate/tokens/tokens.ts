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

/**
 * wink's normal form and lemma of a token that is not a contraction depend only on its lexeme
 * (`its.uniqueId`, stable for the process: wink's lexicon only grows) and, for the lemma, its tag;
 * so each is computed once per lexeme (per tag) instead of once per token, which lemmatizing
 * every token of every article made the dearest part of this stage around wink's own work.
 * Arrays indexed by lexeme: the ids are dense, and a Map of that size costs more per look-up.
 */
const normalOfLexeme: Array<string | undefined> = []
/** By lexeme, its lemmas under the tags met so far, as [tag, lemma, tag, lemma, ...] (one or two tags mostly). */
const lemmasOfLexeme: Array<string[] | undefined> = []

/** Grows by pushing, never by writing far past the end, which would turn the array into a slow dictionary. */
function store<T>(table: Array<T | undefined>, index: number, value: T): void {
  while (table.length <= index) table.push(undefined)
  table[index] = value
}

function lemmaUnder(lemmas: readonly string[] | undefined, tag: string): string | undefined {
  if (lemmas) for (let k = 0; k < lemmas.length; k += 2) if (lemmas[k] === tag) return lemmas[k + 1]
  return undefined
}

/** Where `value` first occurs in `text` from `from`: mostly at once or after a space, so look there first. */
function offsetOf(text: string, value: string, from: number): number {
  const n = value.length
  for (let at = from; at < from + 3; at++) {
    let k = 0
    while (k < n && text.charCodeAt(at + k) === value.charCodeAt(k)) k++
    if (k === n && at + n <= text.length) return at
  }
  return text.indexOf(value, from)
}

/** Whether a token is all white space (`\s`); most tokens fail on their first character. */
function isSpace(value: string): boolean {
  const c = value.charCodeAt(0)
  return (c <= 0x20 || c === 0xa0 || c >= 0x1680) && /^\s+$/.test(value)
}

function tokenize(nlp: Nlp, text: string): Token[] {
  const its = nlp.its
  const wdoc = nlp.readDoc(text)
  const all = wdoc.tokens()
  const values = all.out() as string[]
  const tags = all.out(its.pos) as string[]
  const lexemes = all.out(its.uniqueId) as number[]
  const contractions = all.out(its.contractionFlag) as boolean[]
  const sentenceEnds = (wdoc.sentences().out(its.span) as unknown as Array<[number, number]>).map((s) => s[1])

  const out: Token[] = []
  let cursor = 0
  let sentence = 0
  let sentenceHasTokens = false
  let nextEnd = 0
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!
    const at = offsetOf(text, value, cursor)
    // wink keeps the text intact, so a miss means a normalised form; skip rather than guess.
    if (at >= 0) {
      cursor = at + value.length
      if (isSpace(value)) {
        if (value.includes('\n') && sentenceHasTokens) {
          sentence++
          sentenceHasTokens = false
        }
      } else {
        const tag = tags[i]!
        let norm: string | undefined
        let lemma: string | undefined
        if (contractions[i]) {
          // A contraction's parts carry their own normal form and lemma ("n't" -> "not").
          const item = all.itemAt(i)
          norm = item.out(its.normal) as string
          // biome-ignore lint/suspicious/noExplicitAny: wink types its.lemma with an addons-only signature
          lemma = item.out(its.lemma as any) as string
        } else {
          const lexeme = lexemes[i]!
          norm = normalOfLexeme[lexeme]
          if (norm === undefined) {
            norm = all.itemAt(i).out(its.normal) as string
            store(normalOfLexeme, lexeme, norm)
          }
          const lemmas = lemmasOfLexeme[lexeme]
          lemma = lemmaUnder(lemmas, tag)
          if (lemma === undefined) {
            // biome-ignore lint/suspicious/noExplicitAny: as above
            lemma = all.itemAt(i).out(its.lemma as any) as string
            if (lemmas) lemmas.push(tag, lemma)
            else store(lemmasOfLexeme, lexeme, [tag, lemma])
          }
        }
        out.push({
          start: at,
          end: at + value.length,
          pos: tag ?? 'X',
          norm: norm ?? value.toLowerCase(),
          lemma: lemma ?? value.toLowerCase(),
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
