/**
 * Plain-SQL migrations: `migrations/NNN-name.sql`, applied in order, each in its own transaction,
 * recorded in `schema_migrations`. A database newer than this code is refused rather than guessed at.
 */
import { readdirSync, readFileSync } from 'node:fs'
import type Database from 'better-sqlite3'
import { ParleyError } from '../errors.ts'

const DIR = new URL('./migrations/', import.meta.url)

export interface Migration {
  readonly version: number
  readonly name: string
  readonly sql: string
}

export function loadMigrations(): Migration[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}-[\w-]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f, sql: readFileSync(new URL(f, DIR), 'utf8') }))
}

/** Applies the migrations not yet applied; returns their names. */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = loadMigrations(),
): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map(
      (r) => r.version,
    ),
  )
  const newest = Math.max(0, ...migrations.map((m) => m.version))
  const ahead = [...done].filter((v) => v > newest)
  if (ahead.length > 0) {
    throw new ParleyError(
      'store-migration',
      `the database has schema version ${Math.max(...ahead)}, newer than this Parley knows (${newest}); upgrade Parley`,
    )
  }
  const applied: string[] = []
  for (const m of migrations) {
    if (done.has(m.version)) continue
    try {
      db.transaction(() => {
        db.exec(m.sql)
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
          m.version,
          m.name,
          new Date().toISOString(),
        )
      })()
    } catch (error) {
      throw new ParleyError('store-migration', `migration ${m.name} failed: ${(error as Error).message}`, {
        cause: error,
      })
    }
    applied.push(m.name)
  }
  return applied
}
