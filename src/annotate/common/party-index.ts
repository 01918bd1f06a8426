/**
 * A lookup over the `actors` layer for the negotiation stages (proposals, positions,
 * disconnects): which actor a stretch of text mentions, who is nearest to a cue, how
 * prominent each side is, and who a side's counterpart is.
 */
import { type Actor, type ActorKind, firstStartingAt, type MentionKind } from '../../doc/index.ts'

export interface PartyMention {
  readonly start: number
  readonly end: number
  readonly actor: string
  readonly kind: MentionKind
}

export interface PartyIndex {
  /** Every mention of every actor, in text order. */
  readonly mentions: readonly PartyMention[]
  readonly actor: (id: string) => Actor | undefined
  /** Mentions lying inside `[start, end)`. */
  readonly within: (start: number, end: number) => PartyMention[]
  /** Mentions overlapping `[start, end)`. */
  readonly overlapping: (start: number, end: number) => PartyMention[]
  /** The actor id and its affiliation chain (Ines Okonma -> Hamas). */
  readonly chain: (id: string) => string[]
  /** The last id of the chain: the side an actor speaks for. */
  readonly side: (id: string) => string
  /** True when one actor's chain contains the other. */
  readonly sameSide: (a: string, b: string) => boolean
  /** Sides ranked by how often the article mentions them or their members. */
  readonly sides: readonly string[]
  /** The most prominent side other than the holder's own: the default addressee of a demand. */
  readonly counterpart: (holder: string) => string | null
}

// JRN: journalists and media (PLOVER's MED is medical)
const MEDIA_SECTORS: ReadonlySet<string> = new Set(['JRN'])
const SIDE_KINDS: ReadonlySet<ActorKind> = new Set(['state', 'organization', 'group'])

/**
 * The index of an actors layer, built once: proposals, positions and disconnects all ask for it,
 * and a layer never changes once made.
 */
const built = new WeakMap<readonly Actor[], PartyIndex>()

export function createPartyIndex(actors: readonly Actor[]): PartyIndex {
  let index = built.get(actors)
  if (!index) {
    index = buildPartyIndex(actors)
    built.set(actors, index)
  }
  return index
}

function buildPartyIndex(actors: readonly Actor[]): PartyIndex {
  const byId = new Map(actors.map((a) => [a.id, a]))
  const mentions: PartyMention[] = []
  for (const a of actors) {
    for (const m of a.mentions) mentions.push({ start: m.start, end: m.end, actor: a.id, kind: m.kind })
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end)
  const longest = mentions.reduce((max, m) => Math.max(max, m.end - m.start), 0)

  const chains = new Map<string, string[]>()
  const chain = (id: string): string[] => {
    const known = chains.get(id)
    if (known) return known
    const out: string[] = []
    let current: string | null = id
    while (current !== null && !out.includes(current) && out.length < 6) {
      out.push(current)
      current = byId.get(current)?.affiliation ?? null
    }
    chains.set(id, out)
    return out
  }
  const side = (id: string): string => {
    const c = chain(id)
    return c[c.length - 1] ?? id
  }
  const sameSide = (a: string, b: string) =>
    chain(a).includes(b) || chain(b).includes(a) || side(a) === side(b)

  // media outlets report the talks; they are not a side in them
  const isMedia = (id: string) => MEDIA_SECTORS.has(byId.get(id)?.sector ?? '')
  const weight = new Map<string, number>()
  for (const m of mentions) {
    if (isMedia(side(m.actor))) continue
    weight.set(side(m.actor), (weight.get(side(m.actor)) ?? 0) + 1)
  }
  const first = new Map<string, number>()
  for (const m of mentions) if (!first.has(side(m.actor))) first.set(side(m.actor), m.start)
  const sides = [...weight.keys()].sort(
    (a, b) => (weight.get(b) ?? 0) - (weight.get(a) ?? 0) || (first.get(a) ?? 0) - (first.get(b) ?? 0),
  )

  return {
    mentions,
    actor: (id) => byId.get(id),
    within: (start, end) => {
      const out: PartyMention[] = []
      for (let i = firstStartingAt(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) {
        if (mentions[i]!.end <= end) out.push(mentions[i]!)
      }
      return out
    },
    overlapping: (start, end) => {
      const out: PartyMention[] = []
      for (
        let i = firstStartingAt(mentions, start - longest);
        i < mentions.length && mentions[i]!.start < end;
        i++
      ) {
        if (start < mentions[i]!.end) out.push(mentions[i]!)
      }
      return out
    },
    chain,
    side,
    sameSide,
    sides,
    counterpart: (holder) => {
      // an international body (a coordinator, an envoy of the UN or EU) speaks to no one side, and
      // is no side a party speaks to
      const international = (id: string) => byId.get(id)?.sector === 'IGO'
      if (international(side(holder)) || international(holder)) return null
      const candidates = sides.filter((s) => !sameSide(s, holder) && !international(s))
      const kinds = (id: string) => SIDE_KINDS.has(byId.get(id)?.kind ?? 'other')
      return candidates.find(kinds) ?? candidates[0] ?? null
    },
  }
}
