/**
 * Coordinated actors: one event per conjunct. The conjuncts of a mutual act meet one another (every
 * ordered pair); those of a one-sided act each get the event; coordinated objects each receive it.
 */

import type { Mention } from './mentions.ts'
import { coordinated, isModifier } from './noun-phrases.ts'
import type { ParticipantQuery } from './participants.ts'

/** The mentions coordinated with a target after it ("A and B"), when the list is short. */
export function objectConjuncts(q: ParticipantQuery, target: Mention): Mention[] {
  const out: Mention[] = []
  let at = q.mentions.indexOf(target)
  while (at >= 0 && at + 1 < q.mentions.length) {
    const next = q.mentions[at + 1]!
    if (next.first >= q.objectTo || !coordinated(q.text, q.mentions[at]!, next)) break
    out.push(next)
    at++
  }
  // Commas alone make an apposition ("Sylvania, its old ally"), not a list.
  if (
    out.length > 0 &&
    !/\band\b|&/i.test(q.text.slice((out[out.length - 2] ?? target).end, out[out.length - 1]!.start))
  )
    return []
  // "the lifting of Sylvanian and Ruritanian tariffs": modifiers of one noun, not several objects.
  const last = out[out.length - 1]
  if (!last || out.length >= MAX_CONJUNCTS || isModifier(last, q.tokens)) return []
  return out.filter((m) => m.actor !== target.actor)
}

/** At most this many conjuncts are paired with one another (3 give 6 dyads); longer lists are not. */
export const MAX_CONJUNCTS = 3

export function moreDyads(
  conjuncts: readonly Mention[],
  target: Mention | null,
  pair: Mention | null,
  reciprocal: boolean,
) {
  const out: Array<readonly [Mention, Mention | null]> = []
  // A longer list names participants, not the sides of one exchange ("diplomats from A, B, C, D and E").
  if (conjuncts.length < 2 || conjuncts.length > MAX_CONJUNCTS) return out
  const parties = conjuncts
  if ((target && target !== pair) || !reciprocal) {
    for (const c of parties.slice(1)) if (c.actor !== target?.actor) out.push([c, target])
    return out
  }
  for (const a of parties)
    for (const b of parties) {
      if (a.actor === b.actor || (a === parties[0] && b === parties[1])) continue
      out.push([a, b])
    }
  return out
}
