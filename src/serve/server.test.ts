import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { openStore } from '../store/index.ts'
import { startServer } from './server.ts'

describe('startServer', () => {
  it('should bind to 127.0.0.1 by default and answer over HTTP', async () => {
    const store = openStore({ path: ':memory:' })
    const server = await startServer(store, { port: 0 })
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const res = await fetch(`${server.url}api/health`)
    expect((await res.json()).ok).toBe(true)
    await server.close()
    store.close()
  })

  it('should take the next free port when asked to fall back, and refuse otherwise', async () => {
    const blocker = createServer()
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done))
    const taken = (blocker.address() as { port: number }).port
    const store = openStore({ path: ':memory:' })
    await expect(startServer(store, { port: taken })).rejects.toMatchObject({ code: 'bad-request' })
    const server = await startServer(store, { port: taken, fallback: true })
    expect(server.port).toBeGreaterThan(taken)
    await server.close()
    blocker.close()
    store.close()
  })
})
