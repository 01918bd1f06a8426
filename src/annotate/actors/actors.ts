/**
 * The `actors` stage: who is in the article. Knowledge-base names, aliases, demonyms and capitals
 * (acting ones only), people and organisations found from the text itself (titles, appositives,
 * "a Hamas official"), then coreference of role nouns and pronouns. Every mention is listed on
 * its actor with its kind. See `docs/actors.md`.
 */
import type { Actor, Doc } from '../../doc/index.ts'
import { hasLayer, layer } from '../../doc/index.ts'
import {
  type AliasIndex,
  createAliasIndex,
  createPlaceIndex,
  foldText,
  type Kb,
  type LoadKbOptions,
  loadKb,
  type PlaceIndex,
} from '../../kb/index.ts'
import type { Stage } from '../../pipeline/index.ts'
import { withAffiliations } from './affiliations.ts'
import { corefer, joinRoleHolders } from './coref.ts'
import { localiseGenericBodies } from './generic-bodies.ts'
import { placeBodies, placeCivilians, placePeople } from './placement.ts'
import { Registry } from './registry.ts'
import { createRoleIndex, type RoleIndex } from './roles.ts'
import { Scanner } from './scan.ts'
import { mendSlippedCapitals, TokenView } from './tokens-view.ts'

export interface ActorsOptions {
  /** A knowledge base already loaded (tests, embedding); otherwise `loadKb(kb)` runs once. */
  readonly knowledgeBase?: Kb
  /** Options for loading the knowledge base: extra folders, skipping the shipped one. */
  readonly kb?: LoadKbOptions
  /** The date people's offices are checked against when the article has none (YYYY-MM-DD; default today). */
  readonly today?: string
}

export interface ActorFinder {
  readonly kb: Kb
  readonly index: AliasIndex
  readonly places: PlaceIndex
  readonly roles: RoleIndex
  find(doc: Doc): Actor[]
}

/** Builds the indexes once; `find` annotates one Doc. */
export function createActorFinder(options: ActorsOptions = {}): ActorFinder {
  const kb = options.knowledgeBase ?? loadKb(options.kb)
  const index = createAliasIndex(kb.entries)
  const places = createPlaceIndex(kb.places)
  const roles = createRoleIndex(kb.entries)
  return {
    kb,
    index,
    places,
    roles,
    find(doc) {
      const published = doc.meta.published?.slice(0, 10) ?? null
      const date = published ?? options.today ?? new Date().toISOString().slice(0, 10)
      const v = new TokenView(doc.text, layer(doc, 'tokens'))
      const reg = new Registry()
      const dated = published !== null || options.today !== undefined
      const env = {
        v,
        folded: mendSlippedCapitals(foldText(doc.text)),
        kb,
        index,
        places,
        roles,
        date,
        dated,
        reg,
      }
      const scanner = new Scanner(env)
      scanner.run()
      localiseGenericBodies(reg, kb, doc.text)
      corefer(env, scanner)
      joinRoleHolders(reg)
      const sentences = hasLayer(doc, 'sentences') ? layer(doc, 'sentences') : []
      placeBodies(env, (s) => sentences[s]?.paragraph ?? 0, scanner.datelineState())
      placePeople(env)
      placeCivilians(env, scanner)
      return withAffiliations(reg.toActors(), kb)
    },
  }
}

export function actors(options: ActorsOptions = {}): Stage<'actors'> {
  const finder = createActorFinder(options)
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    run: (doc) => ({ annotations: finder.find(doc) }),
  }
}
