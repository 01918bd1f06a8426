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
  commaInClose,
  endsWithColon,
  finiteTag,
  hasComma,
  isBoundary,
  isClosingQuote,
  isSideClause,
  isStatement,
  positionPhraseEnd,
  quoteAfterColon,
  skipAdjuncts,
  skipLeading,
  skipPunct,
  startsClause,
  tokenAt,
  trimEnd,
  type UnitContext,
} from './content.ts'
import {
  type Cue,
  findCues,
  isDeterminer,
  isPassive,
  passiveAgent,
  possessorBefore,
  raisingHead,
  skipAdverbs,
} from './cues.ts'
import { CLAUSE_OPENERS, LISTENER_VERBS, OBJECT_CONTENT_VERBS, TIME_WORDS } from './lexicon.ts'
import {
  chunkLeft,
  chunkRight,
  isComma,
  skipLeftModifiers,
  subjectAfter,
  subjectBefore,
  type TokenRange,
} from './phrases.ts'
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

type DraftBase = Pick<Draft, 'cue' | 'speaker' | 'unit' | 'speech'>

/**
 * A draft built field by field in one order rather than by spreading: every draft then has one
 * object shape, which keeps the code that reads drafts fast.
 */
function withContent(base: DraftBase, spans: Span[], after: boolean, awaitsQuote: boolean): Draft {
  return {
    cue: base.cue,
    speaker: base.speaker,
    unit: base.unit,
    speech: base.speech,
    spans,
    after,
    awaitsQuote,
  }
}

const QUOTE_ONLY_CUES = new Set(['continue'])
const NOMINATIVE = new Set(['i', 'he', 'she', 'we', 'they'])
const ASKED_OPENERS = new Set(['when', 'if', 'after', 'once', 'as'])
/** Particles that join a cue: "called for", "called on", "asked for", "pointed to", "warned of". */
const PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['call', new Set(['for', 'on'])],
  ['ask', new Set(['for', 'about'])],
  ['warn', new Set(['of', 'about', 'against'])],
  ['complain', new Set(['about', 'of'])],
])
/** Every attribution of one unit, in cue order. */
export function attributeUnit(ctx: UnitContext, unit: Unit, unitIndex: number): Draft[] {
  const cues = findCues(ctx, unit)
  if (cues.length === 0) return []
  const cueStarts = new Set(cues.map((c) => c.first))
  const drafts: Draft[] = []
  for (let k = 0; k < cues.length; k++) {
    const cue = cues[k]!
    // "repeated his claim that …": the noun already joined the verb's cue.
    if (cue.kind === 'nominal' && drafts.some((d) => d.cue.first < cue.first && cue.first < d.cue.end))
      continue
    const lo = clauseStartFor(ctx, unit, drafts, cue.first)
    const draft =
      cue.kind === 'according'
        ? according(ctx, unit, unitIndex, cue, lo, drafts[drafts.length - 1])
        : cue.kind === 'nominal'
          ? nominal(ctx, unit, unitIndex, cue)
          : verbal(ctx, unit, unitIndex, cue, lo, cueStarts, drafts[drafts.length - 1])
    // "continued" reports speech only around a quotation ("he continued: “…”").
    if (draft && QUOTE_ONLY_CUES.has(cue.lemma) && !draft.awaitsQuote && !hasQuote(ctx, draft)) continue
    // Truncated at once, so that a later cue knows whether it is nested in this content.
    if (draft) drafts.push(truncateAtNext(ctx, draft, cues))
  }
  return drafts.filter((d) => !reportedWithin(ctx, d, drafts))
}

const RELATIVE_OPENERS = new Set(['which', 'who', 'whom'])

/**
 * "Ruiz said that Haddad told him the talks failed": an attribution whose cue lies inside the
 * content of another one of its unit is part of what that one reports, and is not reported on its
 * own (PolNeAR annotates the outer attribution only). One in a relative clause opened by
 * "which/who/whom" stays: "the plan, which Haddad said would fail" adds a claim of its own.
 */
function reportedWithin(ctx: UnitContext, d: Draft, drafts: readonly Draft[]): boolean {
  const at = ctx.toks[d.cue.first]!.start
  if (!drafts.some((o) => o !== d && o.spans.some((s) => s.start < at && at < s.end))) return false
  const before = ctx.toks[(d.speaker ? d.speaker.first : d.cue.first) - 1]
  return !before || !RELATIVE_OPENERS.has(before.norm)
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

function lastTokenOf(ctx: UnitContext, d: Draft): number {
  let last = d.cue.end - 1
  const contentEnd = d.spans[d.spans.length - 1]?.end ?? 0
  // "After arguing that …, his team said …": a speaker after the content belongs to the next clause.
  const speakerAfter = d.speaker && d.after && contentEnd <= ctx.toks[d.speaker.first]!.start
  if (d.speaker && !speakerAfter) last = Math.max(last, d.speaker.end - 1)
  for (let i = last + 1; i < ctx.toks.length && ctx.toks[i]!.end <= contentEnd; i++) last = i
  return last
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
  let hi = unit.end
  // "is suggesting that …" is a finite progressive; "…, suggesting that …" is a participle.
  // "kept asking", "have begun urging": the subject of the verb before the -ing form speaks.
  const catenative = catenativeBefore(toks, cue.first)
  const participle = toks[cue.first]!.norm.endsWith('ing') && !progressive(toks, cue.first) && catenative < 0
  // "Ruiz was asked whether …": the one asked is not the speaker.
  const passive = isPassive(toks, cue.first)
  // "went on to say": the subject of "went" speaks.
  const raised = raisingHead(toks, cue.first)
  const subjectCue = catenative >= 0 ? catenative : raised >= 0 ? raised : cue.first
  let speaker = participle || passive ? null : subjectBefore(toks, subjectCue, lo)
  // "Ruiz, who says …, said …": the subject before the attribution nested in its relative clause.
  if (
    !speaker &&
    !participle &&
    !passive &&
    lo > unit.first &&
    isComma(toks[skipLeftModifiers(toks, cue.first - 1, lo)])
  )
    speaker = subjectBefore(toks, cue.first, unit.first)
  let attributionStart = speaker ? speaker.first : cue.first
  let afterStart = cue.end
  if (!speaker && !participle && !passive) {
    const j = skipLeftModifiers(toks, cue.first - 1, lo)
    if (j < lo || isBoundary(ctx, j)) {
      speaker = subjectAfter(toks, cue.end, hi)
      // "…, said he was worried": a phrase followed by a verb is the subject of the content.
      if (speaker && finiteTag(toks[speaker.end]?.pos)) speaker = null
      // "Asked Tuesday about …": a time word is not an inverted speaker.
      if (speaker && speaker.end - speaker.first === 1 && TIME_WORDS.has(toks[speaker.first]!.norm))
        speaker = null
      if (speaker) afterStart = speaker.end
    }
  }
  // "As reported by the Courier, …", "Asked by a reporter whether …": the agent after "by".
  const agentCue = toks[cue.first - 1]?.norm === 'as' || cue.lemma === 'ask' || passiveAgent(toks, cue.first)
  if (!speaker && agentCue && toks[cue.end]?.norm === 'by') {
    const end = chunkRight(toks, cue.end + 1, hi)
    if (end > cue.end + 1) speaker = { first: cue.end + 1, end }
  }
  // "The meeting was first reported by Reuters": the subject of the passive is the content,
  // unless a clause follows the agent ("It was reported by Reuters that …").
  if (passive && speaker && passiveAgent(toks, cue.first)) {
    const next = skipAdjuncts(ctx, speaker.end, hi, cueStarts)
    const subject = subjectBefore(toks, cue.first, lo)
    const expletive = subject && subject.end - subject.first === 1 && toks[subject.first]!.norm === 'it'
    if (subject && !expletive && !(next < hi && startsClause(ctx, next, hi, cueStarts, cue.lemma)))
      return {
        cue: { first: cue.first, end: cue.end },
        speaker,
        unit: unitIndex,
        speech: true,
        spans: [{ start: toks[subject.first]!.start, end: toks[subject.end - 1]!.end }],
        after: false,
        awaitsQuote: false,
      }
    afterStart = speaker.end
  }
  // "with Ruiz calling it …": the noun phrase right before the participle after "with".
  // "both candidates acknowledging that …": a noun phrase right before the participle.
  // "After arguing that …, his team …": a fronted participle clause speaks for the main subject.
  const absolute = participle
    ? (withSubject(toks, cue.first, lo) ??
      adjacentSubject(toks, cue.first, lo) ??
      frontedSubject(ctx, unit, lo, cue.first))
    : null
  if (absolute) speaker = absolute
  else if (participle)
    speaker = mainSubject(ctx, lo, cue.first) ?? previous?.speaker ?? firstSubject(ctx, unit)
  else if (speaker === null && !passive && isCoordinated(toks, cue.first, lo))
    // "Trump doubled down on his comments and said …": the subject of the first verb.
    speaker = mainSubject(ctx, lo, cue.first) ?? previous?.speaker ?? firstSubject(ctx, unit)

  // "Responding to Ruiz, Haddad wrote: …", "When asked about it, Haddad said …": the content of a
  // fronted clause ends before the main clause, whose own attribution stays outside it.
  // ("As Ruiz reported, …" is different: the main clause is what was reported.)
  if ((participle && opensUnit(ctx, unit, cue.first)) || subordinate(ctx, lo, attributionStart, true))
    hi = mainClauseStart(ctx, cue.end, hi)

  // "called for a ceasefire", "called on Ruiz to resign": the particle belongs to the cue and
  // what follows it is the content.
  // "called Friday for …": a time word may stand between the cue and its particle.
  let at = cue.end
  while (at < hi && at - cue.end < 2 && TIME_WORDS.has(toks[at]!.norm) && toks[at]!.pos !== 'ADP') at++
  if (!PARTICLES.get(cue.lemma)?.has(toks[at]?.norm ?? '')) at = cue.end
  const particle = toks[at]
  // "Asked whether the deal was dead, Ruiz said …": a fronted question ends at its comma.
  // "When asked about …, Ruiz said …" likewise.
  const opener = skipLeading(ctx, unit.first, cue.first)
  const fronted =
    toks[cue.first]!.norm === 'asked' &&
    (opener === cue.first || (opener === cue.first - 1 && ASKED_OPENERS.has(toks[opener]!.norm)))
  if (
    (speaker || fronted) &&
    afterStart === cue.end &&
    particle &&
    PARTICLES.get(cue.lemma)?.has(particle.norm)
  ) {
    const full = trimEnd(ctx, at + 1, hi)
    const end = fronted ? frontedEnd(ctx, at + 1, full) : full
    if (end > at + 1) {
      return {
        cue: { first: cue.first, end: at + 1 },
        speaker,
        unit: unitIndex,
        speech: cue.kind === 'speech',
        spans: [{ start: toks[at + 1]!.start, end: toks[end - 1]!.end }],
        after: true,
        awaitsQuote: false,
      }
    }
  }
  // Content after the cue.
  let r = afterStart
  if (LISTENER_VERBS.has(cue.lemma) && afterStart === cue.end && r < hi) {
    const t = toks[r]!
    // "promised they would stay": a subject pronoun opens the clause, it is not the listener.
    if (!CLAUSE_OPENERS.has(t.norm) && ctx.quoteOf[r]! < 0 && t.pos !== 'PUNCT' && !NOMINATIVE.has(t.norm))
      r = Math.max(r, listenerEnd(toks, r, chunkRight(toks, r, hi)))
  }
  // "reaffirmed his position that …": the stated-view noun phrase belongs to the cue.
  let cueEnd = cue.end
  const view = afterStart === cue.end ? positionPhraseEnd(toks, r, hi) : -1
  if (view > r) {
    cueEnd = view
    r = view
  }
  // "said so", "said no to the deal", "said the same of Ruiz": a pro-form stands for the content.
  const proForm =
    speaker && afterStart === cue.end && PRO_FORM_CUES.has(cue.lemma) ? proFormEnd(toks, r, hi) : -1
  if (proForm > r)
    return {
      cue: { first: cue.first, end: cueEnd },
      speaker,
      unit: unitIndex,
      speech: cue.kind === 'speech',
      spans: [{ start: toks[r]!.start, end: toks[proForm - 1]!.end }],
      after: true,
      awaitsQuote: false,
    }
  const objectStart = skipPunct(toks, r, hi)
  r = skipAdjuncts(ctx, r, hi, cueStarts)
  // "told Le Monde in an interview published on Wednesday: “…”": the quote after the colon.
  if (r < hi && ctx.quoteOf[r]! < 0 && !CLAUSE_OPENERS.has(toks[r]!.norm))
    r = quoteAfterColon(ctx, r, hi, cueStarts) ?? r
  const crossedComma = hasComma(toks, afterStart, r)
  // "“…,” said Ruiz, a fellow at the institute who …": after an inverted speaker and a quote
  // before the cue, only a quote continues the content; other words describe the speaker.
  const inverted = speaker !== null && afterStart > cue.end
  const clause =
    r < hi &&
    startsClause(ctx, r, hi, cueStarts, cue.lemma) &&
    !(crossedComma && isSideClause(ctx, r)) &&
    !(inverted && ctx.quoteOf[r]! < 0 && quoteBefore(ctx, lo, cue.first))
  const colonEnd = r >= hi - 1 && endsWithColon(toks, afterStart, hi)

  // Content before the cue (postposed attribution).
  let before: Span | null = null
  let beforeStart = -1
  // "Many of the closures, he said, have involved …": a subject split from its predicate.
  let subjectPart: Span | null = null
  const b = skipLeftModifiers(toks, attributionStart - 1, lo)
  if (!participle && b >= lo && isBoundary(ctx, b)) {
    const end = isClosingQuote(ctx, b) ? b : b - 1
    const start = skipLeading(ctx, clause ? lo : outerStart(ctx, unit, lo, b, previous), end)
    beforeStart = start
    const span = end >= start ? { start: toks[start]!.start, end: toks[end]!.end } : null
    if (end - start >= 1 && hasWord(toks, start, end + 1) && isStatement(ctx, start, end + 1)) before = span
    else if (span && isComma(toks[b]) && isComma(toks[r - 1]) && finiteTag(toks[r]?.pos)) subjectPart = span
    // "Things have changed, she says, especially since …": a sentence interrupted by its
    // attribution goes on after it.
    const rest = skipPunct(toks, afterStart, hi)
    if (
      span &&
      !subjectPart &&
      isComma(toks[b]) &&
      isComma(toks[rest - 1]) &&
      continuesSentence(ctx, rest, hi, cueStarts)
    ) {
      subjectPart = span
      r = rest
    }
  }
  if (subjectPart && speaker && r < hi) {
    const end = trimEnd(ctx, r, hi)
    if (end > r) {
      const rest = { start: toks[r]!.start, end: toks[end - 1]!.end }
      return {
        cue: { first: cue.first, end: cueEnd },
        speaker,
        unit: unitIndex,
        speech: cue.kind === 'speech',
        spans: [subjectPart, rest],
        after: true,
        awaitsQuote: false,
      }
    }
  }
  if (speaker === null && !participle && before === null && !clause) return null
  attributionStart = Math.min(attributionStart, speaker?.first ?? attributionStart)

  const base = {
    cue: { first: cue.first, end: cueEnd },
    speaker,
    unit: unitIndex,
    speech: cue.kind === 'speech',
  }
  // "“…,” he said, repeating …", "“…,” she told Fox after …": after a quote and its
  // attribution, only another quote continues the content.
  // "Walking in to chants of “Marco!,” the senator said …": a quote that closes a narrated
  // phrase is not what the attribution reports.
  const quotedBefore = before !== null && isClosingQuote(ctx, b) && mostlyQuoted(ctx, beforeStart, b + 1)
  if (clause && before && isClosingQuote(ctx, b) && !quotedBefore && ctx.quoteOf[r]! < 0) before = null
  if (clause && before && quotedBefore && ctx.quoteOf[r]! < 0)
    return withContent(base, [before], false, false)
  if (clause) {
    let end = fronted ? frontedEnd(ctx, r, trimEnd(ctx, r, hi)) : trimEnd(ctx, r, hi)
    // "While Ruiz said [the talks were over], the union …": a fronted subordinate clause ends
    // before the main clause.
    if (subordinate(ctx, lo, attributionStart)) end = Math.min(end, mainClauseStart(ctx, r, end))
    if (end <= r) return null
    const after: Span = { start: toks[r]!.start, end: toks[end - 1]!.end }
    // A quote split by its attribution, or a parenthetical one: "…, he said, …".
    // "As the crowd booed, the executive said, “…”": narration before is not part of the quote.
    const split = before && (quotedBefore ? ctx.quoteOf[r]! >= 0 : crossedComma && ctx.quoteOf[r]! < 0)
    return withContent(base, split && before ? [before, after] : [after], true, false)
  }
  if (colonEnd && speaker) return withContent(base, [], true, true)
  if (before) return withContent(base, [before], false, false)
  if (OBJECT_CONTENT_VERBS.has(cue.lemma) && objectStart < hi && speaker) {
    const end = trimEnd(ctx, objectStart, hi)
    if (end > objectStart && !cueStarts.has(objectStart)) {
      return withContent(base, [{ start: toks[objectStart]!.start, end: toks[end - 1]!.end }], true, false)
    }
  }
  return null
}

/** Verbs whose content can be a pro-form: "said so", "wrote the same", "answered yes". */
const PRO_FORM_CUES = new Set([
  'say',
  'suggest',
  'claim',
  'argue',
  'acknowledge',
  'admit',
  'answer',
  'reply',
  'write',
  'report',
  'confirm',
  'predict',
  'tweet',
])
const SINGLE_PRO_FORMS = new Set(['so', 'yes', 'no', 'otherwise'])
/** Words after "so" that make it an intensifier or a connective: "so far", "so that". */
const NOT_AFTER_SO = new Set(['far', 'much', 'many', 'that', 'long', 'as'])
const SAME_LINKS = new Set(['of', 'for', 'about', 'to'])

/**
 * The end of a pro-form content at `r`: "so", "yes", "no" (+ "to" and a noun phrase), "otherwise",
 * "as much", "the same" (+ "thing", + "of"/"for"/"about" and a noun phrase); or -1.
 */
function proFormEnd(toks: readonly Token[], r: number, hi: number): number {
  const t = toks[r]
  const next = toks[r + 1]
  if (!t || r >= hi) return -1
  if (SINGLE_PRO_FORMS.has(t.norm)) {
    if (t.norm === 'so' && NOT_AFTER_SO.has(next?.norm ?? '')) return -1
    // "said no to the deal": the refused thing belongs to the content.
    if (t.norm === 'no' && next?.norm === 'to') {
      const np = chunkRight(toks, r + 2, hi)
      return np > r + 2 ? np : -1
    }
    return proFormEnds(toks, r + 1, hi) ? r + 1 : -1
  }
  if (t.norm === 'as' && next?.norm === 'much') return proFormEnds(toks, r + 2, hi) ? r + 2 : -1
  if (t.norm === 'the' && next?.norm === 'same') {
    let e = r + 2
    if (toks[e]?.norm === 'thing') e++
    if (e < hi && SAME_LINKS.has(toks[e]!.norm)) {
      const np = chunkRight(toks, e + 1, hi)
      if (np > e + 1) return np
    }
    return proFormEnds(toks, e, hi) ? e : -1
  }
  return -1
}

/**
 * Whether a pro-form content may end before token `i`: the unit ends or punctuation, a preposition or
 * a conjunction follows. A module function, not a closure: this runs for most cues.
 */
function proFormEnds(toks: readonly Token[], i: number, hi: number): boolean {
  return i >= hi || toks[i]!.pos === 'PUNCT' || toks[i]!.pos === 'ADP' || toks[i]!.pos === 'CCONJ'
}

const SUBORDINATORS = new Set([
  'while',
  'although',
  'though',
  'whereas',
  'if',
  'because',
  'when',
  'as',
  'since',
  'after',
  'before',
  'once',
  'unless',
])

/**
 * Whether the clause of an attribution opens with a subordinator ("While Ruiz said …"), not
 * counting "as" when `notAs`.
 */
function subordinate(ctx: UnitContext, lo: number, start: number, notAs = false): boolean {
  let i = skipLeading(ctx, lo, start)
  if (ctx.toks[i]?.pos === 'ADV' && i + 1 < start) i++
  const t = ctx.toks[i]
  return i < start && SUBORDINATORS.has(t!.norm) && ctx.quoteOf[i]! < 0 && !(notAs && t!.norm === 'as')
}

/** The comma (outside quotes) after which a subject and its verb start a main clause, or `end`. */
function mainClauseStart(ctx: UnitContext, r: number, end: number): number {
  const { toks } = ctx
  for (let i = r + 1; i < end; i++) {
    if (!isComma(toks[i]) || ctx.quoteOf[i]! >= 0) continue
    const np = chunkRight(toks, i + 1, end)
    if (np <= i + 1) continue
    let v = np
    while (v < end && toks[v]!.pos === 'ADV') v++
    if (v < end && finiteTag(toks[v]!.pos)) return i
  }
  return end
}

const NOT_CONTINUING = new Set(['as', 'according', 'while', 'when', 'after', 'before'])

const ATTRIBUTION_NOUNS = new Set([
  'condition',
  'interview',
  'statement',
  'speech',
  'email',
  'e-mail',
  'letter',
  'call',
  'post',
  'tweet',
  'briefing',
  'conference',
])

/** "(on) condition of …", "(in) a phone interview": a noun phrase naming how something was said. */
function attributionAdjunct(toks: readonly Token[], first: number, hi: number): boolean {
  const end = chunkRight(toks, first, hi)
  for (let i = first; i < end && i - first < 5; i++) if (ATTRIBUTION_NOUNS.has(toks[i]!.lemma)) return true
  return false
}

/** Whether the words at `r`, after "…, she said,", go on with the interrupted sentence. */
function continuesSentence(ctx: UnitContext, r: number, hi: number, cueStarts: ReadonlySet<number>): boolean {
  const t = ctx.toks[r]
  if (!t || r >= hi || cueStarts.has(r) || ctx.quoteOf[r]! >= 0 || NOT_CONTINUING.has(t.norm)) return false
  if (t.pos !== 'PRON' && t.norm.endsWith('ing')) return false
  // "…, he said, on condition of anonymity": an adjunct of the attribution.
  if (t.pos === 'ADP' && attributionAdjunct(ctx.toks, r + 1, hi)) return false
  return t.pos !== 'PUNCT'
}

/**
 * "Ruiz said the talks were over, the paper reported": a postposed attribution whose comma comes
 * right after an earlier attribution that opens the unit reports that whole attribution (which
 * then is not reported on its own, see `reportedWithin`). With `sourceOfQuote` (a postposed
 * "according to"), a quote and its own postposed attribution before the comma are reported too.
 * Returns where its content starts.
 */
function outerStart(
  ctx: UnitContext,
  unit: Unit,
  lo: number,
  comma: number,
  previous: Draft | undefined,
  sourceOfQuote = false,
): number {
  if (lo <= unit.first || !isComma(ctx.toks[comma]) || !previous) return lo
  // "“…,” Ruiz said (at a rally), according to the paper": the quote and its attribution, from
  // the unit start.
  if (!previous.after && sourceOfQuote) {
    const first = previous.spans[0] ? tokenAt(ctx.toks, previous.spans[0].start) : lo
    return skipLeading(ctx, unit.first, first) === first && adjunctOnly(ctx, lo, comma) ? unit.first : lo
  }
  if (comma !== lo || !previous.after) return lo
  const opens = previous.speaker?.first === skipLeading(ctx, unit.first, lo)
  return opens && previous.speaker!.end <= previous.cue.first ? unit.first : lo
}

/** Whether the words from `first` to `end` hold no quote and no verb ("at a rally on Monday"). */
function adjunctOnly(ctx: UnitContext, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (ctx.quoteOf[i]! >= 0 || finiteTag(ctx.toks[i]!.pos)) return false
  return true
}

/** Whether a range holds a word, not only punctuation ("Deal.’’ Ruiz said …"). */
function hasWord(toks: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (toks[i]!.pos !== 'PUNCT') return true
  return false
}

/** Whether quote marks hold at least half of the words from `first` to `end`. */
function mostlyQuoted(ctx: UnitContext, first: number, end: number): boolean {
  let quoted = 0
  for (let i = first; i < end; i++) if (ctx.quoteOf[i]! >= 0) quoted++
  return quoted * 2 > end - first
}

/** Whether the words of the unit before the cue hold a quote. */
function quoteBefore(ctx: UnitContext, lo: number, cue: number): boolean {
  for (let i = lo; i < cue; i++) if (ctx.quoteOf[i]! >= 0) return true
  return false
}

/** "Ruiz’s claim that …", "his warning that …": the possessor speaks, the clause is the content. */
function nominal(ctx: UnitContext, unit: Unit, unitIndex: number, cue: Cue): Draft | null {
  const { toks } = ctx
  const k = possessorBefore(toks, cue.first)
  if (k < 0) return null
  const speaker =
    toks[k]!.pos === 'PRON' ? { first: k, end: k + 1 } : { first: chunkLeft(toks, k - 1, unit.first), end: k }
  // As the subject of its sentence ("Ruiz’s claim that … drew scorn") the clause has no clear end.
  const before = toks[speaker.first - 1]
  if (speaker.first <= unit.first || !before || (before.pos !== 'VERB' && before.pos !== 'ADP')) return null
  const end = trimEnd(ctx, cue.end, unit.end)
  if (end <= cue.end + 1 || speaker.end <= speaker.first) return null
  return {
    cue: { first: cue.first, end: cue.end },
    speaker,
    unit: unitIndex,
    speech: true,
    spans: [{ start: toks[cue.end]!.start, end: toks[end - 1]!.end }],
    after: true,
    awaitsQuote: false,
  }
}

/** "According to NP, content" and "content, according to NP". */
function according(
  ctx: UnitContext,
  unit: Unit,
  unitIndex: number,
  cue: Cue,
  lo: number,
  previous: Draft | undefined,
): Draft | null {
  const { toks } = ctx
  const hi = unit.end
  let speaker = sourceAfter(ctx, cue.end, hi)
  // "According to early results of polls conducted by … for …, voters …": a fronted source
  // runs to its comma, titles in quotes included.
  if (speaker && !isComma(toks[speaker.end]) && skipLeading(ctx, lo, cue.first) === cue.first)
    speaker = frontedSource(ctx, cue.end, hi) ?? speaker
  if (!speaker) return null
  const base = { cue: { first: cue.first, end: cue.end }, speaker, unit: unitIndex, speech: true }
  let before: Span | null = null
  const b = skipLeftModifiers(toks, cue.first - 1, lo)
  if (b >= lo && isBoundary(ctx, b)) {
    const end = isClosingQuote(ctx, b) ? b : b - 1
    const start = nearestPart(
      ctx,
      skipLeading(ctx, isComma(toks[speaker.end]) ? lo : outerStart(ctx, unit, lo, b, previous, true), end),
      end,
    )
    if (end >= start) before = { start: toks[start]!.start, end: toks[end]!.end }
  }
  // "… 46 percent to 39 percent according to a poll": no comma before the cue.
  if (!before && b >= lo && !isComma(toks[speaker.end])) {
    const start = skipLeading(ctx, lo, b + 1)
    if (b >= start && isStatement(ctx, start, b + 1))
      before = { start: toks[start]!.start, end: toks[b]!.end }
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
  return withContent(base, spans, before === null, false)
}

/**
 * A postposed "according to" sources the part of the sentence right before it: what follows a
 * colon ("… firms: London was the capital, according to an index"), or an absolute "with" phrase
 * after a comma ("Ruiz leads, with 56 percent backing him, according to a poll"). From `start`
 * to `end` (inclusive); returns where the content starts.
 */
function nearestPart(ctx: UnitContext, start: number, end: number): number {
  const { toks, quoteOf } = ctx
  for (let i = end - 1; i > start; i--) {
    if (quoteOf[i]! >= 0) continue
    if (toks[i]!.norm === ':') return skipLeading(ctx, i + 1, end)
    if (toks[i]!.norm === 'with' && isComma(toks[i - 1]) && absolute(toks, i + 1, end + 1)) return i + 1
  }
  return start
}

/** Whether `first` to `end` is a phrase with no finite verb: participles only ("56 percent backing him"). */
function absolute(toks: readonly Token[], first: number, end: number): boolean {
  if (end - first < 2) return false
  for (let i = first; i < end; i++) {
    const t = toks[i]!
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !t.norm.endsWith('ing') && !t.norm.endsWith('ed')))
      return false
  }
  return true
}

const FRONTED_SOURCE_REACH = 30

/** The words from `first` to the first comma outside quotes, when a comma comes soon enough. */
function frontedSource(ctx: UnitContext, first: number, hi: number): TokenRange | null {
  for (let i = first + 1; i < hi && i - first <= FRONTED_SOURCE_REACH; i++) {
    if (ctx.quoteOf[i]! >= 0) continue
    if (isComma(ctx.toks[i])) return { first, end: i }
    if (ctx.toks[i]!.norm === ':') return null
  }
  return null
}

/** The end of a fronted "Asked …," clause: its first comma outside quotes, or one inside a closing mark. */
function frontedEnd(ctx: UnitContext, r: number, end: number): number {
  for (let i = r + 1; i < end; i++) {
    if (isComma(ctx.toks[i]) && ctx.quoteOf[i]! < 0) return i
    if (commaInClose(ctx, i)) return i + 1
  }
  return end
}

/** "told Fox News anchor Ann Ruiz that …": the listener ends before "that". */
function listenerEnd(toks: readonly Token[], first: number, end: number): number {
  for (let i = first + 1; i < end; i++) if (toks[i]!.norm === 'that') return i
  return end
}

const SOURCE_REACH = 15

/**
 * The source after "according to": a noun phrase, or when the tagger breaks it ("exit/VERB
 * polls", "polling by the union") the words up to the next comma, dash or sentence end.
 */
function sourceAfter(ctx: UnitContext, first: number, hi: number): TokenRange | null {
  const { toks } = ctx
  const np = subjectAfter(toks, first, hi)
  let end = first
  while (end < hi && end - first < SOURCE_REACH && ctx.quoteOf[end]! < 0 && !isBoundary(ctx, end)) {
    if (toks[end]!.pos === 'PUNCT' && toks[end]!.norm !== '.' && toks[end]!.norm !== '&') break
    if (toks[end]!.norm === '.' && end + 1 >= hi) break
    end++
  }
  if (np && np.end >= end) return np
  if (
    end - first > 0 &&
    end - first < SOURCE_REACH &&
    (end >= hi || isBoundary(ctx, end) || toks[end]!.pos === 'PUNCT')
  )
    return { first, end }
  return np
}

/** "is saying", "were suggesting": the -ing form after a form of "be". */
function progressive(toks: readonly Token[], cue: number): boolean {
  const aux = toks[skipAdverbs(toks, cue - 1)]
  return aux?.pos === 'AUX' && aux.lemma === 'be'
}

/** A cue in a second predicate: "… and said", "… but added". */
function isCoordinated(toks: readonly Token[], cue: number, lo: number): boolean {
  const j = skipLeftModifiers(toks, cue - 1, lo)
  return j >= lo && toks[j]!.pos === 'CCONJ'
}

const SUBORDINATE_BEFORE = new Set([
  'that',
  'after',
  'before',
  'when',
  'while',
  'because',
  'since',
  'as',
  'if',
  'although',
  'until',
])

const CATENATIVES = new Set(['keep', 'begin', 'start', 'continue', 'resume', 'stop', 'quit'])

/** The index of a verb like "keep" or "begin" right before an -ing cue ("kept asking"), or -1. */
function catenativeBefore(toks: readonly Token[], cue: number): number {
  if (!toks[cue]!.norm.endsWith('ing')) return -1
  const k = skipAdverbs(toks, cue - 1)
  const t = toks[k]
  return t && t.pos === 'VERB' && CATENATIVES.has(t.lemma) && !t.norm.endsWith('ing') ? k : -1
}

/** Nouns that name a document or a channel: "a statement saying …" speaks for its author. */
const CHANNEL_NOUNS = new Set([
  'statement',
  'letter',
  'email',
  'e-mail',
  'tweet',
  'post',
  'message',
  'release',
  'video',
  'ad',
  'interview',
  'speech',
  'note',
  'memo',
  'response',
])

/** "both candidates acknowledging that …": a noun phrase (not a channel) right before a participle. */
function adjacentSubject(toks: readonly Token[], cue: number, lo: number): TokenRange | null {
  const subject = subjectBefore(toks, cue, lo)
  if (!subject || subject.end > cue) return null
  for (let i = subject.end; i < cue; i++) if (toks[i]!.pos === 'PUNCT' || toks[i]!.pos === 'NUM') return null
  const head = toks[subject.end - 1]!
  if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || CHANNEL_NOUNS.has(head.lemma)) return null
  // "told Ruiz …, asking": an object before the participle, not its subject.
  const before = toks[subject.first - 1]
  if (before && (before.pos === 'VERB' || before.pos === 'ADP' || before.pos === 'AUX')) return null
  return subject
}

const FRONTING = new Set(['after', 'since', 'before', 'while', 'when', 'upon', 'in', 'by', 'without'])

/** "After arguing that …, his team said …": the subject of the main clause after the comma. */
function frontedSubject(ctx: UnitContext, unit: Unit, lo: number, cue: number): TokenRange | null {
  const { toks } = ctx
  const p = cue - 1
  // "Noting that …, Ruiz said …": a bare participle opening the unit.
  if (!opensUnit(ctx, unit, cue)) {
    if (p < lo || !FRONTING.has(toks[p]!.norm)) return null
    const opener = skipLeading(ctx, lo, p)
    if (opener !== p && !(toks[opener]?.pos === 'ADV' && isComma(toks[opener + 1]) && opener + 2 === p))
      return null
  }
  const comma = mainClauseStart(ctx, cue + 1, unit.end)
  if (comma >= unit.end) return null
  const end = chunkRight(toks, comma + 1, unit.end)
  return end > comma + 1 ? { first: comma + 1, end } : null
}

/** Whether the cue is the first word of its unit (after leading punctuation and conjunctions). */
function opensUnit(ctx: UnitContext, unit: Unit, cue: number): boolean {
  return skipLeading(ctx, unit.first, cue) === cue
}

/** "with Ruiz calling it …": the subject of an absolute participle clause, or null. */
function withSubject(toks: readonly Token[], cue: number, lo: number): TokenRange | null {
  const subject = subjectBefore(toks, cue, lo)
  if (!subject || subject.end !== cue) return null
  return toks[subject.first - 1]?.norm === 'with' ? subject : null
}

/** The subject of the nearest finite verb before a participle cue: "Ruiz left, saying …" -> "Ruiz". */
function mainSubject(ctx: UnitContext, lo: number, cue: number): TokenRange | null {
  const { toks } = ctx
  for (let i = cue - 1; i >= lo; i--) {
    const t = toks[i]!
    if (ctx.quoteOf[i]! >= 0 || t.pos !== 'VERB' || t.norm.endsWith('ing')) continue
    if (toks[i - 1]?.norm === 'to') continue
    // "decried Ruiz’s repeated calls", "followed Ruiz's lead": a noun or adjective after a
    // genitive or determiner, not a verb.
    if (toks[i - 1] && isDeterminer(toks[i - 1]!)) continue
    // "a brief sit-in": a verb inside a hyphenated compound.
    if (toks[i + 1]?.norm === '-' || toks[i - 1]?.norm === '-') continue
    const subject = subjectBefore(toks, i, lo)
    // "Democrats sued after Ohio cut the week, saying …": a verb in a subordinate clause;
    // "rejected the notion that Democrats could leave, arguing …": a verb in a that-clause.
    if (subject && SUBORDINATE_BEFORE.has(toks[subject.first - 1]?.norm ?? '')) continue
    if (subject && thatInside(toks, subject)) continue
    if (subject) return subject
  }
  return null
}

/** "the notion that workers": a that-clause the chunker read as a determiner. */
function thatInside(toks: readonly Token[], r: TokenRange): boolean {
  for (let i = r.first + 1; i < r.end; i++) if (toks[i]!.norm === 'that') return true
  return false
}

/** The first noun phrase of a unit that is not inside a quote: the subject of its main clause. */
export function firstSubject(ctx: UnitContext, unit: Unit): TokenRange | null {
  const { toks } = ctx
  let from = unit.first
  // "In the meantime, the allies …": an introductory phrase before a comma is not the subject.
  if (toks[from]?.pos === 'ADP')
    for (let i = from + 1; i < unit.end && i - from <= 8; i++) {
      if (isComma(toks[i])) {
        from = i + 1
        break
      }
      if (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX') break
    }
  for (let i = from; i < unit.end; i++) {
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
    // "Ruiz, who says …, said …": a subject that holds this cue is not the next one's boundary.
    if (subj && subj.first > d.cue.first) j = skipLeftModifiers(toks, subj.first - 1, 0)
    if (toks[j]?.pos === 'CCONJ' || toks[j]?.pos === 'SCONJ') j--
    // "…, adding that …", "…, but Ruiz said …": a comma before the next attribution.
    // '…,” adding that …': the comma inside the closing quote mark.
    const quoteComma = j > 0 && commaInClose(ctx, j)
    if (j >= 0 && (isComma(toks[j]) || quoteComma) && toks[j]!.start > last.start) {
      let e = quoteComma ? j + 1 : j
      while (!quoteComma && e > 0 && toks[e - 1]!.pos === 'PUNCT' && ctx.quoteOf[e - 1]! < 0) e--
      const end = toks[e - 1]!.end
      if (end > last.start)
        return withContent(d, [...d.spans.slice(0, -1), { start: last.start, end }], d.after, d.awaitsQuote)
    }
  }
  return d
}
