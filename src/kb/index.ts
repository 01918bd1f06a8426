/**
 * @module kb
 * The actor knowledge base: file format (zod), loader and validator, and the alias index.
 */
export type { AliasIndex, AliasKind, AliasMatch, AliasTarget } from './alias-index.ts'
export { createAliasIndex, foldText, isWordChar } from './alias-index.ts'
export type { Kb, KbSource, LoadKbOptions } from './load-kb.ts'
export { buildKb, loadKb, SHIPPED_KB_FOLDER } from './load-kb.ts'
export type { KbEntry, KbRole } from './schema.ts'
export { kbEntrySchema, kbFileSchema } from './schema.ts'
