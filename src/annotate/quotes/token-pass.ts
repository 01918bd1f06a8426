/**
 * The one pass of the quotes stage over every token: it corrects the tagger where quotes depend
 * on it and finds the tokens that may start a cue and those that start a sentence, so that the
 * later steps look at those only (a walk over all tokens costs more than the rules it runs: most
 * tokens need no rule at all).
 */
import type { Token } from '../../doc/index.ts'
import { mayStartCue } from './cues.ts'
import { COGNITION_VERBS, SPEECH_VERBS } from './lexicon.ts'

export interface PreparedTokens {
  /** The tokens with the corrections below, in a plain array of their own (never the input array). */
  readonly toks: readonly Token[]
  /** 1 where the corrected token may start a cue (`mayStartCue`), else 0. */
  readonly cueCandidates: Uint8Array
  /** The indices of the tokens that start a sentence, the first token excepted. */
  readonly sentenceStarts: readonly number[]
}

/**
 * Corrects the tagger where quotes depend on it (each rule reads the tags as the rules before it
 * left them, as if applied one after another):
 * - a capitalised word inside a sentence next to a proper noun is part of a name, whatever the
 *   tagger says ("The Associated/VERB Press", "Shane Shook/VERB"), unless it is a cue ("Ruiz Says");
 * - "Lynch/VERB said": a capitalised word right before a speech verb is its subject's name;
 * - "Ian Read said/ADJ company leaders …": "said" or "says" after a name, not after a determiner;
 * - "is promising/ADJ lower taxes", ", warning/NOUN that …": a speech verb's -ing form read as
 *   an adjective or noun after an auxiliary or a comma;
 * - "does not guarantee/NOUN or confirm": a noun after an auxiliary and "not" is a bare verb;
 * and marks the cue candidates and the sentence starts.
 */
export function prepareTokens(text: string, layerTokens: readonly Token[]): PreparedTokens {
  // A plain copy to read: the layers of a Doc are frozen arrays, whose elements V8 (Node 20)
  // reads several times slower than a plain array's, and the stage reads tokens by index
  // everywhere. A spread copies a frozen array fast (`slice` takes a slow path, ~60x slower).
  const toks = [...layerTokens]
  // The corrected tokens, copied again at the first correction: the rules read the uncorrected
  // neighbours.
  let out: Token[] | null = null
  const cueCandidates = new Uint8Array(toks.length)
  const sentenceStarts: number[] = []
  // The tag of the token before, after the first three rules (what the "said" rule reads).
  let prevPos = ''
  let prevSentence = toks[0]?.sentence ?? 0
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    if (t.sentence !== prevSentence) sentenceStarts.push(i)
    prevSentence = t.sentence
    // Every rule applies to a verb, an adjective or a noun only.
    if (t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'NOUN') {
      prevPos = t.pos
      if (mayStartCue(t)) cueCandidates[i] = 1
      continue
    }
    let pos = t.pos
    let lemma = t.lemma
    if (namePart(text, toks, i) || nameBeforeSay(text, toks, i)) pos = 'PROPN'
    if (
      i > 0 &&
      t.pos === 'ADJ' &&
      (t.norm === 'said' || t.norm === 'says') &&
      (prevPos === 'PROPN' || prevPos === 'NOUN' || prevPos === 'PRON')
    ) {
      pos = 'VERB'
      lemma = 'say'
    }
    prevPos = pos
    if (i > 0 && (t.pos === 'ADJ' || t.pos === 'NOUN')) {
      // The word before first: it rules out more tokens, and more cheaply, than the suffix.
      const prev = toks[i - 1]!
      const base =
        (prev.pos === 'AUX' || prev.norm === ',') && t.norm.endsWith('ing') ? speechBase(t.norm) : null
      if (base) {
        pos = 'VERB'
        lemma = base
      }
    }
    if (t.pos === 'NOUN' && negatedAuxiliaryBefore(toks, i)) pos = 'VERB'
    if (pos === t.pos && lemma === t.lemma) {
      if (mayStartCue(t)) cueCandidates[i] = 1
      continue
    }
    out ??= [...toks]
    const fixed = retagged(t, pos, lemma)
    out[i] = fixed
    if (mayStartCue(fixed)) cueCandidates[i] = 1
  }
  return { toks: out ?? toks, cueCandidates, sentenceStarts }
}

/**
 * A copy of `t` with another tag and lemma, written as the same object literal (same keys, same
 * order) as the tokeniser's: V8 then gives it the tokeniser's hidden class. A spread copy
 * (`{ ...t, pos }`) gets a class of its own, and one such token in a document makes every
 * property read of the later steps polymorphic.
 */
export function retagged(t: Token, pos: string, lemma: string): Token {
  return { start: t.start, end: t.end, pos, norm: t.norm, lemma, sentence: t.sentence }
}

const UPPER = /^\p{Lu}/u

/** Whether the character at `at` is an upper-case letter; ASCII without the regex (this runs per token). */
function upperAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 128) return c >= 65 && c <= 90
  return UPPER.test(text.slice(at, at + 1))
}

const NEGATION = new Set(['not', "n't"])

/** "does not guarantee/NOUN or confirm": after an auxiliary and "not", a word is a bare verb. */
function negatedAuxiliaryBefore(toks: readonly Token[], i: number): boolean {
  const not = toks[i - 1]
  const aux = toks[i - 2]
  return not !== undefined && aux !== undefined && aux.pos === 'AUX' && NEGATION.has(not.norm)
}

/** "The Associated/VERB Press": a capitalised verb, adjective or noun (the caller checks) next to a proper noun. */
function namePart(text: string, toks: readonly Token[], i: number): boolean {
  if (i < 1 || i + 1 >= toks.length) return false
  const t = toks[i]!
  const prev = toks[i - 1]!
  if (t.sentence !== prev.sentence || (toks[i + 1]!.pos !== 'PROPN' && prev.pos !== 'PROPN')) return false
  if (!upperAt(text, t.start)) return false
  return !SPEECH_VERBS.has(t.lemma) && !COGNITION_VERBS.has(t.lemma)
}

/** "Lynch/VERB said": a capitalised verb or adjective right before a finite speech verb. */
function nameBeforeSay(text: string, toks: readonly Token[], i: number): boolean {
  if (i + 1 >= toks.length) return false
  const t = toks[i]!
  if (t.pos !== 'VERB' && t.pos !== 'ADJ') return false
  const next = toks[i + 1]!
  if (next.pos !== 'VERB' && next.norm !== 'said' && next.norm !== 'says') return false
  if (!SPEECH_VERBS.has(next.lemma) || !finiteForm(next.norm) || !upperAt(text, t.start)) return false
  return !SPEECH_VERBS.has(t.lemma) && !COGNITION_VERBS.has(t.lemma) && !t.norm.endsWith('ing')
}

/** The speech verb an -ing form comes from ("promising" -> "promise"), or null. */
function speechBase(norm: string): string | null {
  const stem = norm.slice(0, -3)
  for (const base of [stem, `${stem}e`, stem.slice(0, -1)]) if (SPEECH_VERBS.has(base)) return base
  return null
}

const IRREGULAR_PAST = new Set(['said', 'told', 'wrote'])

/** A finite form of a speech verb that follows its subject directly ("Lynch said", "Cook called"). */
function finiteForm(norm: string): boolean {
  return IRREGULAR_PAST.has(norm) || norm.endsWith('ed') || norm.endsWith('s')
}
