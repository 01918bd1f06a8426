/**
 * Reported attacks as accusations (CAMEO 112, as the PETRARCH coders do): what a speaker says about
 * violence is an event of the speaker's.
 *
 * - "X claimed/charged that Y attacked Z": an ACCUSE from X to Y. A claim of one's own attack ("X
 *   claimed that it had shelled Z") is a claim of responsibility, CAMEO 015, which has no PLOVER
 *   type: no event.
 * - "X said it was attacked (by Y)": the speaker is the victim, so the report is a complaint, an ACCUSE
 *   from X to Y (or to nobody named).
 * - Otherwise ("X said Y attacked Z", a third party's report) the attack stays the event.
 */
import type { EventType, Token } from '../../doc/index.ts'
import { lemmaOf } from './match-triggers.ts'
import type { Mention } from './participants.ts'

/** Violence and coercion: the acts whose report is a charge against the actor. */
const CHARGEABLE = new Set<EventType>(['ASSAULT', 'COERCE'])
/** Verbs that deny what their complement says happened ("denied that it had shelled"). */
export const DENIAL_VERBS = new Set(['deny', 'dispute'])

/** A denial verb before the trigger in its sentence: the act is reported as not having happened. */
export function deniedBefore(tokens: readonly Token[], from: number, to: number): boolean {
  let that = false
  for (let i = to - 1; i >= from; i--) {
    const t = tokens[i]!
    // "denied that ...", or a complement close by ("denied shelling"); not "denied it and then attacked".
    if (t.pos === 'VERB' && DENIAL_VERBS.has(lemmaOf(t))) return that || to - i <= 3
    if (t.norm === 'that') that = true
    if (t.norm === ';' || t.norm === '.' || t.norm === 'and' || t.norm === 'but') return false
  }
  return false
}

/** Speech verbs that assert a disputed fact. */
const CLAIM_VERBS = new Set(['claim', 'charge', 'contend', 'insist'])

export type ClaimReading =
  | { readonly kind: 'accuse'; readonly source: Mention; readonly target: string | null }
  | { readonly kind: 'own-claim' }
  | null

/**
 * How a reported act reads: `speech` is the index of the speech verb before the trigger, `speaker` its
 * subject, `source`/`target` the act's participants.
 */
export function readClaim(
  tokens: readonly Token[],
  type: EventType,
  speech: number,
  speaker: Mention | null,
  source: string | null,
  target: string | null,
): ClaimReading {
  if (!speaker || speech < 0 || !CHARGEABLE.has(type)) return null
  const claim = CLAIM_VERBS.has(lemmaOf(tokens[speech]!))
  if (claim) {
    if (source === speaker.actor) return { kind: 'own-claim' }
    return { kind: 'accuse', source: speaker, target: source }
  }
  if (target === speaker.actor && source !== speaker.actor)
    return { kind: 'accuse', source: speaker, target: source }
  return null
}
