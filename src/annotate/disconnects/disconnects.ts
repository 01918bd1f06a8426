/**
 * The `disconnects` stage: where the parties cannot meet. Two sources: sticking points the text
 * names (`named-disconnects.ts`) and pairs of preconditions where each side makes the other's goal
 * wait (`conflicting-preconditions.ts`).
 */
import { type Disconnect, type Doc, layer } from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'
import { createPartyIndex } from '../common/party-index.ts'
import { conflictingPreconditions } from './conflicting-preconditions.ts'
import { namedDisconnects } from './named-disconnects.ts'

export type DisconnectsOptions = Record<string, never>

export function disconnects(_options: DisconnectsOptions = {}): Stage<'disconnects'> {
  return {
    name: 'disconnects',
    requires: ['sentences', 'actors', 'positions'],
    run: (doc: Doc) => ({ annotations: findDisconnects(doc) }),
  }
}

function findDisconnects(doc: Doc): Disconnect[] {
  const parties = createPartyIndex(layer(doc, 'actors'))
  const positions = layer(doc, 'positions')
  const holders = new Set(positions.map((p) => parties.side(p.holder)))
  const named = namedDisconnects(doc.text, layer(doc, 'sentences'), parties, holders)
  const conflicts = conflictingPreconditions(doc.text, positions, parties)
  return [...named, ...conflicts]
}
