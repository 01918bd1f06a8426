/**
 * Every file of the shared feed corpus parses, and the facts of its INDEX.md row hold
 * (item counts, first item's guid, headline, dates, status, version). Reads ../shared at run time.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { RawItem } from '../../src/doc/raw-item.ts'
import { toIsoDate } from '../../src/ingest/dates.ts'
import { parseDocument } from '../../src/ingest/parse.ts'
import type { ParsedDocument } from '../../src/ingest/types.ts'

const ROOT = join(process.cwd(), '../shared/data/feeds')
const available = existsSync(join(ROOT, 'INDEX.md'))
/** Files that are not feeds on purpose: the parser must refuse them with a clear reason. */
const NEGATIVE = new Set(['rss/rss-parser_unrecognized_html.rss'])

interface Row {
  readonly file: string
  readonly facts: Map<string, string>
  readonly itemFacts: Map<string, string>
}

function readIndex(): Row[] {
  const rows: Row[] = []
  let folder = ''
  for (const line of readFileSync(join(ROOT, 'INDEX.md'), 'utf8').split('\n')) {
    const heading = /^## `([^`]+)\/`/.exec(line)
    if (heading?.[1]) folder = heading[1]
    const row = /^\| `([^`]+)` \([\d]+ B\) \|[^|]*\|[^|]*\| (.*?) \| .* \|$/.exec(line)
    if (!row?.[1] || !row[2] || folder.includes('expected') || folder === 'feedparser') continue
    const facts = new Map<string, string>()
    const itemFacts = new Map<string, string>()
    let target = facts
    for (const part of row[2].split('; ')) {
      let p = part
      const marker = /^\[(first item|item0)\] /.exec(p)
      if (marker) {
        target = itemFacts
        p = p.slice(marker[0].length)
      } else if (/^\[item\d+\]/.test(p)) break
      const eq = p.indexOf('=')
      if (eq > 0) target.set(p.slice(0, eq), p.slice(eq + 1).replace(/\\\|/g, '|'))
    }
    rows.push({ file: `${folder}/${row[1]}`, facts, itemFacts })
  }
  return rows
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/…$/, '').replace(/\s+/g, ' ').trim()
/** INDEX auto facts were read honouring a wrong charset declaration ("DÃ©cÃ¨s"): compare with the repaired text. */
const unmojibake = (s: string): string => (/Ã./.test(s) ? Buffer.from(s, 'latin1').toString('utf8') : s)

/** Returns the mismatches between a row's facts and the parsed document. */
function check(row: Row, doc: ParsedDocument): string[] {
  const bad: string[] = []
  const item: RawItem | undefined = doc.items[0]
  const all = new Map([...row.facts, ...row.itemFacts])
  const count = row.facts.get('items') ?? row.facts.get('n_items') ?? row.facts.get('urls')
  if (count && /^\d+$/.test(count) && doc.items.length !== Number(count))
    bad.push(`items ${doc.items.length} != ${count}`)
  if (!item) return doc.items.length === 0 && (count === '0' || !count) ? bad : [...bad, 'no item']
  const headline =
    row.facts.get('headline') ??
    row.facts.get('hl1') ??
    row.facts.get('HeadLine') ??
    row.facts.get('headlines[0]') ??
    row.itemFacts.get('title')
  if (headline && !norm(item.headline).startsWith(norm(unmojibake(headline))))
    bad.push(`headline ${JSON.stringify(item.headline)} != ${JSON.stringify(headline)}`)
  const guid =
    row.facts.get('uri') ??
    row.facts.get('urn') ??
    (row.facts.get('root') === 'newsMessage' || row.facts.has('n_items')
      ? row.facts.get('guid')
      : undefined) ??
    row.itemFacts.get('guid') ??
    row.itemFacts.get('id')
  if (guid && !guid.endsWith('…') && item.guid !== guid && !item.guid.endsWith(guid))
    bad.push(`guid ${item.guid} != ${guid}`)
  if (guid?.endsWith('…') && !item.guid.startsWith(norm(guid))) bad.push(`guid ${item.guid} !^= ${guid}`)
  for (const key of [
    'versionCreated',
    'versioncreated',
    'version_created',
    'ThisRevisionCreated',
    'date.issue',
  ]) {
    const value = all.get(key)
    if (!value) continue
    const expected = toIsoDate(value)
    if (expected && item.versionCreated !== expected && item.firstCreated !== expected)
      bad.push(`${key} ${item.versionCreated} != ${expected}`)
  }
  const pubDate =
    row.itemFacts.get('pubDate') ?? row.itemFacts.get('updated') ?? row.itemFacts.get('date_published')
  if (pubDate) {
    const expected = toIsoDate(pubDate)
    if (expected && item.versionCreated !== expected && item.firstCreated !== expected)
      bad.push(`date ${item.versionCreated}/${item.firstCreated} != ${expected}`)
  }
  const status = all.get('pubStatus') ?? all.get('pubstatus') ?? all.get('Status')
  if (status) {
    const want = status
      .toLowerCase()
      .replace(/^stat:/, '')
      .replace('cancelled', 'canceled')
    if (item.status !== want) bad.push(`status ${item.status} != ${want}`)
  }
  const version = all.get('version') ?? all.get('RevisionId')
  if (version && /^\d+$/.test(version) && item.version !== Number(version))
    bad.push(`version ${item.version} != ${version}`)
  const language = all.get('language')
  if (language && item.language?.toLowerCase() !== language.toLowerCase())
    bad.push(`language ${item.language} != ${language}`)
  return bad
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? walk(p) : [p]
  })
}

describe('the shared feed corpus', () => {
  // The corpus is beside the repository in development and CI; its absence is a failure, not a skip.
  it('should find the corpus in ../shared', () => {
    expect(available).toBe(true)
  })

  it('parses every data file (the one HTML page is refused with a reason)', () => {
    const failures: string[] = []
    const files = walk(ROOT).filter(
      (f) => !/\.md$|\/expected\/|expectations\.json$|date_vectors\.json$/.test(f),
    )
    expect(files.length).toBeGreaterThan(180)
    for (const file of files) {
      const rel = file.slice(ROOT.length + 1)
      try {
        const doc = parseDocument(readFileSync(file), { source: rel })
        if (NEGATIVE.has(rel)) failures.push(`${rel}: accepted, should be refused`)
        else if (!rel.startsWith('feedparser/') && doc.items.length === 0 && doc.feeds.length === 0)
          failures.push(`${rel}: no items`)
      } catch (error) {
        const message = (error as Error).message
        if (NEGATIVE.has(rel)) expect(message).toMatch(/not a feed/)
        // feedparser files that declare entities are refused by design (no entity is expanded)
        else if (!(rel.startsWith('feedparser/') && /entit|empty|no root/.test(message)))
          failures.push(`${rel}: ${message}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('matches the facts of every INDEX.md row', () => {
    const rows = readIndex()
    expect(rows.length).toBeGreaterThan(100)
    const failures: string[] = []
    let checked = 0
    for (const row of rows) {
      if (NEGATIVE.has(row.file)) continue
      const doc = parseDocument(readFileSync(join(ROOT, row.file)), { source: row.file })
      checked++
      for (const problem of check(row, doc)) failures.push(`${row.file}: ${problem}`)
    }
    expect(checked).toBeGreaterThan(100)
    expect(failures).toEqual([])
  })
})
