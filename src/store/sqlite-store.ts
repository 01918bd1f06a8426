/**
 * The SQLite store: one file, WAL, FTS5, plain-SQL migrations (`migrations/`). Writes are
 * transactional and idempotent; reads live in `sqlite-queries.ts`.
 *
 * @example
 * const store = openStore({ path: 'parley.sqlite' })
 * const { versionId } = store.putItem(item)
 * store.putAnalysis(versionId, analyze(input))
 */
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import type { Analysis } from '../analysis/index.ts'
import type { RawItem } from '../doc/index.ts'
import { ParleyError } from '../errors.ts'
import {
  actorKey,
  articleFeatures,
  estimateJaccard,
  type Fingerprint,
  fingerprint,
  mergeFeatures,
  NEAR_DUPLICATE_THRESHOLD,
  partyKeys,
  type StoryFeatures,
} from '../track/index.ts'
import { migrate } from './migrate.ts'
import { createQueries } from './sqlite-queries.ts'
import type { FeedState, PublicationInput, PutArticleResult, PutItemResult, Store } from './store.ts'
import { StoryIndex } from './story-index.ts'

export interface StoreOptions {
  /** File path; ':memory:' for a throwaway store. Default: env PARLEY_DB, else ./parley.sqlite. */
  readonly path?: string
}

interface PublicationRow {
  readonly sourceKey: string
  readonly publisher: string | null
  readonly url: string | null
  readonly published: string | null
  readonly source: string | null
  readonly itemId: string | null
  readonly versionId: string | null
}

const sha1 = (s: string) => createHash('sha1').update(s).digest('hex')
const now = () => new Date().toISOString()

/** Opens (and migrates) a SQLite store. */
export function openStore(options: StoreOptions = {}): Store {
  const path = options.path ?? process.env.PARLEY_DB ?? 'parley.sqlite'
  let db: Database.Database | undefined
  try {
    db = new Database(path)
    if (path !== ':memory:') db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    db.pragma('cache_size = -32000')
    migrate(db)
    return createSqliteStore(db)
  } catch (error) {
    db?.close()
    if (error instanceof ParleyError) throw error
    throw new ParleyError('store-failed', `cannot open the database: ${(error as Error).message}`, {
      input: path,
      cause: error,
    })
  }
}

function createSqliteStore(db: Database.Database): Store {
  const queries = createQueries(db)
  let stories: StoryIndex | null = null
  let seenDataVersion = -1

  // Another process may have written since we cached the stories: `data_version` changes when it has.
  function storyIndex(): StoryIndex {
    const version = db.pragma('data_version', { simple: true }) as number
    if (!stories || version !== seenDataVersion) {
      stories = new StoryIndex()
      for (const row of db.prepare('SELECT id, features FROM stories').iterate() as Iterable<{
        id: string
        features: string
      }>) {
        stories.set(row.id, JSON.parse(row.features) as StoryFeatures)
      }
      seenDataVersion = version
    }
    return stories
  }

  const st = {
    itemByGuid: db.prepare('SELECT id, status FROM items WHERE guid = ?'),
    versionByHash: db.prepare('SELECT id FROM item_versions WHERE item_id = ? AND content_hash = ?'),
    maxSeq: db.prepare('SELECT coalesce(max(seq), 0) AS seq FROM item_versions WHERE item_id = ?'),
    insertItem: db.prepare(
      'INSERT INTO items (id, guid, source, status, current_version_id, created_at) VALUES (?, ?, ?, ?, NULL, ?)',
    ),
    insertVersion: db.prepare(`INSERT INTO item_versions
      (id, item_id, seq, version, version_created, status, content_hash, raw, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    currentVersion: db.prepare(`SELECT id, status FROM item_versions WHERE item_id = ?
      ORDER BY coalesce(version_created, '') DESC, seq DESC LIMIT 1`),
    setCurrent: db.prepare('UPDATE items SET current_version_id = ?, status = ? WHERE id = ?'),
    cancelItem: db.prepare("UPDATE items SET status = 'canceled' WHERE id = ?"),
    cancelVersions: db.prepare("UPDATE item_versions SET status = 'canceled' WHERE item_id = ?"),
    versionById: db.prepare(
      `SELECT v.id, v.item_id, v.seq, v.version_created, v.raw, i.status AS item_status
       FROM item_versions v JOIN items i ON i.id = v.item_id WHERE v.id = ?`,
    ),
    publicationOfVersion: db.prepare('SELECT 1 FROM publications WHERE version_id = ? LIMIT 1'),
    articleByHash: db.prepare('SELECT id, story_id, analysis FROM articles WHERE content_hash = ?'),
    bandCandidates: db.prepare(`SELECT a.id, a.copy_of, a.story_id, a.minhash FROM articles a
      WHERE a.id IN (SELECT article_id FROM article_bands WHERE band IN (SELECT value FROM json_each(?)))`),
    insertArticle: db.prepare(`INSERT INTO articles
      (id, content_hash, copy_of, story_id, title, published, publisher, url, language, text, analysis, minhash, simhash, created_at, updated_at)
      VALUES (@id, @hash, @copyOf, @storyId, @title, @published, @publisher, @url, @language, @text, @analysis, @minhash, @simhash, @at, @at)`),
    updateAnalysis: db.prepare(
      'UPDATE articles SET analysis = ?, title = ?, published = ?, language = ?, updated_at = ? WHERE id = ?',
    ),
    insertBand: db.prepare('INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)'),
    publication: db.prepare('SELECT id FROM publications WHERE article_id = ? AND source_key = ?'),
    insertPublication: db.prepare(`INSERT INTO publications
      (article_id, source_key, publisher, url, published, source, item_id, version_id, live, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`),
    updatePublication: db.prepare('UPDATE publications SET version_id = ?, published = ? WHERE id = ?'),
    insertStory: db.prepare(
      'INSERT INTO stories (id, title, first_date, last_date, features, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    updateStory: db.prepare(
      'UPDATE stories SET first_date = ?, last_date = ?, features = ?, updated_at = ? WHERE id = ?',
    ),
    upsertActor: db.prepare(`INSERT INTO actors (key, name, kind, country, sector) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(key) DO UPDATE SET country = coalesce(actors.country, excluded.country),
        sector = coalesce(actors.sector, excluded.sector)`),
    deleteDerived: ['article_actors', 'events', 'positions', 'quotes'].map((t) =>
      db.prepare(`DELETE FROM ${t} WHERE article_id = ?`),
    ),
    insertArticleActor: db.prepare(
      'INSERT OR REPLACE INTO article_actors (article_id, actor_key, party_key, mentions) VALUES (?, ?, ?, ?)',
    ),
    insertEvent: db.prepare(`INSERT INTO events
      (article_id, idx, type, mode, cameo, status, source_key, target_key, date, location, ev_start, ev_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertPosition: db.prepare(`INSERT INTO positions
      (article_id, idx, kind, holder_key, addressee_key, content, precondition, proposal, stance, date, ev_start, ev_end)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertQuote:
      db.prepare(`INSERT INTO quotes (article_id, idx, type, speaker_key, party_key, date, q_start, q_end, attribution)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    itemPublications: db.prepare(`SELECT p.id, p.article_id, v.seq, v.version_created FROM publications p
      JOIN item_versions v ON v.id = p.version_id WHERE p.item_id = ?`),
    setPublicationLive: db.prepare('UPDATE publications SET live = ? WHERE id = ?'),
    refreshLive: db.prepare(`UPDATE articles SET live =
      EXISTS (SELECT 1 FROM publications p WHERE p.article_id = articles.id AND p.live = 1) WHERE id = ?`),
    getFeed: db.prepare('SELECT * FROM feeds WHERE url = ?'),
    setFeed: db.prepare(`INSERT INTO feeds (url, etag, last_modified, last_polled, failures, next_poll_at)
      VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,
      last_modified = excluded.last_modified, last_polled = excluded.last_polled,
      failures = excluded.failures, next_poll_at = excluded.next_poll_at`),
  }

  const putItem = db.transaction((item: RawItem): PutItemResult => {
    if (!item || typeof item.guid !== 'string' || item.guid === '') {
      throw new ParleyError('item-invalid', 'the item has no guid')
    }
    const hash = sha1(JSON.stringify([item.headline, item.body, item.status, item.byline, item.url]))
    const existing = st.itemByGuid.get(item.guid) as { id: string; status: string } | undefined
    const itemId = existing?.id ?? `i_${sha1(item.guid).slice(0, 20)}`
    const versionId = `v_${sha1(`${item.guid}\n${hash}`).slice(0, 20)}`
    if (existing && st.versionByHash.get(itemId, hash)) return { itemId, versionId, status: 'duplicate' }
    if (!existing) st.insertItem.run(itemId, item.guid, item.source, item.status, now())
    const seq = (st.maxSeq.get(itemId) as { seq: number }).seq + 1
    st.insertVersion.run(
      versionId,
      itemId,
      seq,
      item.version,
      item.versionCreated,
      item.status,
      hash,
      JSON.stringify(item),
      now(),
    )
    const current = st.currentVersion.get(itemId) as { id: string; status: string }
    st.setCurrent.run(current.id, current.status, itemId)
    // A kill withdraws the story: every version, and every publication made from it.
    if (item.status === 'canceled' || existing?.status === 'canceled') {
      st.cancelItem.run(itemId)
      st.cancelVersions.run(itemId)
      refreshItemPublications(itemId)
    }
    return { itemId, versionId, status: existing ? 'new-version' : 'new' }
  })

  // Only the latest analysed version of an item is live; none when the item was killed.
  function refreshItemPublications(itemId: string): void {
    const item = db.prepare('SELECT status FROM items WHERE id = ?').get(itemId) as { status: string }
    const pubs = st.itemPublications.all(itemId) as {
      id: number
      article_id: string
      seq: number
      version_created: string | null
    }[]
    const rank = (p: (typeof pubs)[number]) => `${p.version_created ?? ''}|${String(p.seq).padStart(9, '0')}`
    const latest = pubs.reduce<(typeof pubs)[number] | null>(
      (b, p) => (!b || rank(p) > rank(b) ? p : b),
      null,
    )
    for (const p of pubs) {
      st.setPublicationLive.run(item.status !== 'canceled' && p === latest ? 1 : 0, p.id)
      st.refreshLive.run(p.article_id)
    }
  }

  function findCopy(fp: Fingerprint): { root: string; storyId: string } | null {
    const rows = st.bandCandidates.all(JSON.stringify(fp.bands)) as {
      id: string
      copy_of: string | null
      story_id: string
      minhash: Buffer
    }[]
    let best: { root: string; storyId: string; score: number } | null = null
    for (const row of rows) {
      const sig = new Uint32Array(new Uint8Array(row.minhash).buffer)
      const score = estimateJaccard(fp.minhash, sig)
      if (score >= NEAR_DUPLICATE_THRESHOLD && (!best || score > best.score)) {
        best = { root: row.copy_of ?? row.id, storyId: row.story_id, score }
      }
    }
    return best
  }

  function placeInStory(articleId: string, analysis: Analysis): string {
    const features = articleFeatures(analysis)
    const index = storyIndex()
    const match = index.bestMatch(features)
    if (match) {
      const merged = mergeFeatures(index.get(match.id)!, features)
      st.updateStory.run(merged.firstDate, merged.lastDate, JSON.stringify(merged), now(), match.id)
      index.set(match.id, merged)
      return match.id
    }
    const id = `s_${articleId.slice(2)}`
    st.insertStory.run(
      id,
      storyTitle(analysis),
      features.firstDate,
      features.lastDate,
      JSON.stringify(features),
      now(),
      now(),
    )
    index.set(id, features)
    return id
  }

  // Actors already written by this connection with their country and sector: no need to upsert again.
  const actorsDone = new Set<string>()

  function writeDerived(articleId: string, analysis: Analysis, replace: boolean): void {
    if (replace) for (const del of st.deleteDerived) del.run(articleId)
    const party = partyKeys(analysis)
    const key = (id: string | null) => (id === null ? null : (party.get(id) ?? null))
    const date = analysis.article.published?.slice(0, 10) ?? null
    for (const a of analysis.actors) {
      const k = actorKey(a.name)
      if (!actorsDone.has(k)) {
        st.upsertActor.run(k, a.name, a.kind, a.country, a.sector)
        if (a.country !== null && a.sector !== null) actorsDone.add(k)
      }
      st.insertArticleActor.run(articleId, k, party.get(a.id) ?? k, a.mentions.length)
    }
    analysis.events.forEach((e, i) => {
      st.insertEvent.run(
        articleId,
        i,
        e.type,
        e.mode,
        e.cameo,
        e.status ?? 'done',
        key(e.source),
        key(e.target),
        e.date ?? date,
        e.location,
        e.evidence.start,
        e.evidence.end,
      )
    })
    analysis.positions.forEach((p, i) => {
      st.insertPosition.run(
        articleId,
        i,
        p.kind,
        key(p.holder) ?? actorKey(p.holder),
        key(p.addressee),
        p.content,
        p.precondition ? 1 : 0,
        p.proposal ? (analysis.proposals.find((x) => x.id === p.proposal)?.name ?? p.proposal) : null,
        p.stance,
        date,
        p.evidence.start,
        p.evidence.end,
      )
    })
    analysis.quotes.forEach((q, i) => {
      const first = q.spans[0]
      const last = q.spans[q.spans.length - 1]
      if (!first || !last) return
      const speaker = analysis.actors.find((a) => a.id === q.speaker)
      st.insertQuote.run(
        articleId,
        i,
        q.type,
        speaker ? actorKey(speaker.name) : null,
        key(q.speaker),
        q.date ?? date,
        first.start,
        last.end,
        // An analysis written before attributions were marked holds only speech.
        q.attribution ?? 'speech',
      )
    })
  }

  const putArticleRow = db.transaction((given: Analysis, pub: PublicationRow): PutArticleResult => {
    checkAnalysis(given)
    // The feed's date stands in when the text gave none, so the article still has a place in time.
    const analysis =
      given.article.published || !pub.published
        ? given
        : { ...given, article: { ...given.article, published: pub.published } }
    const json = JSON.stringify(analysis)
    const fp = fingerprint(analysis.article.text)
    const art = analysis.article
    const existing = st.articleByHash.get(fp.hash) as
      | { id: string; story_id: string; analysis: string }
      | undefined
    let articleId: string
    let storyId: string
    let status: PutArticleResult['status']
    if (existing) {
      articleId = existing.id
      storyId = existing.story_id
      // The same text analysed again (a newer pipeline): keep the newer analysis.
      if (existing.analysis !== json) {
        st.updateAnalysis.run(json, art.title, art.published, art.language, now(), articleId)
        writeDerived(articleId, analysis, true)
      }
      status = 'publication'
    } else {
      articleId = `a_${fp.hash.slice(0, 16)}`
      const copy = findCopy(fp)
      storyId = copy ? copy.storyId : placeInStory(articleId, analysis)
      st.insertArticle.run({
        id: articleId,
        hash: fp.hash,
        copyOf: copy?.root ?? null,
        storyId,
        title: art.title,
        published: art.published ?? pub.published,
        publisher: art.publisher ?? pub.publisher,
        url: art.url ?? pub.url,
        language: art.language,
        text: art.text,
        analysis: json,
        minhash: Buffer.from(fp.minhash.buffer, fp.minhash.byteOffset, fp.minhash.byteLength),
        simhash: fp.simhash,
        at: now(),
      })
      for (const band of fp.bands) st.insertBand.run(band, articleId)
      writeDerived(articleId, analysis, false)
      status = copy ? 'copy' : 'new'
    }
    const found = st.publication.get(articleId, pub.sourceKey) as { id: number } | undefined
    if (found) {
      st.updatePublication.run(pub.versionId, pub.published, found.id)
      if (status === 'publication') status = 'duplicate'
    } else {
      st.insertPublication.run(
        articleId,
        pub.sourceKey,
        pub.publisher,
        pub.url,
        pub.published,
        pub.source,
        pub.itemId,
        pub.versionId,
        now(),
      )
    }
    if (pub.itemId) refreshItemPublications(pub.itemId)
    return { articleId, storyId, status }
  })

  return {
    putItem,
    putAnalysis(versionId, analysis) {
      const v = st.versionById.get(versionId) as { item_id: string; raw: string } | undefined
      if (!v) throw new ParleyError('not-found', `no item version ${versionId}; store the item first`)
      const item = JSON.parse(v.raw) as RawItem
      return putArticleRow(analysis, {
        sourceKey: `item:${v.item_id}`,
        publisher: item.publisher ?? analysis.article.publisher,
        url: item.url ?? analysis.article.url,
        published: analysis.article.published ?? item.versionCreated ?? item.firstCreated,
        source: item.source,
        itemId: v.item_id,
        versionId,
      })
    },
    hasAnalysis(versionId) {
      return st.publicationOfVersion.get(versionId) !== undefined
    },
    putArticle(analysis, publication: PublicationInput = {}) {
      const url = publication.url ?? analysis.article.url
      const publisher = publication.publisher ?? analysis.article.publisher
      const source = publication.source ?? null
      return putArticleRow(analysis, {
        sourceKey: url ? `url:${url}` : publisher ? `publisher:${publisher}` : `source:${source ?? ''}`,
        publisher,
        url,
        published: publication.published ?? analysis.article.published,
        source,
        itemId: null,
        versionId: null,
      })
    },
    batch<T>(fn: () => T): T {
      return db.transaction(fn)()
    },
    getFeedState(url) {
      const row = st.getFeed.get(url) as Record<string, string | number | null> | undefined
      if (!row) return null
      return {
        etag: row.etag as string | null,
        lastModified: row.last_modified as string | null,
        lastPolled: row.last_polled as string | null,
        failures: Number(row.failures),
        nextPollAt: row.next_poll_at as string | null,
      }
    },
    setFeedState(url, state: FeedState) {
      st.setFeed.run(url, state.etag, state.lastModified, state.lastPolled, state.failures, state.nextPollAt)
    },
    ...queries,
    close() {
      if (db.open) db.close()
    },
  }
}

function storyTitle(analysis: Analysis): string {
  const title = analysis.article.title?.trim()
  if (title) return title
  const first = analysis.article.text.trim().split(/(?<=[.!?])\s/)[0] ?? ''
  return first.length > 100 ? `${first.slice(0, 99)}…` : first || 'Untitled story'
}

// Refuse before writing anything: a bad span would point the UI at the wrong evidence.
function checkAnalysis(analysis: Analysis): void {
  const text = analysis?.article?.text
  if (typeof text !== 'string' || text.trim() === '') {
    throw new ParleyError('input-invalid', 'the analysis has no article text', {
      input: `analysis ${analysis?.id}`,
    })
  }
  const bad = (s: { start: number; end: number } | null) =>
    s !== null &&
    !(
      Number.isInteger(s.start) &&
      Number.isInteger(s.end) &&
      0 <= s.start &&
      s.start <= s.end &&
      s.end <= text.length
    )
  const spans = [
    ...analysis.events.map((e) => e.evidence),
    ...analysis.positions.map((p) => p.evidence),
    ...analysis.quotes.flatMap((q) => [...q.spans, q.cue, q.speakerSpan]),
    ...analysis.actors.flatMap((a) => a.mentions),
    ...analysis.disconnects.flatMap((d) => d.evidence),
  ]
  const wrong = spans.find(bad)
  if (wrong) {
    throw new ParleyError(
      'span-invalid',
      `span ${wrong.start}-${wrong.end} lies outside the article text (${text.length} UTF-16 units)`,
      { input: `analysis ${analysis.id}` },
    )
  }
}
