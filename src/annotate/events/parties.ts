/**
 * The sides of an article. A person or unit counts as the party it belongs to (its affiliation, else
 * the state of its country when the article names that state); media do not count.
 *
 * Used twice: repeated events are merged per party, and an event whose target the sentence does not
 * name ("Rebels reject truce offer") is aimed at the article's main counterpart, the party other
 * than the source's that the article mentions most (at least twice).
 */
import type { Actor, Event } from '../../doc/index.ts'

// JRN: journalists and media (PLOVER's MED is medical)
const MEDIA_SECTORS = new Set(['JRN'])

export interface Parties {
  /** The party an actor speaks for (itself when it has none). */
  readonly partyOf: (id: string | null) => string | null
  /** The most-mentioned party other than `party` and those `besides`, if mentioned at least twice. */
  readonly counterpartOf: (party: string | null, besides?: ReadonlySet<string | null>) => string | null
}

export function partiesOf(actors: readonly Actor[]): Parties {
  const stateOf = new Map<string, string>()
  for (const a of actors) if (a.kind === 'state' && a.country) stateOf.set(a.country, a.id)
  const party = new Map<string, string>()
  for (const a of actors) {
    const viaCountry = a.kind !== 'state' && a.country ? stateOf.get(a.country) : undefined
    party.set(a.id, a.affiliation ?? (a.kind === 'person' ? viaCountry : undefined) ?? a.id)
  }
  const weight = new Map<string, number>()
  for (const a of actors) {
    if (a.sector && MEDIA_SECTORS.has(a.sector)) continue
    if (a.country === null && a.kind === 'group' && !a.known) continue
    const p = party.get(a.id) ?? a.id
    weight.set(p, (weight.get(p) ?? 0) + a.mentions.length)
  }
  // an international body (the UN, the EU's coordinator) is no side an act is aimed at by default
  const international = new Set(actors.filter((a) => a.sector === 'IGO').map((a) => a.id))
  const ranked = [...weight.entries()]
    .filter(([p, n]) => n >= 2 && !international.has(p))
    .sort((x, y) => y[1] - x[1])
  const partyOf = (id: string | null) => (id === null ? null : (party.get(id) ?? id))
  return {
    partyOf,
    counterpartOf: (p, besides) => ranked.find(([q]) => q !== p && !besides?.has(q))?.[0] ?? null,
  }
}

/**
 * Aims target-less events at the source's counterpart. A party the article shows mediating is no
 * side: it is never the counterpart ("Qatar urged all parties to commit" is not aimed at Egypt, its
 * co-mediator; "Israel rejected the offer" not at the mediator mentioned most).
 */
export function fillTargets(list: readonly Event[], parties: Parties): Event[] {
  const mediators = new Set<string | null>()
  for (const e of list) if (e.mode === 'mediate') mediators.add(parties.partyOf(e.source))
  return list.map((e) => {
    if (e.target !== null || e.source === null) return e
    const target = parties.counterpartOf(parties.partyOf(e.source), mediators)
    return target ? { ...e, target } : e
  })
}

/**
 * News repeats its events (headline, lead, recap). One event per type and source party (a person counts
 * as the group they speak for, "the prime minister" as the state when the actors stage says so): a later mention
 * merges into an earlier one when their targets agree or one of them has none (the one with a target
 * is kept, at its first place).
 */
export function mergeRepeats(list: readonly Event[], partyOf: (id: string | null) => string | null): Event[] {
  const out: Event[] = []
  for (const e of list) {
    if (e.source === null) {
      out.push(e)
      continue
    }
    const at = out.findIndex(
      (o) =>
        o.type === e.type &&
        partyOf(o.source) === partyOf(e.source) &&
        o.status === e.status &&
        (partyOf(o.target) === partyOf(e.target) || o.target === null || e.target === null),
    )
    if (at < 0) out.push(e)
    else if (out[at]!.target === null && e.target !== null) out[at] = e
  }
  return out
}
