/**
 * The complement of an attitude verb, by shape: a "that" clause or a bare clause ("believes
 * [that the deal is dead]", "thinks [Ruiz will win]"), a to-infinitive ("wants [to run]"), an
 * object noun phrase ("endorsed [Haddad]"), a phrase after a particle ("referring [to the
 * plan]"), or, for raising verbs and passives of belief, the whole clause with no source ("[the
 * vote is expected to pass]").
 */
import type { Token } from '../../doc/index.ts'
import { cutAdverbial, cutSideClause, firstComma, inFrontedClause } from './adjuncts.ts'
import type { AttitudeLexicon } from './attitude-lexicon.ts'
import { finiteTag, trimEnd, type UnitContext } from './content.ts'
import { isPassive, skipAdverbs } from './cues.ts'
import { chunkLeft, isComma, subjectBefore, type TokenRange } from './phrases.ts'
import type { Unit } from './units.ts'

export interface Attitude {
  readonly cue: TokenRange
  readonly speaker: TokenRange | null
  readonly content: TokenRange
}

const FREE = 0
const NP_START = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM', 'ADJ'])
const SUBJECT_START = new Set(['DET', 'PROPN', 'PRON', 'NOUN', 'NUM'])
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us', 'you', 'this', 'that'])
const NOT_OBJECT = new Set([
  'there',
  'who',
  'which',
  'what',
  'whose',
  'itself',
  'himself',
  'herself',
  'themselves',
])
/** Punctuation that ends an object noun phrase. */
const OBJECT_END = new Set([',', ';', ':', '—', '–', '--', '(', '.', '?', '!'])

/** The attitude whose verb is token `i`, if its complement has one of the known shapes. */
export function attitudeAt(
  ctx: UnitContext,
  unit: Unit,
  i: number,
  state: Uint8Array,
  lexicon: AttitudeLexicon,
): Attitude | null {
  const { toks } = ctx
  const t = toks[i]!
  if (t.pos !== 'VERB') return null
  const prev = toks[i - 1]
  // "to support", "the supporting cast", "a proposed law": not a finite attitude.
  if (prev && (prev.norm === 'to' || prev.pos === 'DET' || prev.pos === 'ADJ')) return null
  if (!inLexicon(lexicon, t.lemma)) return null
  const hi = unit.end
  // "Do you support …?": a question attributes nothing.
  if (toks[hi - 1]!.norm === '?' && ctx.quoteOf[hi - 1]! < 0) return null
  const lemma = t.lemma
  const next = toks[i + 1]
  if (!next || i + 1 >= hi || state[i + 1] !== FREE) return null

  // "[The vote] is expected to pass", "[The race] seems to be over": the clause, no source.
  const raising =
    lexicon.raising.has(lemma) ||
    (lexicon.passiveRaising.has(lemma) && isPassive(toks, i) && next.norm === 'to')
  if (raising) {
    const subject = subjectBefore(toks, i, unit.first)
    if (!subject || !raisedComplement(toks, i, hi)) return null
    // "it seems [the party has changed]": the clause after the verb is the content.
    if (subject.end - subject.first === 1 && toks[subject.first]!.norm === 'it' && next.norm !== 'to') {
      const r = next.norm === 'that' ? i + 2 : i + 1
      if (!bareClause(toks, r, hi)) return null
      const end = contentEnd(ctx, r, hi, state)
      return end > r ? { cue: { first: i, end: i + 1 }, speaker: null, content: { first: r, end } } : null
    }
    const first = clauseStart(ctx, subject.first, unit.first, state)
    if (!freeRange(state, first, i)) return null
    // "[The House is expected to pass the bill], potentially …": the clause ends at its comma.
    const end = firstBreak(ctx, i + 1, contentEnd(ctx, i + 1, hi, state))
    if (end <= i + 1) return null
    return { cue: { first: i, end: i + 1 }, speaker: null, content: { first, end } }
  }
  if (isPassive(toks, i)) return null

  const participle = t.norm.endsWith('ing')
  const speaker = participle ? participleSubject(ctx, unit, i) : subjectBefore(toks, i, unit.first)
  if (!speaker) return null
  // "Ruiz, who backed the plan, …": a relative clause describes its noun; the attitude is
  // background, and PolNeAR marks it about half of the time.
  if (speaker.end - speaker.first === 1 && RELATIVE.has(toks[speaker.first]!.norm)) return null

  let r = i + 1
  // "believes strongly that …"
  while (r < hi && toks[r]!.pos === 'ADV' && r - i <= 2) r++
  const first = toks[r]
  if (!first || state[r] !== FREE) return null

  let start = -1
  let objectOnly = false
  let cueEnd = i + 1
  const particles = lexicon.particle.get(lemma)
  if (first.norm === 'that' && lexicon.thatClause.has(lemma)) start = r
  else if (first.norm === 'to' && lexicon.infinitive.has(lemma) && verbAfter(toks, r + 1, hi)) start = r
  else if (particles?.has(first.norm) && NP_START.has(toks[r + 1]?.pos ?? '')) {
    cueEnd = r + 1
    start = r + 1
    objectOnly = true
  } else if (lexicon.bareClause.has(lemma) && bareClause(toks, r, hi)) start = r
  else if (lexicon.object.has(lemma) && objectStart(first)) {
    start = r
    objectOnly = true
    // "expressed concern [that …]", "voiced doubts [about …]": the noun names the attitude and
    // joins the cue; its complement is the content.
    const noun = STANCE_CARRIERS.has(lemma) ? stanceNoun(toks, r, hi) : null
    if (noun) {
      cueEnd = noun.cueEnd
      start = noun.start
      objectOnly = noun.objectOnly
    }
  }
  if (start < 0) return null
  // "the poll showed [Ruiz leading the field, …]": a small clause runs to the end of its clause.
  const small = objectOnly && smallClause(toks, start, hi)
  let end = objectOnly && !small ? objectEnd(ctx, start, hi, state) : contentEnd(ctx, start, hi, state)
  // "refused [to speak] as she left", "When he learned [that …], she …", "hoped [to win], where …".
  if (objectOnly || toks[start]!.norm === 'to') end = cutAdverbial(ctx, start, end)
  if (inFrontedClause(ctx, unit.first, i)) end = firstComma(ctx, start, end)
  if (!objectOnly) end = cutSideClause(ctx, start, end)
  if (end <= start || truncated(ctx, start, end, hi, state)) return null
  return { cue: { first: i, end: cueEnd }, speaker, content: { first: start, end } }
}

/** "seems to …", "appears likely", "seemed like …", "it seems the …": not "appeared on TV". */
function raisedComplement(toks: readonly Token[], i: number, hi: number): boolean {
  let r = i + 1
  while (r < hi && toks[r]!.pos === 'ADV') r++
  const t = toks[r]
  if (!t) return false
  return (
    t.norm === 'to' || t.norm === 'like' || t.norm === 'that' || t.pos === 'ADJ' || bareClause(toks, r, hi)
  )
}

/** Words that cannot sit inside the subject of a raising verb: where its clause starts. */
const CLAUSE_EDGE = new Set(['AUX', 'SCONJ', 'CCONJ', 'PUNCT', 'INTJ'])

/**
 * The start of the clause whose subject starts at `first`: the subject phrase may reach further
 * left than the noun phrase ("[Some of the donors to Ruiz] seemed …").
 */
function clauseStart(ctx: UnitContext, first: number, lo: number, state: Uint8Array): number {
  const { toks } = ctx
  let k = first
  // "[who are expected to …]", "[it seemed …]": a pronoun subject opens its clause.
  if (toks[first]!.pos === 'PRON' || RELATIVE.has(toks[first]!.norm)) return first
  while (k > lo && state[k - 1] === FREE) {
    const p = toks[k - 1]!
    if (CLAUSE_EDGE.has(p.pos) || p.norm === 'that' || RELATIVE.has(p.norm)) break
    if (p.pos === 'VERB' && !p.norm.endsWith('ing') && !p.norm.endsWith('ed')) break
    k--
  }
  return k
}
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'where', 'when'])

function inLexicon(lexicon: AttitudeLexicon, lemma: string): boolean {
  return (
    lexicon.thatClause.has(lemma) ||
    lexicon.bareClause.has(lemma) ||
    lexicon.infinitive.has(lemma) ||
    lexicon.object.has(lemma) ||
    lexicon.particle.has(lemma) ||
    lexicon.raising.has(lemma) ||
    lexicon.passiveRaising.has(lemma)
  )
}

function freeRange(state: Uint8Array, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (state[k] !== FREE) return false
  return true
}

/** A verb after "to", past adverbs: "to run", "to quickly fan out". */
function verbAfter(toks: readonly Token[], r: number, hi: number): boolean {
  while (r < hi && toks[r]!.pos === 'ADV') r++
  return r < hi && finiteTag(toks[r]!.pos)
}

/** "thinks [Ruiz will win]": a subject and, within a few words, its verb. */
function bareClause(toks: readonly Token[], r: number, hi: number): boolean {
  const t = toks[r]!
  if (!SUBJECT_START.has(t.pos) || OBJECT_PRONOUNS.has(t.norm) || NOT_OBJECT.has(t.norm)) return false
  for (let k = r + 1; k < hi && k - r <= 6; k++) {
    const c = toks[k]!
    if (finiteTag(c.pos)) return !c.norm.endsWith('ing') || c.pos === 'AUX'
    if (c.pos === 'PUNCT' || c.pos === 'ADP' || c.pos === 'SCONJ' || c.pos === 'CCONJ') return false
  }
  return false
}

function objectStart(t: Token): boolean {
  return NP_START.has(t.pos) && !NOT_OBJECT.has(t.norm)
}

/** The end of a clause content: the end of its clause, before any attribution found earlier. */
function contentEnd(ctx: UnitContext, r: number, hi: number, state: Uint8Array): number {
  let e = trimEnd(ctx, r, hi)
  for (let k = r; k < e; k++)
    if (state[k] !== FREE && ctx.quoteOf[k]! < 0) {
      e = k
      break
    }
  while (e > r && ctx.toks[e - 1]!.pos === 'PUNCT' && ctx.quoteOf[e - 1]! < 0) e--
  return e
}

/** The first comma, semicolon or dash outside quotes between `r` and `end`, else `end`. */
function firstBreak(ctx: UnitContext, r: number, end: number): number {
  for (let k = r; k < end; k++)
    if (ctx.quoteOf[k]! < 0 && (isComma(ctx.toks[k]) || DASHES.has(ctx.toks[k]!.norm))) return k
  return end
}
const DASHES = new Set(['—', '–', '--'])

/**
 * The end of an object content: the first punctuation outside quotes that ends a phrase, or a
 * second predicate ("backed Ruiz [and joined …]"). Adjuncts stay inside: PolNeAR's contents
 * mostly keep them ("cited the report [in a letter]").
 */
function objectEnd(ctx: UnitContext, r: number, hi: number, state: Uint8Array): number {
  const { toks } = ctx
  const e = contentEnd(ctx, r, hi, state)
  for (let k = r + 1; k < e; k++) {
    if (ctx.quoteOf[k]! >= 0) continue
    const t = toks[k]!
    if (OBJECT_END.has(t.norm)) {
      // "cited [jobs, taxes and schools]": a comma inside a list of nouns.
      if (t.norm === ',' && listGoesOn(toks, k, e)) continue
      return k
    }
    if (t.pos === 'CCONJ' && finiteTag(toks[k + 1]?.pos)) return k
  }
  return e
}

/**
 * The subject of a participle attitude (", citing the report"): the subject of the nearest
 * finite verb before it in the unit.
 */
function participleSubject(ctx: UnitContext, unit: Unit, i: number): TokenRange | null {
  const { toks } = ctx
  const j = skipAdverbs(toks, i - 1)
  if (!isComma(toks[j])) return null
  for (let k = j - 1; k >= unit.first; k--) {
    const v = toks[k]!
    if (v.pos !== 'VERB' || v.norm.endsWith('ing') || toks[k - 1]?.norm === 'to') continue
    const subject = subjectBefore(toks, k, unit.first)
    if (subject) return subject
    if (toks[k - 1] && SUBJECT_START.has(toks[k - 1]!.pos))
      return { first: chunkLeft(toks, k - 1, unit.first), end: k }
  }
  return null
}

/** Words a content cannot end with: a content cut short by a claimed attribution ("that", "Trump for"). */
const DANGLING = new Set(['ADP', 'SCONJ', 'DET', 'CCONJ', 'PART', 'AUX'])

/**
 * Whether the content [r, end) stops at an attribution found earlier and is left dangling: the
 * real content holds that attribution, and a stub matches nothing.
 */
function truncated(ctx: UnitContext, r: number, end: number, hi: number, state: Uint8Array): boolean {
  const { toks } = ctx
  let k = end
  while (k < hi && toks[k]!.pos === 'PUNCT' && ctx.quoteOf[k]! < 0) k++
  if (k >= hi || state[k] === FREE || ctx.quoteOf[k]! >= 0) return false
  const last = toks[end - 1]!
  return end - r <= 2 || DANGLING.has(last.pos) || RELATIVE.has(last.norm) || last.norm === 'that'
}

/** Verbs whose object may be a noun of attitude with its own complement ("expressed concern that"). */
const STANCE_CARRIERS = new Set(['express', 'voice'])
const NOUN_COMPLEMENT_PREPS = new Set(['about', 'with', 'in', 'over', 'for'])

/**
 * The complement of the noun that heads an object ("concern [that …]", "interest [in …]"): where
 * the cue ends and the content starts, or null when the noun has none.
 */
function stanceNoun(
  toks: readonly Token[],
  r: number,
  hi: number,
): { cueEnd: number; start: number; objectOnly: boolean } | null {
  let k = r
  while (k < hi && k - r < 4 && (toks[k]!.pos === 'DET' || toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV'))
    k++
  if (k >= hi || toks[k]!.pos !== 'NOUN') return null
  const next = toks[k + 1]
  if (!next || k + 2 >= hi) return null
  if (next.norm === 'that') return { cueEnd: k + 1, start: k + 1, objectOnly: false }
  if (NOUN_COMPLEMENT_PREPS.has(next.norm)) return { cueEnd: k + 2, start: k + 2, objectOnly: true }
  return null
}

/** Words a list of noun phrases is made of. */
const LIST_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])
const LIST_JOINS = new Set(['and', 'or'])

/**
 * Whether the comma at `k` sits inside a list of noun phrases that ends with "and" or "or"
 * before `end` ("jobs, taxes and schools"; "Ruiz, Haddad, and Okafor").
 */
function listGoesOn(toks: readonly Token[], k: number, end: number): boolean {
  let words = 0
  for (let j = k + 1; j < end && j - k <= 12; j++) {
    const t = toks[j]!
    // "…, and he left": a clause, not the last item.
    if (LIST_JOINS.has(t.norm)) return toks[j + 1]?.pos !== 'PRON' && NP_START.has(toks[j + 1]?.pos ?? '')
    if (t.norm === ',') continue
    if (!LIST_WORDS.has(t.pos) && !(t.norm === 'of' && words > 0)) return false
    words++
  }
  return false
}

/** "Ruiz leading the field", "her clutching her phone": a noun phrase and a participle. */
function smallClause(toks: readonly Token[], r: number, hi: number): boolean {
  for (let k = r + 1; k < hi && k - r <= 5; k++) {
    const t = toks[k]!
    if (t.pos === 'VERB' && t.norm.endsWith('ing')) return NP_START.has(toks[k - 1]!.pos)
    if (!NP_START.has(t.pos)) return false
  }
  return false
}
