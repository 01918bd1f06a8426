/**
 * @module store
 * Everything Parley reads, kept: feed items and all their versions, articles, analyses,
 * publications, actors, stories. `openStore()` opens the SQLite implementation.
 */
export { loadMigrations, migrate } from './migrate.ts'
export { openStore, type StoreOptions } from './sqlite-store.ts'
export type * from './store.ts'
export { DEFAULT_LIMIT, MAX_LIMIT } from './store.ts'
