/**
 * `parley serve`: the HTTP API and web UI over a store, on 127.0.0.1 unless told otherwise.
 */
import type { Command } from 'commander'
import { ParleyError } from '../../errors.ts'
import { loadServe, loadStore } from '../lazy.ts'

export function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ParleyError('bad-request', `--port ${value}: expected a port number from 0 to 65535`)
  }
  return port
}

/** Keeps the process alive until Ctrl-C, then closes the server and the store. */
export function closeOnSignal(close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      close().then(resolve)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the HTTP API (/api, documented at /api/openapi.json) and the web UI')
    .option('--db <file>', 'SQLite store (default: $PARLEY_DB or ./parley.sqlite)')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--port <n>', 'port', '8787')
    .action(async (flags: { db?: string; host: string; port: string }) => {
      const [{ openStore }, { startServer }] = await Promise.all([loadStore(), loadServe()])
      const store = openStore(flags.db ? { path: flags.db } : {})
      const server = await startServer(store, { host: flags.host, port: parsePort(flags.port) })
      if (flags.host !== '127.0.0.1' && flags.host !== 'localhost' && flags.host !== '::1') {
        process.stderr.write(`parley: warning: serving on ${flags.host}, reachable from other machines\n`)
      }
      process.stdout.write(
        `Parley is serving ${server.url}  (API: ${server.url}api/openapi.json; Ctrl-C stops)\n`,
      )
      await closeOnSignal(async () => {
        await server.close()
        store.close()
      })
    })
}
