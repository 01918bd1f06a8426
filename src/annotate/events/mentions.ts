/** Actor mentions as token ranges: what the participant rules look at. */
import type { Actor, Token } from '../../doc/index.ts'

export interface Mention {
  readonly actor: string
  /** A common-noun actor with no country ("troops", "the military"): a weaker candidate. */
  readonly generic: boolean
  readonly state: boolean
  /** A news outlet: it reports events, it is not a side in them. */
  readonly media: boolean
  readonly country: string | null
  readonly start: number
  readonly end: number
  /** Token indices of the first and last token inside the mention. */
  readonly first: number
  readonly last: number
}

/** Actor mentions as token ranges, outer mentions only, in text order. */
export function mentionsOf(actors: readonly Actor[], tokens: readonly Token[]): Mention[] {
  const raw: Array<Omit<Mention, 'first' | 'last'>> = []
  for (const a of actors) {
    const generic = a.country === null && a.kind === 'group' && !a.known
    const media = a.sector === 'JRN'
    const state = a.kind === 'state'
    // Object literals, not spreads: spreading a fresh object per mention is ten times slower.
    for (const m of a.mentions)
      raw.push({ actor: a.id, generic, media, state, country: a.country, start: m.start, end: m.end })
  }
  raw.sort((x, y) => x.start - y.start || y.end - x.end)
  const out: Mention[] = []
  for (const m of raw) {
    const prev = out[out.length - 1]
    if (prev && m.start < prev.end) continue
    const first = firstTokenAt(tokens, m.start)
    let last = first
    while (last + 1 < tokens.length && tokens[last + 1]!.start < m.end) last++
    if (first < tokens.length && tokens[first]!.start < m.end) {
      const { actor, generic, media, state, country, start, end } = m
      out.push({ actor, generic, media, state, country, start, end, first, last })
    }
  }
  return out
}

function firstTokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid]!.end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
