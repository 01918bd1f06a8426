/**
 * Binds the app to a port: 127.0.0.1 unless told otherwise; when the port is taken and
 * `fallback` is set, the next free one.
 */
import { createServer } from 'node:net'
import { serve } from '@hono/node-server'
import { ParleyError } from '../errors.ts'
import type { Store } from '../store/index.ts'
import { createApp } from './app.ts'

export interface ServerOptions {
  readonly host?: string
  readonly port?: number
  /** Try the following ports (up to 20) when `port` is taken. */
  readonly fallback?: boolean
}

export interface RunningServer {
  readonly url: string
  readonly port: number
  close(): Promise<void>
}

function portFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, host)
  })
}

export async function startServer(store: Store, options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  let port = options.port ?? 8787
  if (port !== 0 && !(await portFree(host, port))) {
    if (!options.fallback)
      throw new ParleyError('bad-request', `port ${port} on ${host} is in use; choose another with --port`)
    let tries = 0
    while (!(await portFree(host, ++port))) {
      if (++tries >= 20) throw new ParleyError('bad-request', `no free port near ${options.port} on ${host}`)
    }
  }
  const app = createApp(store)
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info) => {
      const shown = host.includes(':') ? `[${host}]` : host
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () => new Promise((done) => server.close(() => done())),
      })
    })
    server.once('error', reject)
  })
}
