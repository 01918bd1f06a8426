/**
 * @module serve
 * `createApp(store)`: the JSON API (documented at /api/openapi.json) and the web UI.
 */
export { createApp } from './app.ts'
export { openApiDocument } from './openapi.ts'
export { type RunningServer, type ServerOptions, startServer } from './server.ts'
