/**
 * Crash safety: SIGKILL `parley ingest <folder>` in the middle, run it again, and every item is
 * stored exactly once with nothing corrupted.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../store/index.ts'

const FILES = 150
const PER_FILE = 5
const dir = mkdtempSync(join(tmpdir(), 'parley-crash-'))
const db = join(dir, 'parley.sqlite')
const feeds = join(dir, 'feeds')

function writeFeeds(): void {
  mkdirSync(feeds)
  for (let f = 0; f < FILES; f++) {
    const items = Array.from({ length: PER_FILE }, (_, i) => {
      const n = f * PER_FILE + i
      return `<item><guid isPermaLink="false">crash-${n}</guid><title>Delegation meeting number ${n}</title>
<pubDate>Mon, 03 Mar 2025 09:${String(i).padStart(2, '0')}:00 GMT</pubDate>
<description>Round ${n} of the talks ended with a joint statement from both delegations.</description></item>`
    }).join('\n')
    writeFileSync(
      join(feeds, `feed-${String(f).padStart(4, '0')}.xml`),
      `<rss version="2.0"><channel><title>Feed ${f}</title>${items}</channel></rss>`,
    )
  }
}

function run(): ChildProcess {
  return spawn(
    process.execPath,
    ['bin/parley.js', 'ingest', feeds, '--no-analyze', '--no-progress', '--db', db],
    {
      cwd: process.cwd(),
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  )
}

function count(): number {
  try {
    const store = openStore({ path: db })
    const n = store.stats().items
    store.close()
    return n
  } catch {
    return 0
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('crash safety', () => {
  it('a SIGKILL mid-ingest and a rerun leave every item stored exactly once', async () => {
    writeFeeds()
    const child = run()
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const deadline = Date.now() + 20_000
    let seen = 0
    while (Date.now() < deadline) {
      seen = count()
      if (seen > 0) break
      await new Promise((r) => setTimeout(r, 10))
    }
    child.kill('SIGKILL')
    await exited
    const afterKill = count()
    expect(seen).toBeGreaterThan(0)
    expect(afterKill).toBeLessThan(FILES * PER_FILE)

    const again = run()
    const code = await new Promise<number | null>((resolve) => again.once('exit', resolve))
    expect(code).toBe(0)
    const store = openStore({ path: db })
    const stats = store.stats()
    store.close()
    expect(stats.items).toBe(FILES * PER_FILE)
    expect(stats.versions).toBe(FILES * PER_FILE)
  }, 40_000)
})
