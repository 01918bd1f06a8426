/**
 * Attribution units: the stretches of tokens inside which a cue looks for its speaker and
 * content. A unit is a sentence, except that a quote never straddles two units (the tagger
 * splits "“We will stop. This ends,” he said." after "stop."), a sentence that starts in lower
 * case continues the one before ("“Stop!” he said."), and a short attribution sentence after a
 * closing quote mark joins it ("“It ends.” Ruiz said on Tuesday.").
 */
import { firstStartingAt, type Sentence, type Token } from '../../doc/index.ts'
import type { QuoteSegment } from './quote-marks.ts'

export interface Unit {
  /** First token index. */
  readonly first: number
  /** Token index after the last. */
  readonly end: number
  readonly paragraph: number
}

/** Index of the quote segment holding each token, or -1. Both lists are in text order. */
export function quoteIndexOfTokens(toks: readonly Token[], segments: readonly QuoteSegment[]): Int32Array {
  const out = new Int32Array(toks.length).fill(-1)
  // From each segment's first token on, not over all tokens: most tokens are outside quotes.
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!
    for (let i = firstStartingAt(toks, seg.start); i < toks.length && toks[i]!.end <= seg.end; i++) out[i] = s
  }
  return out
}

const LOWER_START = /^\p{Ll}/u
const INITIAL = /^\p{Lu}\./u
const SHORT_TAIL = 14
const CONTINUING_PUNCT = new Set([',', ';', ')'])
const PAREN_REACH = 10
const CLAUSE_START = new Set(['that', 'he', 'she', 'they', 'it', 'we', 'i', 'there'])

/**
 * The units of the tokens; `sentenceStarts` are the indices of the tokens that start a sentence
 * (the first token excepted), in order.
 */
export function buildUnits(
  text: string,
  toks: readonly Token[],
  sentences: readonly Sentence[],
  sentenceStarts: readonly number[],
  quoteOf: Int32Array,
  segments: readonly QuoteSegment[],
  isCue: (i: number) => boolean,
): Unit[] {
  const units: Unit[] = []
  if (toks.length === 0) return units
  let first = 0
  const paragraphOf = (i: number) => sentences[toks[i]!.sentence]?.paragraph ?? 0
  // Paragraphs are made of sentences: only a sentence start can start a unit.
  for (const i of sentenceStarts) {
    if (!startsUnit(i)) continue
    units.push({ first, end: i, paragraph: paragraphOf(first) })
    first = i
  }
  units.push({ first, end: toks.length, paragraph: paragraphOf(first) })
  return units

  function startsUnit(i: number): boolean {
    const t = toks[i]!
    const p = toks[i - 1]!
    if (paragraphOf(i) !== paragraphOf(i - 1)) return true
    if (insideParen(toks, i)) return false
    if (quoteOf[i]! >= 0 && quoteOf[i] === quoteOf[i - 1]) return false
    if (LOWER_START.test(text.slice(t.start, t.start + 1))) return false
    // ", speaking to the crowd, said …" after "(D-Ill.)": no sentence opens with a comma.
    if (CONTINUING_PUNCT.has(t.norm) && quoteOf[i]! < 0) return false
    // "R-N.|Y.": a break with no space after a period, between the letters of an abbreviation.
    if (p.norm === '.' && t.start === p.end && INITIAL.test(text.slice(t.start, t.start + 2))) return false
    const q = quoteOf[i - 1]!
    if (q >= 0 && segments[q]!.end === p.end && shortAttribution(i)) return false
    return true
  }

  /** A sentence of a few tokens, outside quotes, with a cue: "Ruiz said on Tuesday." */
  function shortAttribution(i: number): boolean {
    const sentence = toks[i]!.sentence
    let cue = false
    let n = 0
    for (let j = i; j < toks.length && toks[j]!.sentence === sentence; j++) {
      if (++n > SHORT_TAIL || quoteOf[j]! >= 0) return false
      // "Ruiz says he is not sure.": a clause of its own after the cue is a new statement.
      if (isCue(j)) {
        cue = true
        if (CLAUSE_START.has(toks[j + 1]?.norm ?? '')) return false
      }
    }
    return cue
  }
}

/**
 * Whether token `i` follows a "(" of the last `PAREN_REACH` tokens that no ")" closed: a sentence
 * break inside a parenthesis ("(R-S.C.)") is the tagger's. Read back from `i` at sentence breaks
 * only, rather than tracked over every token.
 */
function insideParen(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= PAREN_REACH; k--) {
    const norm = toks[k]!.norm
    if (norm === ')') return false
    if (norm === '(') return true
  }
  return false
}
