/**
 * Every affiliation names an actor of the list: a body the article does not mention ("Robert Malley"
 * -> the State Department -> the United States) is added from the knowledge base with no mentions,
 * so that readers can follow the chain to the party.
 */
import type { Actor } from '../../doc/index.ts'
import type { Kb } from '../../kb/index.ts'

export function withAffiliations(actors: readonly Actor[], kb: Kb): Actor[] {
  const out = [...actors]
  const ids = new Set(out.map((a) => a.id))
  // the list grows while it is walked, so chains of any length close
  for (let i = 0; i < out.length; i++) {
    const id = out[i]!.affiliation
    if (!id || ids.has(id)) continue
    const entry = kb.byId.get(id)
    if (!entry) continue
    ids.add(id)
    out.push({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      country: entry.country,
      // a state stands for its people and its government alike until the article says which
      sector: entry.kind === 'state' ? null : entry.sector,
      affiliation: entry.affiliation ?? null,
      role: null,
      known: true,
      mentions: [],
    })
  }
  return out
}
