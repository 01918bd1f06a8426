import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { negotiationArticles } from '../../test/support/negotiation.ts'
import { runStoreContract } from '../../test/support/store-contract.ts'
import type { Analysis } from '../analysis/index.ts'
import { ParleyError } from '../errors.ts'
import { loadMigrations, migrate, openStore } from './index.ts'

describe('SQLite store', () => {
  runStoreContract(() => openStore({ path: ':memory:' }))
})

describe('SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-store-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('should use WAL and keep the data across reopening, migrating only once', () => {
    const path = join(dir, 'a.sqlite')
    const s = openStore({ path })
    s.putArticle(negotiationArticles()[0]!)
    s.close()
    expect(existsSync(path)).toBe(true)
    const again = openStore({ path })
    expect(again.stats().articles).toBe(1)
    again.close()
    const db = new Database(path)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: loadMigrations().length,
    })
    db.close()
  })

  it('should see stories written by another connection to the same file', () => {
    const path = join(dir, 'b.sqlite')
    const a = openStore({ path })
    const b = openStore({ path })
    const [day1, day2] = negotiationArticles()
    const first = a.putArticle(day1!)
    // b cached no stories yet; a writes, then b must place day2 in a's story.
    expect(b.putArticle(day2!).storyId).toBe(first.storyId)
    a.close()
    b.close()
  })

  it('should read the quotes of a database from before attributions as speech, and keep attitudes apart', () => {
    const path = join(dir, 'old.sqlite')
    const [day1, day2] = negotiationArticles().filter((a) => a.quotes.length > 0)
    // An analysis written by an older Parley: quotes without `attribution`.
    const old = {
      ...day1!,
      quotes: day1!.quotes.map(({ attribution: _, ...q }) => q),
    } as unknown as Analysis
    const s = openStore({ path })
    s.putArticle(old)
    s.close()
    const db = new Database(path)
    db.exec('ALTER TABLE quotes DROP COLUMN attribution; DELETE FROM schema_migrations WHERE version = 2')
    db.close()
    const again = openStore({ path })
    const before = again.listQuotes().items
    expect(before.length).toBeGreaterThan(0)
    expect(before.every((q) => q.attribution === 'speech')).toBe(true)
    expect(
      again.getArticle(before[0]!.articleId)!.analysis.quotes.every((q) => q.attribution === 'speech'),
    ).toBe(true)
    const belief = { ...day2!, quotes: day2!.quotes.map((q) => ({ ...q, attribution: 'attitude' as const })) }
    expect(belief.quotes.length).toBeGreaterThan(0)
    again.putArticle(belief)
    expect(again.listQuotes({ attribution: 'attitude' }).items).toHaveLength(belief.quotes.length)
    expect(again.listQuotes({ attribution: 'speech' }).items).toHaveLength(before.length)
    again.close()
  })

  it('should refuse a database from a newer Parley', () => {
    const db = new Database(':memory:')
    migrate(db)
    db.prepare('INSERT INTO schema_migrations VALUES (999, ?, ?)').run('999-future.sql', 'now')
    try {
      migrate(db)
      expect.unreachable()
    } catch (error) {
      expect((error as ParleyError).code).toBe('store-migration')
    }
    db.close()
  })

  it('should say which file it could not open', () => {
    const path = join(dir, 'not-a-db.sqlite')
    writeFileSync(path, 'this is not a database, just text that is long enough to have a header '.repeat(20))
    try {
      openStore({ path }).stats()
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ParleyError)
      expect((error as Error).message).toContain(path)
    }
  })
})
