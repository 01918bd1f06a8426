/**
 * The `quotes` stage: direct, indirect and mixed quotes with their cue, speaker and date.
 *
 * 1. Quote marks are paired into segments (`quote-marks.ts`), paragraphs that end inside a
 *    quote continue it.
 * 2. Tokens are grouped into attribution units (`units.ts`): sentences that never split a quote.
 * 3. In each unit every cue gets a speaker and a content (`attributions.ts`).
 * 4. Quotes no cue claimed continue the attribution before them ("“…,” he said. “…”", a
 *    paragraph of quotation after "He said:"), else the one after them in the paragraph.
 * 5. The speaker mention is linked to the actor whose mention it overlaps; the date the
 *    attribution names ("said Tuesday") is resolved against the publication date.
 */
import {
  type Actor,
  type AttributionKind,
  type Doc,
  firstStartingAt,
  layer,
  type Quote,
  type Span,
  type Token,
} from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'
import { findDates, mayHoldDate } from '../common/dates.ts'
import { type AttitudeLexicon, BROAD_ATTITUDES, PRECISE_ATTITUDES } from './attitude-lexicon.ts'
import { findAttitudes } from './attitudes.ts'
import { attributeUnit, type Draft, firstSubject } from './attributions.ts'
import type { UnitContext } from './content.ts'
import { cueKind } from './cues.ts'
import type { TokenRange } from './phrases.ts'
import { findQuoteSegments } from './quote-marks.ts'
import { prepareTokens } from './token-pass.ts'
import { buildUnits, quoteIndexOfTokens, type Unit } from './units.ts'

export interface QuotesOptions {
  /**
   * Beliefs, intentions, perceptions and evaluations found by the shape of their complement
   * (`attitudes.ts`) where no speech attribution or quotation holds the words: 'precise' only the
   * verb and complement pairs that are nearly always attributions, 'broad' every one ("wants to",
   * "seems to", "endorsed …"; more found, less precise), 'off' (the default) none: on PolNeAR dev
   * 'precise' raises the all-attributions F1 by 0.020 but lowers the speech F1, the headline, by 0.007
   * (an attitude PolNeAR does not mark is a false speech quote too; docs/quotes.md, Options).
   */
  readonly attitudes?: 'precise' | 'broad' | 'off'
}

const ATTITUDE_LEXICONS = { precise: PRECISE_ATTITUDES, broad: BROAD_ATTITUDES, off: null } as const

export function quotes(options: QuotesOptions = {}): Stage<'quotes'> {
  const attitudes = ATTITUDE_LEXICONS[options.attitudes ?? 'off']
  return {
    name: 'quotes',
    requires: ['tokens', 'sentences', 'actors'],
    run: (doc: Doc) => ({ annotations: findQuotes(doc, attitudes) }),
  }
}

function findQuotes(doc: Doc, attitudes: AttitudeLexicon | null): Quote[] {
  const { toks, cueCandidates, sentenceStarts } = prepareTokens(doc.text, layer(doc, 'tokens'))
  if (toks.length === 0) return []
  const segments = findQuoteSegments(doc.text)
  const quoteOf = quoteIndexOfTokens(toks, segments)
  const ctx: UnitContext = { text: doc.text, toks, quoteOf, segments, cueCandidates }
  const units = buildUnits(
    doc.text,
    toks,
    layer(doc, 'sentences'),
    sentenceStarts,
    quoteOf,
    segments,
    (i) => cueCandidates[i] === 1 && cueKind(toks, i) === 'speech',
  )
  // A plain loop: flatMap is slow in V8, and most units have no attribution.
  const drafts: Draft[] = []
  for (let k = 0; k < units.length; k++) for (const d of attributeUnit(ctx, units[k]!, k)) drafts.push(d)
  const speech = attachLooseQuotes(ctx, units, drafts)
  // Attitudes come last and are marked as such: consumers must not take a belief for speech.
  const beliefs = attitudes ? findAttitudes(ctx, units, speech, attitudes) : []
  const actorIndex = mentionIndex(layer(doc, 'actors'))
  const out: Quote[] = []
  for (const d of speech) if (d.spans.length > 0) out.push(toQuote(doc, ctx, d, actorIndex, 'speech'))
  for (const d of beliefs) if (d.spans.length > 0) out.push(toQuote(doc, ctx, d, actorIndex, 'attitude'))
  return out
}

/** How many paragraphs back a quote with no cue looks for its speaker. */
const LOOSE_REACH = 2

interface Pending extends Draft {
  lastParagraph: number
  /** For a loose quotation: the last attribution before it. */
  before: Pending | undefined
}

/** A quotation that no cue claimed, standing on its own at token `first` of `unit`. */
function standalone(
  first: number,
  speaker: Draft['speaker'],
  span: { start: number; end: number },
  unit: number,
  paragraph: number,
  before: Pending | undefined,
): Pending {
  return {
    cue: { first, end: first },
    speaker,
    spans: [span],
    unit,
    speech: true,
    after: true,
    awaitsQuote: false,
    lastParagraph: paragraph,
    before,
  }
}

/**
 * Quote segments that no attribution covers join the quoting attribution before them (same or
 * previous paragraph, following a chain of quoted paragraphs), else the next one in their
 * paragraph; any other quotation stands alone, with the speaker of the attribution before it
 * when that is at most two paragraphs back.
 */
function attachLooseQuotes(ctx: UnitContext, units: readonly Unit[], drafts: readonly Draft[]): Draft[] {
  // Field by field, as the loose ones below (`standalone`), so that all pending drafts share one
  // object shape (a spread or a field added later gives another hidden class).
  const out: Pending[] = drafts.map((d) => ({
    cue: d.cue,
    speaker: d.speaker,
    spans: [...d.spans],
    unit: d.unit,
    speech: d.speech,
    after: d.after,
    awaitsQuote: d.awaitsQuote,
    lastParagraph: units[d.unit]!.paragraph,
    before: undefined,
  }))
  const byUnit = new Map<number, Pending[]>()
  for (const d of out) {
    const same = byUnit.get(d.unit)
    if (same) same.push(d)
    else byUnit.set(d.unit, [d])
  }
  // Whether a draft holds a whole quote segment, computed once; a segment pushed onto a draft
  // makes it quoting.
  const quotingDrafts = new Set<Pending>()
  for (const d of out)
    if (d.awaitsQuote || d.spans.some((c) => holdsSegment(ctx.segments, c))) quotingDrafts.add(d)
  const quoting = (d: Pending) => quotingDrafts.has(d)
  // The spans of the attributions, by start: a segment is covered when one of them overlaps it.
  const claimed: Span[] = []
  for (const d of out) for (const c of d.spans) claimed.push(c)
  claimed.sort((a, b) => a.start - b.start)
  let claimedCursor = 0
  let claimedEnd = -1
  // Drafts are in unit order: a cursor gives the last one before a unit and the first after it.
  let draftCursor = 0

  // Units cover the tokens in order: a cursor gives the unit of a segment's first token.
  let unitCursor = 0
  const loose: Pending[] = []
  for (const seg of ctx.segments) {
    const firstToken = firstEndingAfter(ctx.toks, seg.start)
    if (firstToken >= ctx.toks.length) break
    while (claimedCursor < claimed.length && claimed[claimedCursor]!.start < seg.end)
      claimedEnd = Math.max(claimedEnd, claimed[claimedCursor++]!.end)
    while (units[unitCursor]!.end <= firstToken) unitCursor++
    const unit = unitCursor
    while (draftCursor < out.length && out[draftCursor]!.unit < unit) draftCursor++
    if (byUnit.has(unit) || claimedEnd > seg.start || !fillsUnit(ctx, units[unit]!, seg)) continue
    const paragraph = units[unit]!.paragraph
    const span = { start: seg.start, end: seg.end }
    // "Ruiz, an analyst, agreed: “…”": a clause of its own introduces the quote, which does not
    // continue the speaker before; it stands alone with that clause's subject.
    const introducer = colonIntroducer(ctx, units[unit]!, firstToken)
    if (introducer) {
      loose.push(standalone(firstToken, introducer, span, unit, paragraph, undefined))
      continue
    }
    // The quoting attribution of the unit before ("“…,” he said, adding that …. “…”"); a
    // quotation sentence right after an indirect one in its paragraph continues it too.
    const lastBefore = draftCursor > 0 ? out[draftCursor - 1] : undefined
    const previous = quotingInUnit(lastBefore, byUnit, quoting)
    const adjacent =
      previous !== undefined && previous.unit === unit - 1 && units[previous.unit]!.paragraph === paragraph
    if (previous && (quoting(previous) || adjacent) && previous.lastParagraph >= paragraph - 1) {
      previous.spans.push(span)
      quotingDrafts.add(previous)
      previous.lastParagraph = paragraph
      continue
    }
    // No draft sits in this unit (checked above), so the one at the cursor comes after it.
    const next = out[draftCursor]
    if (next && quoting(next) && units[next.unit]!.paragraph === paragraph) {
      next.spans.unshift(span)
      continue
    }
    // Quoted paragraphs with no cue of their own mostly continue the last speaker nearby.
    const nearby = previous && previous.lastParagraph >= paragraph - LOOSE_REACH ? previous.speaker : null
    const chained = loose[loose.length - 1]
    if (chained && chained.lastParagraph >= paragraph - 1 && chained.before === lastBefore) {
      chained.spans.push(span)
      chained.lastParagraph = paragraph
    } else loose.push(standalone(firstToken, nearby, span, unit, paragraph, lastBefore))
  }
  return [...out, ...loose]
}

/**
 * The subject of an unquoted clause ending in a colon right before the quote at token `at`
 * ("Ruiz agreed: “…”"), or null when the quote opens its unit or no subject precedes a verb.
 */
function colonIntroducer(ctx: UnitContext, unit: Unit, at: number): TokenRange | null {
  if (at - 1 <= unit.first || ctx.toks[at - 1]!.norm !== ':') return null
  for (let i = unit.first; i < at - 1; i++) if (ctx.quoteOf[i]! >= 0) return null
  // Field by field in the order of `buildUnits`: a spread copy would give units a second hidden class.
  return firstSubject(ctx, { first: unit.first, end: at - 1, paragraph: unit.paragraph })
}

/** The index of the first token that ends after `offset` (tokens are sorted and disjoint). */
function firstEndingAfter(toks: readonly Token[], offset: number): number {
  const k = firstStartingAt(toks, offset)
  return k > 0 && toks[k - 1]!.end > offset ? k - 1 : k
}

/** Whether `span` contains a whole segment (segments are sorted and disjoint). */
function holdsSegment(segments: readonly Span[], span: Span): boolean {
  const k = firstStartingAt(segments, span.start)
  const g = segments[k]
  return g !== undefined && g.end <= span.end
}

/** Among the attributions of the unit of `last`, the last one that quotes, else `last`. */
function quotingInUnit(
  last: Pending | undefined,
  byUnit: ReadonlyMap<number, Pending[]>,
  quoting: (d: Pending) => boolean,
): Pending | undefined {
  if (!last || quoting(last)) return last
  const same = byUnit.get(last.unit) ?? []
  for (let k = same.length - 1; k >= 0; k--) if (quoting(same[k]!)) return same[k]
  return last
}

/** A quotation sentence rather than a scare quote: the marks hold most of the unit. */
function fillsUnit(ctx: UnitContext, unit: Unit, seg: Span): boolean {
  const start = ctx.toks[unit.first]!.start
  const end = ctx.toks[unit.end - 1]!.end
  return (Math.min(end, seg.end) - Math.max(start, seg.start)) * 2 >= end - start
}

interface MentionRef extends Span {
  readonly id: string
}

interface MentionIndex {
  /** Mentions sorted by start. */
  readonly mentions: readonly MentionRef[]
  readonly longest: number
}

function mentionIndex(actors: readonly Actor[]): MentionIndex {
  const mentions: MentionRef[] = []
  let longest = 0
  for (const a of actors)
    for (const m of a.mentions) {
      mentions.push({ start: m.start, end: m.end, id: a.id })
      longest = Math.max(longest, m.end - m.start)
    }
  mentions.sort((a, b) => a.start - b.start)
  return { mentions, longest }
}

/** The actor whose mention overlaps the speaker span most (the leftmost one on ties). */
function speakerActor(index: MentionIndex, s: Span): string | null {
  const { mentions, longest } = index
  // Only mentions starting in [s.start - longest, s.end) can overlap the span.
  let k = firstStartingAt(mentions, s.start - longest)
  let best: MentionRef | null = null
  let bestOverlap = 0
  for (; k < mentions.length && mentions[k]!.start < s.end; k++) {
    const m = mentions[k]!
    const overlap = Math.min(m.end, s.end) - Math.max(m.start, s.start)
    if (overlap > bestOverlap) {
      best = m
      bestOverlap = overlap
    }
  }
  return best?.id ?? null
}

function toQuote(
  doc: Doc,
  ctx: UnitContext,
  d: Draft,
  mentions: MentionIndex,
  attribution: AttributionKind,
): Quote {
  const { toks } = ctx
  const spans = [...d.spans].sort((a, b) => a.start - b.start)
  const cue =
    d.cue.end > d.cue.first ? { start: toks[d.cue.first]!.start, end: toks[d.cue.end - 1]!.end } : null
  const speakerSpan = d.speaker
    ? { start: toks[d.speaker.first]!.start, end: toks[d.speaker.end - 1]!.end }
    : null
  return {
    type: quoteType(ctx, spans),
    spans,
    cue,
    speaker: speakerSpan ? speakerActor(mentions, speakerSpan) : null,
    speakerSpan,
    date: cue ? attributionDate(doc, cue, speakerSpan, spans) : null,
    attribution,
  }
}

/** Direct when the quote marks cover the content, mixed when they cover part of it. */
function quoteType(ctx: UnitContext, spans: readonly Span[]): Quote['type'] {
  let total = 0
  let quoted = 0
  for (const s of spans) {
    total += s.end - s.start
    // Segments are sorted and disjoint: start at the last one that may reach into the span.
    for (let k = Math.max(0, firstStartingAt(ctx.segments, s.start) - 1); k < ctx.segments.length; k++) {
      const g = ctx.segments[k]!
      if (g.start >= s.end) break
      quoted += Math.max(0, Math.min(g.end, s.end) - Math.max(g.start, s.start))
    }
  }
  if (quoted === 0) return 'indirect'
  return quoted >= total * 0.9 ? 'direct' : 'mixed'
}

const DATE_REACH = 24

/** The day the attribution names ("said Tuesday", "on Friday said"), outside the content. */
function attributionDate(doc: Doc, cue: Span, speaker: Span | null, spans: readonly Span[]): string | null {
  if (!doc.meta.published) return null
  let start = Math.min(cue.start, speaker?.start ?? cue.start)
  let end = Math.max(cue.end, speaker?.end ?? cue.end) + DATE_REACH
  for (const s of spans) {
    if (s.end <= cue.start) start = Math.max(start, s.end)
    else if (s.start >= cue.end) end = Math.min(end, s.start)
  }
  end = Math.min(end, doc.text.length)
  if (end <= start) return null
  const around = doc.text.slice(start, end)
  if (!mayHoldDate(around)) return null
  return findDates(around, doc.meta.published, 'past', start)[0]?.date ?? null
}
