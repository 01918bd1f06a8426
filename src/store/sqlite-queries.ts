/**
 * The read side of the SQLite store: lists with filters and pagination, stories, search.
 * Evidence text is sliced here in TypeScript from the stored article text.
 */
import type Database from 'better-sqlite3'
import type { Analysis } from '../analysis/index.ts'
import type { RawItem } from '../doc/index.ts'
import { ParleyError } from '../errors.ts'
import type { StoryArticle } from '../track/index.ts'
import { makeSnippet, queryWords, toFtsQuery } from './search-query.ts'
import {
  type ActorRow,
  type ArticleSummary,
  DEFAULT_LIMIT,
  type EventFilter,
  type EventRow,
  type Filter,
  type ItemVersion,
  MAX_LIMIT,
  type PageRequest,
  type PositionFilter,
  type PositionRow,
  type QuoteFilter,
  type QuoteRow,
  type SearchHit,
  type Store,
  type StoredArticle,
  type StoredStory,
  type StorySummary,
} from './store.ts'

type Row = Record<string, unknown>
type Queries = Omit<
  Store,
  | 'putItem'
  | 'putAnalysis'
  | 'hasAnalysis'
  | 'putArticle'
  | 'batch'
  | 'getFeedState'
  | 'setFeedState'
  | 'close'
>

function pageOf(request: PageRequest): { limit: number; offset: number } {
  const limit = request.limit ?? DEFAULT_LIMIT
  const offset = request.offset ?? 0
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new ParleyError('bad-request', `limit must be an integer from 1 to ${MAX_LIMIT}, not ${limit}`)
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ParleyError('bad-request', `offset must be a whole number, not ${offset}`)
  }
  return { limit, offset }
}

/** WHERE fragments over `a` (articles) shared by every list. */
class Where {
  readonly parts: string[] = []
  readonly params: unknown[] = []
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql)
    this.params.push(...params)
    return this
  }
  get sql(): string {
    return this.parts.length ? `WHERE ${this.parts.join(' AND ')}` : ''
  }
}

function articleFilter(w: Where, f: Filter): Where {
  w.add('a.live = 1')
  if (f.story) w.add('a.story_id = ?', f.story)
  if (f.q) w.add('a.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', toFtsQuery(f.q))
  return w
}

// Publications of the article and of its near-identical copies; two indexed lookups (an OR would scan).
// An article shown on its own: an original, or a copy whose original was withdrawn or superseded.
const SHOWN = `(a.copy_of IS NULL OR NOT EXISTS (SELECT 1 FROM articles r WHERE r.id = a.copy_of AND r.live = 1))`

const SUMMARY_COLUMNS = `a.id, a.story_id, a.copy_of, a.title, a.published, a.publisher, a.url,
  (SELECT count(*) FROM publications p WHERE p.article_id = a.id AND p.live = 1)
  + (SELECT count(*) FROM articles c JOIN publications p ON p.article_id = c.id
      WHERE c.copy_of = a.id AND c.live = 1 AND p.live = 1) AS publications`

function toSummary(r: Row): ArticleSummary {
  return {
    id: r.id as string,
    storyId: (r.story_id as string | null) ?? null,
    copyOf: (r.copy_of as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    published: (r.published as string | null) ?? null,
    publisher: (r.publisher as string | null) ?? null,
    url: (r.url as string | null) ?? null,
    publications: Number(r.publications ?? 0),
  }
}

export function createQueries(db: Database.Database): Queries {
  const textOf = db.prepare('SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each(?))')
  const names = db.prepare('SELECT key, name FROM actors WHERE key IN (SELECT value FROM json_each(?))')

  function texts(ids: Iterable<string>): Map<string, string> {
    const rows = textOf.all(JSON.stringify([...new Set(ids)])) as { id: string; text: string }[]
    return new Map(rows.map((r) => [r.id, r.text]))
  }
  function nameMap(keys: Iterable<string | null>): Map<string, string> {
    const list = [...new Set([...keys].filter((k): k is string => !!k))]
    const rows = names.all(JSON.stringify(list)) as { key: string; name: string }[]
    return new Map(rows.map((r) => [r.key, r.name]))
  }
  function paged(
    sql: string,
    order: string,
    w: Where,
    request: PageRequest,
  ): { rows: Row[]; total: number; limit: number; offset: number } {
    const { limit, offset } = pageOf(request)
    const total = (
      db.prepare(`SELECT count(*) AS n FROM (${sql} ${w.sql})`).get(...w.params) as { n: number }
    ).n
    const rows = db
      .prepare(`${sql} ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...w.params, limit, offset) as Row[]
    return { rows, total, limit, offset }
  }
  const dateRange = (w: Where, column: string, f: Filter) => {
    if (f.from) w.add(`${column} >= ?`, f.from)
    if (f.to) w.add(`${column} <= ?`, `${f.to}\uffff`)
  }
  const evidence = (all: Map<string, string>, id: string, start: number, end: number) => ({
    start,
    end,
    text: (all.get(id) ?? '').slice(start, end),
  })

  return {
    getItem(itemId) {
      const item = db.prepare('SELECT * FROM items WHERE id = ?').get(itemId) as Row | undefined
      if (!item) return null
      const versions = db
        .prepare('SELECT * FROM item_versions WHERE item_id = ? ORDER BY seq')
        .all(itemId) as Row[]
      const list: ItemVersion[] = versions.map((v) => ({
        id: v.id as string,
        version: (v.version as number | null) ?? null,
        versionCreated: (v.version_created as string | null) ?? null,
        status: v.status as string,
        current: v.id === item.current_version_id,
        item: JSON.parse(v.raw as string) as RawItem,
      }))
      const current = list.find((v) => v.current) ?? list[list.length - 1]!
      return { item: current.item, status: item.status as string, versions: list }
    },

    getArticle(id) {
      const row = db
        .prepare(`SELECT ${SUMMARY_COLUMNS}, a.analysis, a.live FROM articles a WHERE a.id = ?`)
        .get(id) as Row | undefined
      if (!row) return null
      const pubs = db
        .prepare(`SELECT p.* FROM publications p WHERE p.article_id = ?
          OR p.article_id IN (SELECT id FROM articles WHERE copy_of = ?) ORDER BY p.published, p.id`)
        .all(id, id) as Row[]
      const article: StoredArticle = {
        ...toSummary(row),
        analysis: readAnalysis(row.analysis as string),
        live: row.live === 1,
        publicationList: pubs.map((p) => ({
          publisher: (p.publisher as string | null) ?? null,
          url: (p.url as string | null) ?? null,
          published: (p.published as string | null) ?? null,
          source: (p.source as string | null) ?? null,
          itemId: (p.item_id as string | null) ?? null,
          versionId: (p.version_id as string | null) ?? null,
          live: p.live === 1,
        })),
      }
      return article
    },

    listArticles(f = {}) {
      const w = articleFilter(new Where(), f).add(SHOWN)
      if (f.party) {
        w.add(
          'EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id AND (x.party_key = ? OR x.actor_key = ?))',
          f.party,
          f.party,
        )
      }
      dateRange(w, 'a.published', f)
      const { rows, ...page } = paged(
        `SELECT ${SUMMARY_COLUMNS} FROM articles a`,
        'a.published DESC, a.id',
        w,
        f,
      )
      return { ...page, items: rows.map(toSummary) }
    },

    listStories(f = {}) {
      const w = new Where()
      if (f.story) w.add('s.id = ?', f.story)
      if (f.from) w.add('(s.last_date IS NULL OR s.last_date >= ?)', f.from)
      if (f.to) w.add('(s.first_date IS NULL OR s.first_date <= ?)', f.to)
      const inner = articleFilter(new Where(), { ...(f.q ? { q: f.q } : {}) })
      if (f.party) {
        inner.add(
          'EXISTS (SELECT 1 FROM article_actors x WHERE x.article_id = a.id AND (x.party_key = ? OR x.actor_key = ?))',
          f.party,
          f.party,
        )
      }
      w.add(`EXISTS (SELECT 1 FROM articles a ${inner.sql} AND a.story_id = s.id)`, ...inner.params)
      const { rows, ...page } = paged(
        `SELECT s.id, s.title, s.first_date, s.last_date,
          (SELECT count(*) FROM articles a WHERE a.story_id = s.id AND a.live = 1 AND ${SHOWN}) AS articles,
          (SELECT count(*) FROM publications p JOIN articles a ON a.id = p.article_id
            WHERE a.story_id = s.id AND a.live = 1 AND p.live = 1) AS publications
          FROM stories s`,
        's.last_date DESC, s.id',
        w,
        f,
      )
      const partyStmt =
        db.prepare(`SELECT x.party_key, count(DISTINCT x.article_id) AS n FROM article_actors x
        JOIN articles a ON a.id = x.article_id WHERE a.story_id = ? AND a.live = 1
        GROUP BY x.party_key ORDER BY n DESC, x.party_key LIMIT 6`)
      const items: StorySummary[] = rows.map((r) => ({
        id: r.id as string,
        title: r.title as string,
        firstDate: (r.first_date as string | null) ?? null,
        lastDate: (r.last_date as string | null) ?? null,
        articles: Number(r.articles),
        publications: Number(r.publications),
        parties: (partyStmt.all(r.id) as { party_key: string }[]).map((p) => p.party_key),
      }))
      return { ...page, items }
    },

    getStory(id) {
      const s = db.prepare('SELECT * FROM stories WHERE id = ?').get(id) as Row | undefined
      if (!s) return null
      const rows = db
        .prepare(`SELECT a.id, a.copy_of, a.analysis,
          (SELECT count(*) FROM publications p WHERE p.article_id = a.id AND p.live = 1) AS publications
          FROM articles a WHERE a.story_id = ? AND a.live = 1 ORDER BY a.published, a.id`)
        .all(id) as Row[]
      const live = new Set(rows.map((r) => r.id as string))
      const articles: StoryArticle[] = rows.map((r) => ({
        id: r.id as string,
        // A copy stands for its original when the original is no longer live.
        copyOf: live.has(r.copy_of as string) ? (r.copy_of as string) : null,
        publications: Number(r.publications),
        analysis: readAnalysis(r.analysis as string),
      }))
      const story: StoredStory = {
        header: {
          id,
          title: s.title as string,
          firstDate: (s.first_date as string | null) ?? null,
          lastDate: (s.last_date as string | null) ?? null,
        },
        articles,
      }
      return story
    },

    listEvents(f: EventFilter = {}) {
      const w = articleFilter(new Where(), f)
      if (f.party) w.add('(e.source_key = ? OR e.target_key = ?)', f.party, f.party)
      if (f.type) w.add('e.type = ?', f.type)
      dateRange(w, 'e.date', f)
      const { rows, ...page } = paged(
        'SELECT e.*, a.story_id FROM events e JOIN articles a ON a.id = e.article_id',
        'e.date, e.article_id, e.idx',
        w,
        f,
      )
      const all = texts(rows.map((r) => r.article_id as string))
      const n = nameMap(rows.flatMap((r) => [r.source_key as string | null, r.target_key as string | null]))
      const items: EventRow[] = rows.map((r) => ({
        articleId: r.article_id as string,
        storyId: (r.story_id as string | null) ?? null,
        index: r.idx as number,
        date: (r.date as string | null) ?? null,
        type: r.type as string,
        mode: (r.mode as string | null) ?? null,
        cameo: (r.cameo as string | null) ?? null,
        status: r.status as string,
        source: (r.source_key as string | null) ?? null,
        sourceName: n.get(r.source_key as string) ?? null,
        target: (r.target_key as string | null) ?? null,
        targetName: n.get(r.target_key as string) ?? null,
        location: (r.location as string | null) ?? null,
        evidence: evidence(all, r.article_id as string, r.ev_start as number, r.ev_end as number),
      }))
      return { ...page, items }
    },

    listPositions(f: PositionFilter = {}) {
      const w = articleFilter(new Where(), f)
      if (f.party) w.add('(p.holder_key = ? OR p.addressee_key = ?)', f.party, f.party)
      if (f.kind) w.add('p.kind = ?', f.kind)
      dateRange(w, 'p.date', f)
      const { rows, ...page } = paged(
        'SELECT p.*, a.story_id FROM positions p JOIN articles a ON a.id = p.article_id',
        'p.date, p.article_id, p.idx',
        w,
        f,
      )
      const all = texts(rows.map((r) => r.article_id as string))
      const n = nameMap(rows.flatMap((r) => [r.holder_key as string, r.addressee_key as string | null]))
      const items: PositionRow[] = rows.map((r) => ({
        articleId: r.article_id as string,
        storyId: (r.story_id as string | null) ?? null,
        index: r.idx as number,
        date: (r.date as string | null) ?? null,
        kind: r.kind as string,
        holder: r.holder_key as string,
        holderName: n.get(r.holder_key as string) ?? null,
        addressee: (r.addressee_key as string | null) ?? null,
        addresseeName: n.get(r.addressee_key as string) ?? null,
        content: r.content as string,
        precondition: r.precondition === 1,
        proposal: (r.proposal as string | null) ?? null,
        stance: (r.stance as string | null) ?? null,
        evidence: evidence(all, r.article_id as string, r.ev_start as number, r.ev_end as number),
      }))
      return { ...page, items }
    },

    listQuotes(f: QuoteFilter = {}) {
      const w = articleFilter(new Where(), f)
      if (f.party) w.add('(q.party_key = ? OR q.speaker_key = ?)', f.party, f.party)
      if (f.attribution) w.add('q.attribution = ?', f.attribution)
      dateRange(w, 'q.date', f)
      const { rows, ...page } = paged(
        'SELECT q.*, a.story_id FROM quotes q JOIN articles a ON a.id = q.article_id',
        'q.date, q.article_id, q.idx',
        w,
        f,
      )
      const all = texts(rows.map((r) => r.article_id as string))
      const n = nameMap(rows.flatMap((r) => [r.speaker_key as string | null, r.party_key as string | null]))
      const items: QuoteRow[] = rows.map((r) => ({
        articleId: r.article_id as string,
        storyId: (r.story_id as string | null) ?? null,
        index: r.idx as number,
        date: (r.date as string | null) ?? null,
        type: r.type as string,
        attribution: r.attribution as QuoteRow['attribution'],
        speaker: (r.speaker_key as string | null) ?? null,
        speakerName: n.get(r.speaker_key as string) ?? null,
        party: (r.party_key as string | null) ?? null,
        partyName: n.get(r.party_key as string) ?? null,
        evidence: evidence(all, r.article_id as string, r.q_start as number, r.q_end as number),
      }))
      return { ...page, items }
    },

    listActors(f: Filter = {}) {
      const inner = articleFilter(new Where(), f)
      dateRange(inner, 'a.published', f)
      const w = new Where()
      if (f.party)
        w.add(
          '(ac.key = ? OR ac.key IN (SELECT actor_key FROM article_actors WHERE party_key = ?))',
          f.party,
          f.party,
        )
      w.add(
        `ac.key IN (SELECT x.actor_key FROM article_actors x JOIN articles a ON a.id = x.article_id ${inner.sql})`,
        ...inner.params,
      )
      const { rows, ...page } = paged(
        `SELECT ac.*, (SELECT count(*) FROM article_actors x JOIN articles a ON a.id = x.article_id
           WHERE x.actor_key = ac.key AND a.live = 1) AS articles FROM actors ac`,
        'articles DESC, ac.key',
        w,
        f,
      )
      const items: ActorRow[] = rows.map((r) => ({
        key: r.key as string,
        name: r.name as string,
        kind: r.kind as string,
        country: (r.country as string | null) ?? null,
        sector: (r.sector as string | null) ?? null,
        articles: Number(r.articles),
      }))
      return { ...page, items }
    },

    search(q, request = {}) {
      const { limit, offset } = pageOf(request)
      const match = toFtsQuery(q)
      // The FTS table drives the query: MATCH runs once, bm25 ranks (title hits weigh 4x).
      const from = `FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid
        WHERE articles_fts MATCH ? AND a.live = 1 AND ${SHOWN}`
      const total = (db.prepare(`SELECT count(*) AS n ${from}`).get(match) as { n: number }).n
      const rows = db
        .prepare(`SELECT ${SUMMARY_COLUMNS}, a.text ${from}
          ORDER BY bm25(articles_fts, 4.0, 1.0), a.published DESC LIMIT ? OFFSET ?`)
        .all(match, limit, offset) as Row[]
      const words = queryWords(q)
      const items: SearchHit[] = rows.map((r) => ({
        ...toSummary(r),
        ...makeSnippet(r.text as string, words),
      }))
      return { items, total, limit, offset }
    },

    stats() {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n
      return {
        items: count('SELECT count(*) AS n FROM items'),
        versions: count('SELECT count(*) AS n FROM item_versions'),
        articles: count('SELECT count(*) AS n FROM articles'),
        publications: count('SELECT count(*) AS n FROM publications'),
        stories: count('SELECT count(*) AS n FROM stories'),
      }
    },
  }
}

/** A stored analysis; one written before quotes were marked speech or attitude holds only speech. */
function readAnalysis(json: string): Analysis {
  const a = JSON.parse(json) as Analysis
  if (a.quotes.every((q) => q.attribution !== undefined)) return a
  return { ...a, quotes: a.quotes.map((q) => ({ ...q, attribution: q.attribution ?? 'speech' })) }
}
