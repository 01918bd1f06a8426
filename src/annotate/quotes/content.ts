/**
 * Where reported content starts and ends inside a unit: adjuncts between a cue and its
 * content, what counts as a reported clause, and where the clause stops. Shared by the
 * attribution rules (`attributions.ts`).
 */
import { firstStartingAt, type Token } from '../../doc/index.ts'
import { CLAUSE_OPENERS, POSITION_NOUNS, SPEECH_VERBS, TIME_WORDS } from './lexicon.ts'
import { chunkRight, isComma } from './phrases.ts'
import type { QuoteSegment } from './quote-marks.ts'

export interface UnitContext {
  readonly text: string
  readonly toks: readonly Token[]
  readonly quoteOf: Int32Array
  readonly segments: readonly QuoteSegment[]
  /** 1 where a token may start a cue (`mayStartCue`): the cue search looks at these only. */
  readonly cueCandidates: Uint8Array
}

const SIDE_OPENERS = new Set(['who', 'which', 'whose', 'however', 'although', 'though', 'while', 'as', 'but'])
const CONTRAST_OPENERS = new Set(['though', 'although', 'whereas', 'compared'])
const RELATIVES = new Set(['who', 'which', 'whose', 'whom'])
const SUBJECT_START = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'])
/**
 * A finite-verb tag. Tag tests are comparisons rather than Set lookups: the content rules run
 * them on every token they walk, and a string Set lookup costs several comparisons.
 */
export function finiteTag(pos: string | undefined): boolean {
  return pos === 'VERB' || pos === 'AUX'
}
const SENTENCE_END = new Set(['.', '?', '!'])
const UPPER_START = /^\p{Lu}/u
const DASHES = new Set(['—', '–', '-', '--'])
const ADVERBIAL_OPENERS = new Set(['when', 'where'])
const QUESTION_CUES = new Set([
  'ask',
  'wonder',
  'explain',
  'reveal',
  'disclose',
  'tell',
  'recall',
  'describe',
])
const OBJECT_PRONOUNS = new Set(['it', 'this', 'so', 'that'])

/** The index of the first token starting at or after `offset`. */
export function tokenAt(toks: readonly Token[], offset: number): number {
  return firstStartingAt(toks, offset)
}

export function isClosingQuote(ctx: UnitContext, i: number): boolean {
  const q = ctx.quoteOf[i]!
  return q >= 0 && ctx.segments[q]!.end === ctx.toks[i]!.end
}

/** A closing mark with a comma inside it: ',”', or ",''" in two apostrophe tokens. */
export function commaInClose(ctx: UnitContext, i: number): boolean {
  if (!isClosingQuote(ctx, i)) return false
  const k = ctx.toks[i]!.norm === "'" && ctx.toks[i - 1]?.norm === "'" ? i - 1 : i
  return isComma(ctx.toks[k - 1])
}

/** A token that can end the content before a postposed attribution. */
export function isBoundary(ctx: UnitContext, i: number): boolean {
  const t = ctx.toks[i]
  if (!t) return false
  return isComma(t) || t.norm === ':' || DASHES.has(t.norm) || isClosingQuote(ctx, i)
}

/** The end of "his position" in "his position that …" (the index of "that"), or -1. */
export function positionPhraseEnd(toks: readonly Token[], r: number, hi: number): number {
  const end = chunkRight(toks, r, hi)
  if (end <= r || toks[end]?.norm !== 'that') return -1
  return POSITION_NOUNS.has(toks[end - 1]!.lemma) ? end : -1
}

/** Content before a cue must say something: a quote, or words with a verb ("In an interview, he said:" has none). */
export function isStatement(ctx: UnitContext, first: number, end: number): boolean {
  // A quote counts when it holds most of the words ("“…,” he said"), not a title inside an
  // introductory phrase ("On Sunday’s “Morning Hour,” he said").
  let quoted = 0
  for (let i = first; i < end; i++) {
    if (ctx.quoteOf[i]! >= 0) quoted++
    else if (verbLike(ctx.toks, i)) return true
  }
  return quoted * 2 > end - first
}

/** The first quote mark right after a colon before any other cue, or null. */
export function quoteAfterColon(
  ctx: UnitContext,
  r: number,
  hi: number,
  cueStarts: ReadonlySet<number>,
): number | null {
  for (let i = r; i + 1 < hi; i++) {
    if (ctx.quoteOf[i]! >= 0 || cueStarts.has(i)) return null
    if (ctx.toks[i]!.norm === ':') return ctx.quoteOf[i + 1]! >= 0 ? i + 1 : null
  }
  return null
}

export function skipPunct(toks: readonly Token[], r: number, hi: number): number {
  while (r < hi && (isComma(toks[r]) || toks[r]!.norm === ':')) r++
  return r
}

/** Skips commas, time words, adverbs and prepositional phrases between a cue and its content. */
export function skipAdjuncts(
  ctx: UnitContext,
  r: number,
  hi: number,
  cueStarts: ReadonlySet<number>,
): number {
  const { toks } = ctx
  while (r < hi) {
    if (ctx.quoteOf[r]! >= 0 || cueStarts.has(r)) return r
    const t = toks[r]!
    if (isComma(t) || t.norm === ':' || DASHES.has(t.norm)) {
      r++
      continue
    }
    if (
      TIME_WORDS.has(t.norm) &&
      t.pos !== 'PRON' &&
      !(t.norm === 'this' && !TIME_WORDS.has(toks[r + 1]?.norm ?? ''))
    ) {
      r++
      continue
    }
    // "said just because …": an adverb before a subordinator opens the clause.
    if (t.pos === 'ADV' && !CLAUSE_OPENERS.has(t.norm) && toks[r + 1]?.pos !== 'SCONJ') {
      r++
      continue
    }
    if (t.pos === 'ADP' && !CLAUSE_OPENERS.has(t.norm)) {
      const np = chunkRight(toks, r + 1, hi)
      if (np > r + 1) {
        r = titleEnd(ctx, np, hi)
        continue
      }
    }
    return r
  }
  return r
}

const GENITIVES = new Set(["'s", '’s'])
const TITLE_WORDS = 4

/**
 * "on Fox News’s “Hannity,”", "in the “Daily Brief”": a short quoted title that ends a
 * prepositional phrase is part of it. Returns the index after the title, or `r`.
 */
function titleEnd(ctx: UnitContext, r: number, hi: number): number {
  const q = ctx.quoteOf[r]!
  if (q < 0 || r === 0) return r
  let e = r
  while (e < hi && ctx.quoteOf[e] === q) e++
  let words = 0
  for (let i = r; i < e; i++) if (ctx.toks[i]!.pos !== 'PUNCT') words++
  const title = UPPER_START.test(
    ctx.text.slice(ctx.toks[r + 1]?.start ?? 0, (ctx.toks[r + 1]?.start ?? 0) + 1),
  )
  return GENITIVES.has(ctx.toks[r - 1]!.norm) || (title && words <= TITLE_WORDS) ? e : r
}

/** Whether the words at `r` are a reported clause: "that …", a quote, or words with a verb. */
export function startsClause(
  ctx: UnitContext,
  r: number,
  hi: number,
  cueStarts: ReadonlySet<number>,
  lemma: string,
): boolean {
  const { toks } = ctx
  const t = toks[r]!
  if (cueStarts.has(r)) return false
  // "said when she resigned": a time clause, unless the verb asks or explains.
  if (ADVERBIAL_OPENERS.has(t.norm) && !QUESTION_CUES.has(lemma)) return false
  if (CLAUSE_OPENERS.has(t.norm) || ctx.quoteOf[r]! >= 0) return true
  // "said it over and over": a pronoun object, not the subject of a clause.
  if (OBJECT_PRONOUNS.has(t.norm) && !finiteTag(toks[skipAdverbsRight(toks, r + 1, hi)]?.pos)) return false
  // "said as she left": an adverbial clause, not what was said.
  if (RELATIVES.has(t.norm) || t.pos === 'SCONJ') return false
  if (t.pos === 'PUNCT') return false
  // "said in posing the question": a preposition with a gerund is an adjunct.
  if (t.pos === 'ADP' && toks[r + 1]?.pos === 'VERB' && toks[r + 1]!.norm.endsWith('ing')) return false
  for (let i = r; i < hi; i++) {
    if (ctx.quoteOf[i]! >= 0) return true
    if (cueStarts.has(i) && isComma(toks[i - 1])) return false
    if (verbLike(toks, i)) return true
  }
  return false
}

function skipAdverbsRight(toks: readonly Token[], r: number, hi: number): number {
  while (r < hi && toks[r]!.pos === 'ADV') r++
  return r
}

const NOUN_BEFORE_VERB = new Set(['NOUN', 'PROPN', 'PRON'])
const OBJECT_AFTER_VERB = new Set(['DET', 'PRON', 'PROPN', 'NUM'])

/**
 * A verb, or a verb the tagger read as a noun or adjective after its subject: "the family
 * deserved/NOUN better", "the treaty signals/NOUN the end".
 */
export function verbLike(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!
  if (finiteTag(t.pos)) return true
  if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !NOUN_BEFORE_VERB.has(toks[i - 1]?.pos ?? '')) return false
  if (t.norm.endsWith('ed')) return t.pos === 'NOUN' || toks[i - 1]!.pos !== 'PRON'
  return t.pos === 'NOUN' && t.norm.endsWith('s') && OBJECT_AFTER_VERB.has(toks[i + 1]?.pos ?? '')
}

export function hasComma(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isComma(toks[i])) return true
  return false
}

/** After a comma, content starts with a quote, "that", or a subject; anything else is a side clause. */
export function isSideClause(ctx: UnitContext, r: number): boolean {
  const t = ctx.toks[r]!
  if (ctx.quoteOf[r]! >= 0 || t.norm === 'that') return false
  if (SIDE_OPENERS.has(t.norm)) return true
  return !SUBJECT_START.has(t.pos)
}

export function endsWithColon(toks: readonly Token[], from: number, hi: number): boolean {
  for (let i = hi - 1; i >= from; i--) {
    if (toks[i]!.norm === ':') return true
    if (toks[i]!.pos !== 'PUNCT') return false
  }
  return false
}

/** The end (exclusive) of content running to `hi`, without trailing punctuation outside quotes. */
export function trimEnd(ctx: UnitContext, r: number, hi: number): number {
  let e = clauseEnd(ctx, r, hi)
  while (e > r && ctx.toks[e - 1]!.pos === 'PUNCT' && ctx.quoteOf[e - 1]! < 0) e--
  return e
}

/**
 * Where reported content that starts at `r` ends: at a sentence break outside quotes, before a
 * second predicate of the speaker ("… and calls her …", "… but did not say …"), or before a
 * coordinated clause with a subject of its own after a comma ("…, and he railed …"). Other
 * commas stay inside: on PolNeAR, cutting at side clauses did not help.
 */
export function clauseEnd(ctx: UnitContext, r: number, hi: number): number {
  const { toks, quoteOf } = ctx
  // Whether the content has a verb of its own yet: "called her “rude” and left" has none.
  let verb = finiteTag(toks[r]!.pos) && quoteOf[r]! < 0
  for (let i = r + 1; i < hi; i++) {
    if (quoteOf[i]! >= 0) continue
    const t = toks[i]!
    const p = toks[i - 1]!
    if (t.sentence !== p.sentence && (quoteOf[i - 1]! < 0 || isClosingQuote(ctx, i - 1))) return i
    // "… wrote: ''… hordes.'' Ruiz posted: …": the tagger put the sentence break before the
    // closing mark; a capitalised word after a quote that ends a sentence starts a new one.
    if (
      isClosingQuote(ctx, i - 1) &&
      endsSentence(toks, i - 1) &&
      UPPER_START.test(ctx.text.slice(t.start, t.start + 1))
    )
      return i
    // "… and added …", "… but did not say …": a second attribution by the speaker. Other
    // coordinated predicates ("… and talked about …") stay inside the content.
    if (t.pos === 'CCONJ' && i > r + 1 && quoteOf[i + 1]! < 0) {
      if ((speechAfter(toks, i + 1) && !bareVerbs(p, toks[i + 1]!)) || (!verb && finiteTag(toks[i + 1]?.pos)))
        return i
    }
    if (finiteTag(t.pos)) verb = true
    // "…, which Ruiz said would …": a relative clause that reports someone else's words is their
    // attribution, not this one's content
    if (i > r + 1 && isComma(p) && (t.norm === 'which' || t.norm === 'who') && reportsWithin(toks, i + 1))
      return i - 1
    // "…, though they blame …", "…, compared with …": a contrast after a comma.
    if (i > r + 1 && isComma(p) && quoteOf[i - 1]! < 0 && CONTRAST_OPENERS.has(t.norm)) return i - 1
    // "…, and he railed against …", "… — and he noted …": a new clause with its own subject
    // after a comma or a dash.
    if (
      i > r + 1 &&
      t.pos === 'CCONJ' &&
      (isComma(p) || DASHES.has(p.norm)) &&
      quoteOf[i - 1]! < 0 &&
      SUBJECT_START.has(toks[i + 1]?.pos ?? '')
    )
      return i - 1
  }
  return hi
}

/** Whether the quote closed at `close` ('.”', or ".''" in two apostrophe tokens) ends a sentence. */
function endsSentence(toks: readonly Token[], close: number): boolean {
  const k = toks[close]!.norm === "'" && toks[close - 1]?.norm === "'" ? close - 1 : close
  return SENTENCE_END.has(toks[k - 1]?.norm ?? '')
}

/** Skips leading conjunctions and punctuation (but not an opening quote mark). */
export function skipLeading(ctx: UnitContext, start: number, end: number): number {
  let s = skipDateline(ctx.toks, start, end)
  while (s < end) {
    const t = ctx.toks[s]!
    if (ctx.quoteOf[s]! >= 0) break
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') s++
    else break
  }
  return s
}

/** "WASHINGTON (AP) — …": a dateline before the first dash of a unit is not content. */
export function skipDateline(toks: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end && i - start < 8; i++) {
    const t = toks[i]!
    if (DASHES.has(t.norm)) return i > start ? i + 1 : start
    if (t.pos !== 'PROPN' && t.pos !== 'PUNCT' && t.pos !== 'NUM') return start
  }
  return start
}

/**
 * "which [Ruiz|officials|he|the president on Friday] [has] said": a short subject (and a time phrase)
 * right after the relative word, then a speech verb.
 */
function reportsWithin(toks: readonly Token[], k: number): boolean {
  let subject = false
  for (let j = k; j < k + 6 && j < toks.length; j++) {
    const t = toks[j]!
    if (t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NOUN') subject = true
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'ADP')
      return subject && speechAfter(toks, j)
  }
  return false
}

/**
 * "… a proposal that does not guarantee or confirm …": two bare verbs under one auxiliary are one
 * predicate of the content, not a second attribution ("… and confirmed …").
 */
function bareVerbs(before: Token, after: Token): boolean {
  return (
    before.pos === 'VERB' &&
    before.norm === before.lemma &&
    after.pos === 'VERB' &&
    after.norm === after.lemma
  )
}

/** Whether the predicate starting at `k` (after auxiliaries and adverbs) is a speech verb. */
function speechAfter(toks: readonly Token[], k: number): boolean {
  while (k < toks.length && (toks[k]!.pos === 'AUX' || toks[k]!.pos === 'ADV' || toks[k]!.pos === 'PART')) k++
  const t = toks[k]
  return t !== undefined && SPEECH_VERBS.has(t.lemma)
}
