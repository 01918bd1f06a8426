/**
 * The store's commands end to end, in process (spawning costs seconds each): `demo --no-serve`
 * fills a store from the fictional examples, `stories` lists it, `export` writes CSV, and bad
 * flags are clear errors with a code.
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.ts'

const dir = mkdtempSync(join(tmpdir(), 'parley-store-cli-'))
const db = join(dir, 'demo.sqlite')

async function parley(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk)
    return true
  })
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  try {
    const code = await main(['node', 'parley', ...args])
    return { code, stdout, stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
    process.exitCode = undefined
  }
}

describe('parley demo, stories, export', () => {
  it('should analyse the examples into a store once, list the stories and export the events', async () => {
    const demo = await parley('demo', '--no-serve', '--db', db)
    expect(demo.code, demo.stderr).toBe(0)
    // Eleven texts (one republished verbatim by a second outlet): twelve example files in all.
    expect(demo.stderr).toMatch(/holds 11 articles, 12 publications, \d+ stories/)
    const again = await parley('demo', '--no-serve', '--db', db)
    expect(again.stderr).toMatch(/holds 11 articles, 12 publications/)

    const stories = await parley('stories', '--db', db, '--json')
    expect(stories.code, stories.stderr).toBe(0)
    const list = JSON.parse(stories.stdout) as { items: { publications: number }[] }
    expect(list.items.reduce((sum, s) => sum + s.publications, 0)).toBe(12)

    const out = join(dir, 'events.csv')
    const exported = await parley('export', '--db', db, '--table', 'events', '--output', out)
    expect(exported.code, exported.stderr).toBe(0)
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toMatch(/^event_id,event_date,event_type,/)
  }, 120_000)

  it('should refuse an unknown table and an unknown story with a code', async () => {
    const table = await parley('export', '--db', db, '--table', 'people')
    expect(table.code).toBe(2)
    expect(table.stderr).toContain('[bad-request]')
    const story = await parley('stories', 's_none', '--db', db)
    expect(story.code).toBe(2)
    expect(story.stderr).toContain('[not-found]')
  })
})
