/**
 * Attributions inside one unit: every cue (a speech or cognition verb, "according to") gets a
 * speaker and a content. The content follows the cue ("said [that …]", "told reporters [that
 * …]", "said: [“…”]") or precedes it ("[“…,”] he said", "[…], according to officials"); a quote
 * split by its attribution ("“…,” he said, “…”") keeps both parts. Coordinated attributions
 * ("…, adding that …", "…, but Ruiz said …") end the content before them; nested ones ("said
 * that Ruiz believes …") do not.
 */
import type { Span, Token } from '../../doc/index.ts'
import {
  CLAUSE_OPENERS,
  COGNITION_VERBS,
  LISTENER_VERBS,
  OBJECT_CONTENT_VERBS,
  POSITION_NOUNS,
  SPEECH_VERBS,
  TIME_WORDS,
} from './lexicon.ts'
import {
  chunkLeft,
  chunkRight,
  isComma,
  skipLeftModifiers,
  subjectAfter,
  subjectBefore,
  type TokenRange,
} from './phrases.ts'
import type { QuoteSegment } from './quote-marks.ts'
import type { Unit } from './units.ts'

export interface Draft {
  readonly cue: TokenRange
  readonly speaker: TokenRange | null
  readonly spans: Span[]
  readonly unit: number
  readonly speech: boolean
  /** The content comes after the cue. */
  readonly after: boolean
  /** "He said:" at the end of a unit: the content is the quote that follows. */
  readonly awaitsQuote: boolean
}

export interface UnitContext {
  readonly text: string
  readonly toks: readonly Token[]
  readonly quoteOf: Int32Array
  readonly segments: readonly QuoteSegment[]
  readonly cognition: boolean
}

interface Cue extends TokenRange {
  readonly kind: 'speech' | 'cognition' | 'according'
  readonly lemma: string
}

const SIDE_OPENERS = new Set(['who', 'which', 'whose', 'however', 'although', 'though', 'while', 'as', 'but'])
const QUOTE_ONLY_CUES = new Set(['continue'])
const POSSESSIVE_BEFORE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s'])
const ADJECTIVAL_BEFORE = new Set(['DET', 'ADJ', 'NUM'])
const RELATIVES = new Set(['who', 'which', 'whose', 'whom'])
const SUBJECT_START = new Set(['PRON', 'PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'])
const FINITE = new Set(['VERB', 'AUX'])
const PASSIVE_AUX = new Set(['be', 'get'])
const DASHES = new Set(['—', '–', '-', '--'])

/** The cue kind a token starts, if any. */
export function cueKind(toks: readonly Token[], i: number, cognition: boolean): Cue['kind'] | null {
  const t = toks[i]!
  if (t.norm === 'according' && toks[i + 1]?.norm === 'to') return 'according'
  const verbal = t.pos === 'VERB' || ((t.norm === 'says' || t.norm === 'said') && t.pos !== 'ADJ')
  if (!verbal) return null
  const speech = SPEECH_VERBS.has(t.lemma)
  if (!speech && !(cognition && COGNITION_VERBS.has(t.lemma))) return null
  const prev = toks[i - 1]
  if (prev?.norm === 'to' || prev?.norm === '-' || prev?.norm === 'what') return null
  // A participle used as an adjective: "pledged delegates", "the well known".
  if (t.norm.endsWith('ed') || t.norm === 'known') {
    if (t.norm === 'known' || ADJECTIVAL_BEFORE.has(prev?.pos ?? '') || toks[i + 1]?.pos === 'NOUN')
      return null
  }
  if (toks[skipAdverbs(toks, i - 1)]?.norm === 'what') return null
  // A noun the tagger took for a verb: "the calls", "his repeated calls", "Trump’s calls".
  if (prev && isDeterminer(prev)) return null
  const modifier = prev && (prev.pos === 'ADJ' || (prev.pos === 'VERB' && prev.norm.endsWith('ed')))
  if (modifier && toks[i - 2] && isDeterminer(toks[i - 2]!)) return null
  const aux = toks[skipAdverbs(toks, i - 1)]
  if (aux && aux.pos === 'AUX' && PASSIVE_AUX.has(aux.lemma) && !t.norm.endsWith('ing')) return null
  return speech ? 'speech' : 'cognition'
}

function isDeterminer(t: Token): boolean {
  return t.pos === 'DET' || POSSESSIVE_BEFORE.has(t.norm)
}

function skipAdverbs(toks: readonly Token[], j: number): number {
  while (j >= 0 && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--
  return j
}

export function findCues(ctx: UnitContext, unit: Unit): Cue[] {
  const out: Cue[] = []
  for (let i = unit.first; i < unit.end; i++) {
    if (ctx.quoteOf[i]! >= 0) continue
    const kind = cueKind(ctx.toks, i, ctx.cognition)
    if (!kind) continue
    const end = kind === 'according' ? i + 2 : i + 1
    out.push({ first: i, end, kind, lemma: ctx.toks[i]!.lemma })
    i = end - 1
  }
  return out
}

/** Every attribution of one unit, in cue order. */
export function attributeUnit(ctx: UnitContext, unit: Unit, unitIndex: number): Draft[] {
  const cues = findCues(ctx, unit)
  if (cues.length === 0) return []
  const cueStarts = new Set(cues.map((c) => c.first))
  const drafts: Draft[] = []
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!
    const lo = clauseStartFor(ctx, unit, drafts, cue.first)
    const draft =
      cue.kind === 'according'
        ? according(ctx, unit, unitIndex, cue, lo)
        : verbal(ctx, unit, unitIndex, cue, lo, cueStarts, drafts[drafts.length - 1])
    // "continued" reports speech only around a quotation ("he continued: “…”").
    if (draft && QUOTE_ONLY_CUES.has(cue.lemma) && !draft.awaitsQuote && !hasQuote(ctx, draft)) continue
    // Truncated at once, so that a later cue knows whether it is nested in this content.
    if (draft) drafts.push(truncateAtNext(ctx, draft, cues))
  }
  return drafts
}

function hasQuote(ctx: UnitContext, d: Draft): boolean {
  return d.spans.some((s) => ctx.segments.some((g) => g.start < s.end && s.start < g.end))
}

/**
 * Where the clause of a cue starts: after the attributions before it, or, for a cue nested in
 * an earlier content ("said that Ruiz believes …"), at the start of that content.
 */
function clauseStartFor(ctx: UnitContext, unit: Unit, drafts: readonly Draft[], cue: number): number {
  let lo = unit.first
  const at = ctx.toks[cue]!.start
  for (const d of drafts) {
    const last = lastTokenOf(ctx, d)
    if (last < cue) {
      lo = Math.max(lo, last + 1)
      continue
    }
    const holder = d.spans.find((s) => s.start <= at && at < s.end)
    if (holder) lo = Math.max(lo, tokenAt(ctx.toks, holder.start))
  }
  return lo
}

/** The index of the first token starting at or after `offset`. */
export function tokenAt(toks: readonly Token[], offset: number): number {
  let a = 0
  let b = toks.length
  while (a < b) {
    const m = (a + b) >> 1
    if (toks[m]!.start < offset) a = m + 1
    else b = m
  }
  return a
}

function lastTokenOf(ctx: UnitContext, d: Draft): number {
  let last = d.cue.end - 1
  if (d.speaker) last = Math.max(last, d.speaker.end - 1)
  const contentEnd = d.spans[d.spans.length - 1]?.end ?? 0
  for (let i = last + 1; i < ctx.toks.length && ctx.toks[i]!.end <= contentEnd; i++) last = i
  return last
}

function isClosingQuote(ctx: UnitContext, i: number): boolean {
  const q = ctx.quoteOf[i]!
  return q >= 0 && ctx.segments[q]!.end === ctx.toks[i]!.end
}

/** A token that can end the content before a postposed attribution. */
function isBoundary(ctx: UnitContext, i: number): boolean {
  const t = ctx.toks[i]
  if (!t) return false
  return isComma(t) || t.norm === ':' || DASHES.has(t.norm) || isClosingQuote(ctx, i)
}

function verbal(
  ctx: UnitContext,
  unit: Unit,
  unitIndex: number,
  cue: Cue,
  clauseStart: number,
  cueStarts: ReadonlySet<number>,
  previous: Draft | undefined,
): Draft | null {
  const { toks } = ctx
  const lo = clauseStart
  const hi = unit.end
  const participle = toks[cue.first]!.norm.endsWith('ing')
  let speaker = participle ? null : subjectBefore(toks, cue.first, lo)
  let attributionStart = speaker ? speaker.first : cue.first
  let afterStart = cue.end
  if (!speaker && !participle) {
    const j = skipLeftModifiers(toks, cue.first - 1, lo)
    if (j < lo || isBoundary(ctx, j)) {
      speaker = subjectAfter(toks, cue.end, hi)
      // "…, said he was worried": a phrase followed by a verb is the subject of the content.
      if (speaker && FINITE.has(toks[speaker.end]?.pos ?? '')) speaker = null
      if (speaker) afterStart = speaker.end
    }
  }
  if (participle) speaker = previous?.speaker ?? mainSubject(ctx, lo, cue.first) ?? firstSubject(ctx, unit)
  else if (speaker === null && isCoordinated(toks, cue.first, lo))
    // "Trump doubled down on his comments and said …": the subject of the first verb.
    speaker = previous?.speaker ?? mainSubject(ctx, lo, cue.first)

  // Content after the cue.
  let r = afterStart
  if (LISTENER_VERBS.has(cue.lemma) && afterStart === cue.end && r < hi) {
    const t = toks[r]!
    if (!CLAUSE_OPENERS.has(t.norm) && ctx.quoteOf[r]! < 0 && t.pos !== 'PUNCT')
      r = Math.max(r, chunkRight(toks, r, hi))
  }
  // "reaffirmed his position that …": the stated-view noun phrase belongs to the cue.
  let cueEnd = cue.end
  const view = afterStart === cue.end ? positionPhraseEnd(toks, r, hi) : -1
  if (view > r) {
    cueEnd = view
    r = view
  }
  const objectStart = skipPunct(toks, r, hi)
  r = skipAdjuncts(ctx, r, hi, cueStarts)
  // "told Le Monde in an interview published on Wednesday: “…”": the quote after the colon.
  if (r < hi && ctx.quoteOf[r]! < 0 && !CLAUSE_OPENERS.has(toks[r]!.norm))
    r = quoteAfterColon(ctx, r, hi, cueStarts) ?? r
  const crossedComma = hasComma(toks, afterStart, r)
  const clause = r < hi && startsClause(ctx, r, hi, cueStarts) && !(crossedComma && isSideClause(ctx, r))
  const colonEnd = r >= hi - 1 && endsWithColon(toks, afterStart, hi)

  // Content before the cue (postposed attribution).
  let before: Span | null = null
  const b = skipLeftModifiers(toks, attributionStart - 1, lo)
  if (b >= lo && isBoundary(ctx, b)) {
    const end = isClosingQuote(ctx, b) ? b : b - 1
    const start = skipLeading(ctx, lo, end)
    if (end - start >= 1 && isStatement(ctx, start, end + 1))
      before = { start: toks[start]!.start, end: toks[end]!.end }
  }
  if (speaker === null && !participle && before === null && !clause) return null
  attributionStart = Math.min(attributionStart, speaker?.first ?? attributionStart)

  const base = {
    cue: { first: cue.first, end: cueEnd },
    speaker,
    unit: unitIndex,
    speech: cue.kind === 'speech',
  }
  if (clause) {
    const end = trimEnd(ctx, r, hi)
    if (end <= r) return null
    const after: Span = { start: toks[r]!.start, end: toks[end - 1]!.end }
    // A quote split by its attribution, or a parenthetical one: "…, he said, …".
    const split = before && (ctx.quoteOf[r]! >= 0 || crossedComma)
    return { ...base, spans: split && before ? [before, after] : [after], after: true, awaitsQuote: false }
  }
  if (colonEnd && speaker) return { ...base, spans: [], after: true, awaitsQuote: true }
  if (before) return { ...base, spans: [before], after: false, awaitsQuote: false }
  if (OBJECT_CONTENT_VERBS.has(cue.lemma) && objectStart < hi && speaker) {
    const end = trimEnd(ctx, objectStart, hi)
    if (end > objectStart && !cueStarts.has(objectStart)) {
      return {
        ...base,
        spans: [{ start: toks[objectStart]!.start, end: toks[end - 1]!.end }],
        after: true,
        awaitsQuote: false,
      }
    }
  }
  return null
}

/** "According to NP, content" and "content, according to NP". */
function according(ctx: UnitContext, unit: Unit, unitIndex: number, cue: Cue, lo: number): Draft | null {
  const { toks } = ctx
  const hi = unit.end
  const speaker = subjectAfter(toks, cue.end, hi)
  if (!speaker) return null
  const base = { cue: { first: cue.first, end: cue.end }, speaker, unit: unitIndex, speech: true }
  let before: Span | null = null
  const b = skipLeftModifiers(toks, cue.first - 1, lo)
  if (b >= lo && isBoundary(ctx, b)) {
    const end = isClosingQuote(ctx, b) ? b : b - 1
    const start = skipLeading(ctx, lo, end)
    if (end >= start) before = { start: toks[start]!.start, end: toks[end]!.end }
  }
  let after: Span | null = null
  if (isComma(toks[speaker.end])) {
    const r = skipPunct(toks, speaker.end, hi)
    const end = trimEnd(ctx, r, hi)
    if (end > r) after = { start: toks[r]!.start, end: toks[end - 1]!.end }
  }
  // "At the heart of it, according to two aides, was …": a parenthetical keeps both parts.
  const spans = before && after ? [before, after] : before ? [before] : after ? [after] : []
  if (spans.length === 0) return null
  return { ...base, spans, after: before === null, awaitsQuote: false }
}

/** The end of "his position" in "his position that …" (the index of "that"), or -1. */
function positionPhraseEnd(toks: readonly Token[], r: number, hi: number): number {
  const end = chunkRight(toks, r, hi)
  if (end <= r || toks[end]?.norm !== 'that') return -1
  return POSITION_NOUNS.has(toks[end - 1]!.lemma) ? end : -1
}

/** Content before a cue must say something: a quote, or words with a verb ("In an interview, he said:" has none). */
function isStatement(ctx: UnitContext, first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    if (ctx.quoteOf[i]! >= 0) return true
    const pos = ctx.toks[i]!.pos
    if (pos === 'VERB' || pos === 'AUX') return true
  }
  return false
}

/** The first quote mark right after a colon before any other cue, or null. */
function quoteAfterColon(
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

function skipPunct(toks: readonly Token[], r: number, hi: number): number {
  while (r < hi && (isComma(toks[r]) || toks[r]!.norm === ':')) r++
  return r
}

/** Skips commas, time words, adverbs and prepositional phrases between a cue and its content. */
function skipAdjuncts(ctx: UnitContext, r: number, hi: number, cueStarts: ReadonlySet<number>): number {
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
    if (t.pos === 'ADV' && !CLAUSE_OPENERS.has(t.norm)) {
      r++
      continue
    }
    if (t.pos === 'ADP' && !CLAUSE_OPENERS.has(t.norm)) {
      const np = chunkRight(toks, r + 1, hi)
      if (np > r + 1) {
        r = np
        continue
      }
    }
    return r
  }
  return r
}

/** Whether the words at `r` are a reported clause: "that …", a quote, or words with a verb. */
function startsClause(ctx: UnitContext, r: number, hi: number, cueStarts: ReadonlySet<number>): boolean {
  const { toks } = ctx
  const t = toks[r]!
  if (cueStarts.has(r)) return false
  if (CLAUSE_OPENERS.has(t.norm) || ctx.quoteOf[r]! >= 0) return true
  // "said as she left": an adverbial clause, not what was said.
  if (RELATIVES.has(t.norm) || t.pos === 'SCONJ') return false
  if (t.pos === 'PUNCT') return false
  for (let i = r; i < hi; i++) {
    if (ctx.quoteOf[i]! >= 0) return true
    const p = toks[i]!
    if (cueStarts.has(i) && isComma(toks[i - 1])) return false
    if (p.pos === 'VERB' || p.pos === 'AUX') return true
  }
  return false
}

function hasComma(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isComma(toks[i])) return true
  return false
}

/** After a comma, content starts with a quote, "that", or a subject; anything else is a side clause. */
function isSideClause(ctx: UnitContext, r: number): boolean {
  const t = ctx.toks[r]!
  if (ctx.quoteOf[r]! >= 0 || t.norm === 'that') return false
  if (SIDE_OPENERS.has(t.norm)) return true
  return !SUBJECT_START.has(t.pos)
}

function endsWithColon(toks: readonly Token[], from: number, hi: number): boolean {
  for (let i = hi - 1; i >= from; i--) {
    if (toks[i]!.norm === ':') return true
    if (toks[i]!.pos !== 'PUNCT') return false
  }
  return false
}

/** The end (exclusive) of content running to `hi`, without trailing punctuation outside quotes. */
function trimEnd(ctx: UnitContext, r: number, hi: number): number {
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
function clauseEnd(ctx: UnitContext, r: number, hi: number): number {
  const { toks, quoteOf } = ctx
  for (let i = r + 1; i < hi; i++) {
    if (quoteOf[i]! >= 0) continue
    const t = toks[i]!
    const p = toks[i - 1]!
    if (t.sentence !== p.sentence && quoteOf[i - 1]! < 0) return i
    if (t.pos === 'CCONJ' && i > r + 2 && quoteOf[i + 1]! < 0 && FINITE.has(toks[i + 1]?.pos ?? '')) return i
    // "…, and he railed against …": a new clause with its own subject after a comma.
    if (
      i > r + 1 &&
      isComma(p) &&
      quoteOf[i - 1]! < 0 &&
      t.pos === 'CCONJ' &&
      SUBJECT_START.has(toks[i + 1]?.pos ?? '')
    )
      return i - 1
  }
  return hi
}

/** Skips leading conjunctions and punctuation (but not an opening quote mark). */
function skipLeading(ctx: UnitContext, start: number, end: number): number {
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
function skipDateline(toks: readonly Token[], start: number, end: number): number {
  for (let i = start; i < end && i - start < 8; i++) {
    const t = toks[i]!
    if (DASHES.has(t.norm)) return i > start ? i + 1 : start
    if (t.pos !== 'PROPN' && t.pos !== 'PUNCT' && t.pos !== 'NUM') return start
  }
  return start
}

/** A cue in a second predicate: "… and said", "… but added". */
function isCoordinated(toks: readonly Token[], cue: number, lo: number): boolean {
  const j = skipLeftModifiers(toks, cue - 1, lo)
  return j >= lo && toks[j]!.pos === 'CCONJ'
}

/** The subject of the nearest finite verb before a participle cue: "Ruiz left, saying …" -> "Ruiz". */
function mainSubject(ctx: UnitContext, lo: number, cue: number): TokenRange | null {
  const { toks } = ctx
  for (let i = cue - 1; i >= lo; i--) {
    const t = toks[i]!
    if (ctx.quoteOf[i]! >= 0 || t.pos !== 'VERB' || t.norm.endsWith('ing')) continue
    if (toks[i - 1]?.norm === 'to') continue
    const subject = subjectBefore(toks, i, lo)
    if (subject) return subject
  }
  return null
}

/** The first noun phrase of a unit that is not inside a quote: the subject of its main clause. */
function firstSubject(ctx: UnitContext, unit: Unit): TokenRange | null {
  const { toks } = ctx
  for (let i = unit.first; i < unit.end; i++) {
    if (ctx.quoteOf[i]! >= 0) continue
    const t = toks[i]!
    if (t.pos === 'VERB' || t.pos === 'AUX') return null
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || (t.pos === 'PRON' && t.norm !== 'it')) {
      const end = t.pos === 'PRON' ? i + 1 : chunkRight(toks, i, unit.end)
      return { first: chunkLeft(toks, i, unit.first), end: Math.max(end, i + 1) }
    }
  }
  return null
}

/**
 * Content after a cue ends before a coordinated attribution that follows a comma
 * ("…, adding that …", "…, but Ruiz said …", "…, Ruiz said"), not before a nested one.
 */
function truncateAtNext(ctx: UnitContext, d: Draft, cues: readonly Cue[]): Draft {
  if (!d.after || d.spans.length === 0) return d
  const last = d.spans[d.spans.length - 1]!
  const { toks } = ctx
  for (const next of cues) {
    if (next.first <= d.cue.first) continue
    if (toks[next.first]!.start >= last.end) break
    if (ctx.quoteOf[next.first]! >= 0) continue
    let j = skipLeftModifiers(toks, next.first - 1, 0)
    const subj = subjectBefore(toks, next.first, 0)
    if (subj) j = skipLeftModifiers(toks, subj.first - 1, 0)
    if (toks[j]?.pos === 'CCONJ' || toks[j]?.pos === 'SCONJ') j--
    // "…, adding that …", "…, but Ruiz said …": a comma before the next attribution.
    if (j >= 0 && isComma(toks[j]) && toks[j]!.start > last.start) {
      let e = j
      while (e > 0 && toks[e - 1]!.pos === 'PUNCT' && ctx.quoteOf[e - 1]! < 0) e--
      const end = toks[e - 1]!.end
      if (end > last.start) return { ...d, spans: [...d.spans.slice(0, -1), { start: last.start, end }] }
    }
  }
  return d
}
