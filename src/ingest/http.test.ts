import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openStore } from '../store/index.ts'
import { FetchFailure, fetchFeed } from './fetch.ts'
import { ingestSources } from './ingest.ts'
import { pollFeeds } from './poller.ts'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../test/fixtures/feeds/${name}`, import.meta.url))

let server: Server
let base = ''
const hits = new Map<string, number>()
let changingVersion = 1
let bigBytesSent = 0

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/'
    hits.set(path, (hits.get(path) ?? 0) + 1)
    const n = hits.get(path) ?? 0
    if (path === '/changing.xml') {
      const body = fixture(changingVersion === 1 ? 'world-v1.xml' : 'world-v2.xml')
      res.writeHead(200, {
        'content-type': 'application/rss+xml; charset=utf-8',
        etag: `"v${changingVersion}"`,
      })
      return res.end(body)
    }
    if (path === '/etag.xml') {
      if (req.headers['if-none-match'] === '"fixed"') {
        res.writeHead(304, { etag: '"fixed"' })
        return res.end()
      }
      res.writeHead(200, {
        'content-type': 'application/rss+xml',
        etag: '"fixed"',
        'last-modified': 'Mon, 03 Mar 2025 09:00:00 GMT',
      })
      return res.end(fixture('world-v1.xml'))
    }
    if (path === '/flaky.xml') {
      if (n === 1) {
        res.writeHead(503, { 'retry-after': '1' })
        return res.end('busy')
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      return res.end(fixture('world-v1.xml'))
    }
    if (path === '/loop-a') {
      res.writeHead(302, { location: '/loop-b' })
      return res.end()
    }
    if (path === '/loop-b') {
      res.writeHead(301, { location: `${base}/loop-a` })
      return res.end()
    }
    if (path === '/huge.xml') {
      // 100 MB streamed in 64 KB chunks, no Content-Length: the client must stop early.
      res.writeHead(200, { 'content-type': 'application/rss+xml' })
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      let left = 100 * 1024 * 1024
      const pump = (): void => {
        while (left > 0) {
          left -= chunk.length
          bigBytesSent += chunk.length
          if (!res.write(chunk)) return void res.once('drain', pump)
        }
        res.end()
      }
      res.on('close', () => {
        left = 0
      })
      return pump()
    }
    if (path === '/broken.xml') {
      res.writeHead(200, { 'content-type': 'application/atom+xml' })
      return res.end(fixture('broken-item.xml'))
    }
    res.writeHead(404)
    res.end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('polling a real HTTP server', () => {
  it('stores new items when a feed changes between polls, and only those', async () => {
    const store = openStore({ path: ':memory:' })
    const url = `${base}/changing.xml`
    changingVersion = 1
    const first = await pollFeeds([url], {
      store,
      feedState: store,
      maxPolls: 1,
      intervalMs: 10,
      perHostGapMs: 0,
    })
    expect(first.new).toBe(2)
    changingVersion = 2
    const second = await pollFeeds([url], {
      store,
      feedState: store,
      maxPolls: 1,
      intervalMs: 10,
      perHostGapMs: 0,
    })
    expect(second.new).toBe(1)
    expect(second.duplicates).toBe(2)
    expect(store.stats().items).toBe(3)
    expect(store.getFeedState(url)?.etag).toBe('"v2"')
    store.close()
  })

  it('sends the stored ETag and treats 304 as unchanged', async () => {
    const store = openStore({ path: ':memory:' })
    const url = `${base}/etag.xml`
    const outcomes: string[] = []
    await pollFeeds([url], {
      store,
      feedState: store,
      maxPolls: 2,
      intervalMs: 1,
      perHostGapMs: 0,
      onPoll: (e) => outcomes.push(e.outcome),
    })
    expect(outcomes).toEqual(['updated', 'not-modified'])
    expect(store.getFeedState(url)?.lastModified).toBe('Mon, 03 Mar 2025 09:00:00 GMT')
    expect(store.stats().items).toBe(2)
    store.close()
  })

  it('backs off on 503, honours Retry-After, then takes the feed in', async () => {
    const store = openStore({ path: ':memory:' })
    const url = `${base}/flaky.xml`
    const events: { outcome: string; nextPollAt: string; at: number }[] = []
    const started = Date.now()
    const summary = await pollFeeds([url], {
      store,
      feedState: store,
      maxPolls: 2,
      backoffBaseMs: 10,
      perHostGapMs: 0,
      random: () => 0,
      onPoll: (e) => events.push({ outcome: e.outcome, nextPollAt: e.nextPollAt, at: Date.now() }),
    })
    expect(events.map((e) => e.outcome)).toEqual(['error', 'updated'])
    // backoff alone would be 5 ms; Retry-After asked for 1 s
    expect(Date.parse(events[0]?.nextPollAt ?? '') - started).toBeGreaterThanOrEqual(950)
    expect((events[1]?.at ?? 0) - started).toBeGreaterThanOrEqual(950)
    expect(summary.new).toBe(2)
    expect(store.getFeedState(url)?.failures).toBe(0)
    store.close()
  })

  it('refuses a redirect loop', async () => {
    const error = await fetchFeed(`${base}/loop-a`).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FetchFailure)
    expect((error as FetchFailure).code).toBe('fetch-redirects')
  })

  it('cuts off a 100 MB answer at the size cap without reading it all', async () => {
    const started = Date.now()
    const error = await fetchFeed(`${base}/huge.xml`, { maxBytes: 2 * 1024 * 1024 }).catch((e: unknown) => e)
    expect((error as FetchFailure).code).toBe('fetch-too-large')
    expect(Date.now() - started).toBeLessThan(5000)
    expect(bigBytesSent).toBeLessThan(60 * 1024 * 1024)
  })

  it('reports a damaged entry with its source and keeps the rest of the feed', async () => {
    const store = openStore({ path: ':memory:' })
    const summary = await ingestSources([`${base}/broken.xml`], { store })
    expect(summary.new).toBeGreaterThanOrEqual(1)
    expect(
      summary.problems.some(
        (p) => p.source.startsWith(`${base}/broken.xml`) && /well-formed|lenient/i.test(p.reason),
      ),
    ).toBe(true)
    store.close()
  })
})
