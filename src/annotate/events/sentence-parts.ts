/**
 * Helpers of the events stage that read one sentence: its token range, the speech verb before a
 * trigger, the antecedent of a relative clause, whether an act is mutual or only the content of a
 * noun, and the evidence span of an event.
 */
import type { Token } from '../../doc/index.ts'
import { type Clause, SPEECH_VERBS } from './clauses.ts'
import { lemmaOf, type TriggerMatch } from './match-triggers.ts'
import type { Mention } from './mentions.ts'

export interface SentenceRange {
  readonly start: number
  readonly end: number
}

/** Token index ranges of each sentence, from the tokens' sentence numbers. */
export function sentenceRanges(tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = []
  let start = 0
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[start]!.sentence) {
      out.push({ start, end: i })
      start = i
    }
  }
  return tokens.length === 0 ? [] : out
}

/** Mutual acts, where coordinated subjects are each other's partners ("A and B met", "... signed a pact"). */
export function isReciprocal(code: {
  readonly type: string
  readonly cameo: string
  readonly head: TriggerMatch
}) {
  // "Cairo and Doha mediated": co-mediators work together, they do not mediate with each other
  if (code.head.entry.mode === 'mediate') return false
  if (code.type === 'CONSULT' || code.type === 'COOPERATE') return true
  if (code.type === 'AGREE') return code.head.entry.role !== 'intent' && code.cameo === '030'
  return code.type === 'SUPPORT' && (code.cameo === '050' || code.cameo === '054' || code.cameo === '057')
}

/** A verb right after "to" after a determined common noun: "a threat to boycott", "its plan to attack". */
export function nounComplement(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.norm !== 'to' || tokens[at - 2]?.pos !== 'NOUN' || tokens[at]?.pos !== 'VERB')
    return false
  for (let i = at - 3; i >= at - 6 && i >= 0; i--) {
    const t = tokens[i]!
    // a determiner or a possessor ("its plan to", "Freedonia's efforts to") opens the noun phrase
    if (t.pos === 'DET' || t.pos === 'PRON' || t.norm === "'s" || t.norm === '’s') return true
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'NOUN') return false
  }
  return false
}

/** The last speech verb of the sentence before token `to`, or -1. */
export function speechAt(tokens: readonly Token[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) {
    if (tokens[i]!.pos === 'VERB' && SPEECH_VERBS.has(lemmaOf(tokens[i]!))) return i
  }
  return -1
}

export const RELATIVE_MARKERS = new Set(['who', 'which', 'whom'])

/** "Freedonia, which is helping broker ...": the actor a relative clause is about. */
export function antecedent(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  clause: Clause,
): Mention | null {
  if (!RELATIVE_MARKERS.has(clause.marker ?? '')) return null
  let end = clause.start - 1
  if (tokens[end]?.norm === ',') end--
  return mentions.find((m) => m.last === end) ?? null
}

export function evidenceSpan(
  tokens: readonly Token[],
  clause: Clause,
  trigger: { start: number; end: number },
  source: Mention | null,
  target: Mention | null,
  sentence: { start: number; end: number },
) {
  let start = tokens[clause.start]!.start
  let end = tokens[clause.end - 1]!.end
  if (source && source.start >= sentence.start && source.start < start) start = source.start
  if (target && target.end <= sentence.end && target.end > end) end = target.end
  start = Math.min(start, trigger.start)
  end = Math.max(end, trigger.end)
  return { start, end }
}
