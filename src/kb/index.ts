/**
 * @module kb
 * The actor knowledge base and its gazetteer of places: file format (zod), loader and validator,
 * and the alias index (one for actors, one for places: same matching rules).
 */
export type { AliasIndex, AliasKind, AliasMatch, AliasSource, AliasTarget } from './alias-index.ts'
export { createAliasIndex, foldText, isWordChar } from './alias-index.ts'
export type { Kb, KbSource, LoadKbOptions } from './load-kb.ts'
export { buildKb, loadKb, SHIPPED_KB_FOLDER } from './load-kb.ts'
export type { PlaceIndex, PlaceMatch } from './place-index.ts'
export { createPlaceIndex } from './place-index.ts'
export type { KbEntry, KbPlace, KbRole } from './schema.ts'
export { kbEntrySchema, kbFileSchema, kbPlaceSchema } from './schema.ts'
