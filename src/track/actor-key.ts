/**
 * Actor ids in an analysis are stable within one article only; across articles an actor is known
 * by its canonical name, so the key is a slug of that name ("Harbour Workers' Union" ->
 * "harbour-workers-union"). Knowledge-base actors have one canonical name, so they meet across articles.
 */
import type { Analysis } from '../analysis/index.ts'

// Names repeat across thousands of articles; the slug is worth remembering (bounded, reset when full).
const cache = new Map<string, string>()

export function actorKey(name: string): string {
  let key = cache.get(name)
  if (key === undefined) {
    if (cache.size > 50_000) cache.clear()
    key = slug(name)
    cache.set(name, key)
  }
  return key
}

function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'unnamed'
  )
}

type ActorRow = Analysis['actors'][number]

/** Maps the analysis's local actor ids to cross-article keys. */
export function actorKeys(analysis: Analysis): Map<string, string> {
  return new Map(analysis.actors.map((a) => [a.id, actorKey(a.name)]))
}

/**
 * The party an actor speaks for: its affiliation when it has one (a spokesman -> the group),
 * else itself. Returns a cross-article key.
 */
export function partyKeys(analysis: Analysis): Map<string, string> {
  const byId = new Map<string, ActorRow>(analysis.actors.map((a) => [a.id, a]))
  const out = new Map<string, string>()
  for (const actor of analysis.actors) {
    let party = actor
    const seen = new Set<string>()
    while (party.affiliation && byId.has(party.affiliation) && !seen.has(party.id)) {
      seen.add(party.id)
      party = byId.get(party.affiliation)!
    }
    out.set(actor.id, actorKey(party.name))
  }
  return out
}
