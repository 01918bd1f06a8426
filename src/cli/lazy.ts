/**
 * The heavy parts load when a command runs, not when the CLI starts: `parley --help` never
 * reads the language model, and `parley analyze` never loads the HTTP server or the SQLite driver.
 */
export const loadPipeline = () => import('../pipeline/index.ts')
export const loadStore = () => import('../store/index.ts')
export const loadServe = () => import('../serve/index.ts')
export const loadIngest = () => import('../ingest/index.ts')
export const loadTrack = () => import('../track/index.ts')
