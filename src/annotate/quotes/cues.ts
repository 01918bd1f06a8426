/**
 * Cue detection: the tokens that attribute speech to a source (speech verbs, "according to", nouns
 * of saying), with the uses that only look like cues filtered out. Beliefs are `attitudes.ts`.
 */
import type { Token } from '../../doc/index.ts'
import type { UnitContext } from './content.ts'
import { LISTENER_VERBS, OBJECT_CONTENT_VERBS, SPEECH_VERBS, STANDALONE_DETERMINERS } from './lexicon.ts'
import type { TokenRange } from './phrases.ts'
import type { Unit } from './units.ts'

export interface Cue extends TokenRange {
  readonly kind: 'speech' | 'according' | 'nominal'
  readonly lemma: string
}

const POSSESSIVE_BEFORE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s'])
const ADJECTIVAL_BEFORE = new Set(['DET', 'ADJ', 'NUM'])
const PASSIVE_AUX = new Set(['be', 'get'])

/**
 * Whether a token can start a cue at all (`cueKind` is null for every other token): the stage
 * runs this once per token (`token-pass.ts`) so that the cue search skips the others. Apart from
 * "according", a cue has a lemma of saying and is a verb, a noun, or "said"/"says" under another
 * tag; the tags are tested first because they are cheaper than the lemma lookup.
 */
export function mayStartCue(t: Token): boolean {
  if (t.norm === 'according') return true
  if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.norm !== 'said' && t.norm !== 'says') return false
  return CUE_LEMMAS.has(t.lemma)
}

/** The cue kind a token starts, if any. */
export function cueKind(toks: readonly Token[], i: number): Cue['kind'] | null {
  const t = toks[i]!
  if (t.norm === 'according' && toks[i + 1]?.norm === 'to') return 'according'
  // Every other cue has a lemma of saying: one lookup turns most tokens away (this runs per token).
  if (!CUE_LEMMAS.has(t.lemma)) return null
  if (NOMINAL_CUES.has(t.lemma) && toks[i + 1]?.norm === 'that' && possessorBefore(toks, i) >= 0)
    return 'nominal'
  const verbal =
    t.pos === 'VERB' ||
    // "the said company" is an adjective; "Ian Read said/ADJ company leaders …" is not.
    ((t.norm === 'says' || t.norm === 'said') && (t.pos !== 'ADJ' || !isDeterminerBefore(toks, i))) ||
    verbTaggedNoun(toks, i)
  if (!verbal) return null
  const speech = SPEECH_VERBS.has(t.lemma) || pointsOut(toks, i)
  if (!speech) return null
  const prev = toks[i - 1]
  if ((prev?.norm === 'to' && raisingHead(toks, i) < 0) || prev?.norm === '-' || prev?.norm === 'what')
    return null
  // A participle used as an adjective: "pledged delegates", "the well known".
  if (t.norm.endsWith('ed') || t.norm === 'known') {
    // "Ruiz suggested business leaders …": after its subject the form is a finite verb.
    // Verbs that take a noun object ("described the plan as …") keep the adjective reading.
    // "Police urged people to stay home": a listener and an infinitive make it a verb too.
    const afterSubject =
      (!OBJECT_CONTENT_VERBS.has(t.lemma) || listenerInfinitive(toks, i)) &&
      (SUBJECT_POS.has(prev?.pos ?? '') || (prev?.pos === 'PUNCT' && toks[i - 2]?.norm === ','))
    if (
      t.norm === 'known' ||
      ADJECTIVAL_BEFORE.has(prev?.pos ?? '') ||
      (toks[i + 1]?.pos === 'NOUN' && !afterSubject)
    )
      return null
  }
  if (toks[skipAdverbs(toks, i - 1)]?.norm === 'what') return null
  if (t.lemma === 'call' && !callReports(toks, i)) return null
  if (t.lemma === 'call' && whatBefore(toks, i)) return null
  // "Western states", "nine states": a plural noun after an adjective or a number.
  if (t.norm.endsWith('s') && t.norm !== 'says' && (prev?.pos === 'ADJ' || prev?.pos === 'NUM')) return null
  // "responded by pointing", "responded with chants": an act, not words.
  if (ACT_RESPONSES.has(t.lemma) && ACT_MARKERS.has(toks[i + 1]?.norm ?? '')) return null
  // A noun the tagger took for a verb: "the calls", "his repeated calls", "Trump’s calls".
  // "Another said", "Some say": a determiner standing alone as the subject.
  const standalone = prev && STANDALONE_DETERMINERS.has(prev.norm) && (t.pos === 'VERB' || t.norm === 'say')
  if (prev && isDeterminer(prev) && !standalone && !hasContraction(toks, i)) return null
  const modifier = prev && (prev.pos === 'ADJ' || (prev.pos === 'VERB' && prev.norm.endsWith('ed')))
  // "the pledged delegates", but "those surveyed said".
  if (modifier && toks[i - 2] && isDeterminer(toks[i - 2]!) && !(t.pos === 'VERB' && FINITE_SAY.has(t.norm)))
    return null
  // "Additional reporting by …", "the continuing …": a gerund or adjective, not a cue.
  if (t.norm.endsWith('ing') && (prev?.pos === 'ADJ' || prev?.pos === 'DET' || toks[i + 1]?.norm === 'by'))
    return null
  // "was first reported by Reuters": a passive with its agent reports what its subject names.
  if (isPassive(toks, i))
    return (t.lemma === 'ask' && PASSIVE_ASK_NEXT.has(toks[i + 1]?.norm ?? '')) || passiveAgent(toks, i)
      ? 'speech'
      : null
  return 'speech'
}

const LISTENER_REACH = 5
const LISTENER_WORDS = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM'])

/** "urged voters (not) to …": a listener verb, a short noun phrase, then an infinitive. */
function listenerInfinitive(toks: readonly Token[], i: number): boolean {
  if (!LISTENER_VERBS.has(toks[i]!.lemma)) return false
  let k = i + 1
  while (k < toks.length && k - i <= LISTENER_REACH && LISTENER_WORDS.has(toks[k]!.pos)) k++
  if (k === i + 1) return false
  if (toks[k]?.norm === 'not') k++
  return toks[k]?.norm === 'to' && toks[k + 1]?.pos === 'VERB'
}

const RAISING = new Set(['continue', 'proceed', 'seem', 'appear'])
const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'airwaves'])

/**
 * "went on to say", "continued to insist", "took to Twitter to say": the verb whose subject
 * speaks through an infinitive cue (its index), or -1. "refused to say" reports no saying.
 */
export function raisingHead(toks: readonly Token[], i: number): number {
  if (toks[i - 1]?.norm !== 'to') return -1
  const k = i - 2
  const t = toks[k]
  if (!t) return -1
  if (t.norm === 'on' && toks[k - 1]?.lemma === 'go') return k - 1
  if (t.pos === 'VERB' && RAISING.has(t.lemma)) return k
  if (PLATFORMS.has(t.norm) && toks[k - 1]?.norm === 'to' && toks[k - 2]?.lemma === 'take') return k - 2
  return -1
}

/** "was asked whether …", "was asked: “…”": the content is the question, the asker unnamed. */
const PASSIVE_ASK_NEXT = new Set([',', ':', 'by', 'whether', 'if', 'about', 'what', 'how', 'why'])
const POINT_PARTICLES = new Set(['out', 'to'])

/** "pointed out that …", "points to the record": "point" reports speech with its particle. */
function pointsOut(toks: readonly Token[], i: number): boolean {
  return toks[i]!.lemma === 'point' && POINT_PARTICLES.has(toks[i + 1]?.norm ?? '')
}

/** Passive speech verbs whose agent is a source: "was reported by", "were claimed by". */
const AGENT_PASSIVES = new Set([
  'report',
  'announce',
  'claim',
  'confirm',
  'post',
  'tweet',
  'write',
  'reveal',
  'disclose',
])

/** "was reported by the paper": a passive report followed by its agent. */
export function passiveAgent(toks: readonly Token[], i: number): boolean {
  return AGENT_PASSIVES.has(toks[i]!.lemma) && toks[i + 1]?.norm === 'by'
}

/** A passive form: "was told", "were asked" (not "was saying"). */
export function isPassive(toks: readonly Token[], i: number): boolean {
  const k = skipAdverbs(toks, i - 1)
  const aux = toks[k]
  if (aux?.pos !== 'AUX' || !PASSIVE_AUX.has(aux.lemma) || toks[i]!.norm.endsWith('ing')) return false
  // "He's said that …": the tokenizer expands "'s" to "is", but before a participle it is "has".
  const contracted = aux.norm === 'is' && toks[k - 1] !== undefined && toks[k - 1]!.end === aux.start
  return !(contracted && toks[i + 1]?.norm !== 'to')
}

const CLAUSE_NEXT = new Set(['DET', 'PROPN', 'PRON', 'NUM'])
const FINITE_AFTER = new Set(['VERB', 'AUX'])
const END_NEXT = new Set(['.', ',', ':', 'that', '“', '"'])

/**
 * "The Daily Caller reports.", "The paper notes the …": a present-tense speech verb the tagger
 * read as a plural noun, after a subject noun and before a clause or the end of the sentence.
 */
function verbTaggedNoun(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!
  if (t.pos !== 'NOUN' || !(SPEECH_VERBS.has(t.lemma) || t.lemma === 'point')) return false
  const prev = toks[i - 1]
  const next = toks[i + 1]
  if (!prev || !next) return false
  // "Six in 10 say he …", "55 percent say they …": a poll share before a plural verb.
  if (
    t.norm === 'say' &&
    (prev.pos === 'NUM' || prev.norm === 'percent' || STANDALONE_DETERMINERS.has(prev.norm))
  )
    return CLAUSE_NEXT.has(next.pos)
  // "Critics call it …", "senators claim to …", "leaders point out that …": a base form after a
  // plural subject, before a clause, an infinitive or a pronoun.
  if (t.norm === t.lemma && pluralNoun(prev)) {
    if (t.lemma === 'point') return next.norm === 'out'
    if (next.norm === 'to') return toks[i + 2]?.pos === 'VERB'
    return next.norm === 'that' || next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN'
  }
  if (!t.norm.endsWith('s') || (prev.pos !== 'PROPN' && prev.pos !== 'NOUN')) return false
  if (toks[i - 2] && POSSESSIVE_BEFORE.has(toks[i - 2]!.norm)) return false
  // "Western states that have voted": a relative clause after a plural noun.
  if (next.norm === 'that' && FINITE_AFTER.has(toks[i + 2]?.pos ?? '')) return false
  return END_NEXT.has(next.norm) || CLAUSE_NEXT.has(next.pos)
}

/** A plural noun ("senators", "critics"), not a genitive. */
function pluralNoun(t: Token): boolean {
  return (
    (t.pos === 'NOUN' || t.pos === 'PROPN') &&
    t.norm.length > 3 &&
    t.norm.endsWith('s') &&
    !t.norm.endsWith('ss')
  )
}

const PARTICIPLES = new Set(['said', 'told', 'written', 'spoken'])
const NOUN_LIKE = new Set(['NOUN', 'VERB', 'ADJ'])

/** "He's said", "Ruiz’s told": "'s" is "has" before a past participle, not a genitive. */
function hasContraction(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!
  return (
    GENITIVE_MARKS.has(toks[i - 1]?.norm ?? '') &&
    t.pos === 'VERB' &&
    (PARTICIPLES.has(t.norm) || t.norm.endsWith('ed')) &&
    // "Ruiz's repeated calls": a participle before a noun modifies it.
    !NOUN_LIKE.has(toks[i + 1]?.pos ?? '')
  )
}

const SUBJECT_POS = new Set(['PROPN', 'NOUN', 'PRON'])
const FINITE_SAY = new Set(['said', 'says', 'say'])

function isDeterminerBefore(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]
  return prev === undefined || isDeterminer(prev)
}
const NAMING_BEFORE = new Set(['a', 'an', 'so'])
const NAMED_PHRASE = new Set(['NOUN', 'ADJ', 'PROPN'])
/** Nouns of saying that take a "that" clause after a possessor: "Ruiz’s claim that …". */
const NOMINAL_CUES = new Set([
  'claim',
  'assertion',
  'insistence',
  'statement',
  'suggestion',
  'argument',
  'warning',
])
/** The lemmas that can start a non-"according" cue: nouns of saying, speech verbs, "point (out)". */
const CUE_LEMMAS: ReadonlySet<string> = new Set([...NOMINAL_CUES, ...SPEECH_VERBS, 'point'])
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my'])
const GENITIVE_MARKS = new Set(["'s", '’s'])

/**
 * The index of the possessor before a noun cue ("his", or the genitive mark of "Ruiz’s"),
 * stepping over adjectives ("his repeated claim"), or -1.
 */
export function possessorBefore(toks: readonly Token[], i: number): number {
  if (toks[i]!.pos !== 'NOUN') return -1
  let k = i - 1
  while (k >= 0 && i - k <= 3 && (toks[k]!.pos === 'ADJ' || toks[k]!.pos === 'ADV')) k--
  const t = toks[k]
  if (!t) return -1
  return POSSESSIVE_PRONOUNS.has(t.norm) || GENITIVE_MARKS.has(t.norm) ? k : -1
}
const ACT_RESPONSES = new Set(['respond', 'reply', 'answer', 'counter'])
const ACT_MARKERS = new Set(['by', 'with'])

const WHAT_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV', 'AUX'])

/** "what multiple lawmakers called “fraud”": the naming happens inside a noun phrase. */
function whatBefore(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const t = toks[k]!
    if (t.norm === 'what') return true
    if (!WHAT_PHRASE.has(t.pos)) return false
  }
  return false
}
const CALL_IDIOMS = new Set(['from', 'with', 'into', 'off', 'up', 'back'])

/**
 * "call" reports speech ("called the plan a disgrace", "called for talks") but not in "a group
 * called …", "so called", "calls from donors", "called into question", "called up".
 */
function callReports(toks: readonly Token[], i: number): boolean {
  const next = toks[i + 1]
  if (next && (CALL_IDIOMS.has(next.norm) || (next.norm === 'to' && toks[i + 2]?.norm === 'mind')))
    return false
  if (toks[i]!.norm !== 'called') return true
  const prev = toks[i - 1]
  if (!prev) return true
  if (prev.norm === 'so') return false
  if (prev.pos !== 'NOUN' && prev.pos !== 'PROPN') return true
  // The noun phrase before "called": an indefinite one, or an object, is being named.
  let k = i - 1
  while (k > 0 && NAMED_PHRASE.has(toks[k - 1]!.pos)) k--
  // "including one PAC called …", "by the donor club called …": after a preposition or a
  // participle, a phrase with a determiner is being named ("who signed the letter called …" is not).
  const det = toks[k - 1]
  const prep = toks[k - 2]
  if (
    det &&
    (det.pos === 'DET' || det.pos === 'NUM') &&
    prep &&
    (prep.pos === 'ADP' || (prep.pos === 'VERB' && prep.norm.endsWith('ing')))
  )
    return false
  const before = toks[k - 1]
  return !(before && (NAMING_BEFORE.has(before.norm) || before.pos === 'VERB' || before.pos === 'ADP'))
}

export function isDeterminer(t: Token): boolean {
  return t.pos === 'DET' || POSSESSIVE_BEFORE.has(t.norm)
}

export function skipAdverbs(toks: readonly Token[], j: number): number {
  while (j >= 0 && (toks[j]!.pos === 'ADV' || toks[j]!.pos === 'PART')) j--
  return j
}

export function findCues(ctx: UnitContext, unit: Unit): Cue[] {
  const out: Cue[] = []
  for (let i = unit.first; i < unit.end; i++) {
    if (ctx.cueCandidates[i] === 0 || ctx.quoteOf[i]! >= 0) continue
    const kind = cueKind(ctx.toks, i)
    if (!kind) continue
    const end = kind === 'according' || pointsOut(ctx.toks, i) ? i + 2 : i + 1
    out.push({ first: i, end, kind, lemma: ctx.toks[i]!.lemma })
    i = end - 1
  }
  return out
}
