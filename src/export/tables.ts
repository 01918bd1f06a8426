/**
 * The export tables: events in a PLOVER-like layout (one row per event, actor 1 and 2 with
 * country and sector), positions, quotes and articles. Each table is a list of columns and a
 * row reader over the store's paged lists.
 */
import type { ActorRow, EventRow, Filter, PositionRow, QuoteRow, Store } from '../store/index.ts'
import type { CsvValue } from './csv.ts'

export const TABLES = ['events', 'positions', 'quotes', 'articles'] as const
export type TableName = (typeof TABLES)[number]

type Row = Record<string, CsvValue>

export interface Table {
  readonly columns: readonly string[]
  rows(store: Store, filter: Filter): Iterable<Row>
}

const PAGE = 500

function* pages<T>(list: (f: Filter) => { items: readonly T[]; total: number }, filter: Filter): Iterable<T> {
  for (let offset = 0; ; offset += PAGE) {
    const page = list({ ...filter, limit: PAGE, offset })
    yield* page.items
    if (offset + PAGE >= page.total || page.items.length === 0) return
  }
}

function actorIndex(store: Store): Map<string, ActorRow> {
  const out = new Map<string, ActorRow>()
  for (const a of pages((f) => store.listActors(f), {})) out.set(a.key, a)
  return out
}

const evidenceColumns = ['article_id', 'story_id', 'evidence_start', 'evidence_end', 'evidence_text']
const evidence = (r: EventRow | PositionRow | QuoteRow): Row => ({
  article_id: r.articleId,
  story_id: r.storyId,
  evidence_start: r.evidence.start,
  evidence_end: r.evidence.end,
  evidence_text: r.evidence.text,
})

export const tables: Record<TableName, Table> = {
  events: {
    columns: [
      'event_id',
      'event_date',
      'event_type',
      'mode',
      'cameo',
      'status',
      'actor1',
      'actor1_name',
      'actor1_country',
      'actor1_sector',
      'actor2',
      'actor2_name',
      'actor2_country',
      'actor2_sector',
      'location',
      ...evidenceColumns,
    ],
    *rows(store, filter) {
      const actors = actorIndex(store)
      for (const e of pages((f) => store.listEvents(f), filter)) {
        const a1 = e.source ? actors.get(e.source) : undefined
        const a2 = e.target ? actors.get(e.target) : undefined
        yield {
          event_id: `${e.articleId}-e${e.index}`,
          event_date: e.date,
          event_type: e.type,
          mode: e.mode,
          cameo: e.cameo,
          status: e.status,
          actor1: e.source,
          actor1_name: e.sourceName,
          actor1_country: a1?.country,
          actor1_sector: a1?.sector,
          actor2: e.target,
          actor2_name: e.targetName,
          actor2_country: a2?.country,
          actor2_sector: a2?.sector,
          location: e.location,
          ...evidence(e),
        }
      }
    },
  },
  positions: {
    columns: [
      'position_id',
      'date',
      'kind',
      'holder',
      'holder_name',
      'addressee',
      'addressee_name',
      'content',
      'precondition',
      'proposal',
      'stance',
      ...evidenceColumns,
    ],
    *rows(store, filter) {
      for (const p of pages((f) => store.listPositions(f), filter)) {
        yield {
          position_id: `${p.articleId}-p${p.index}`,
          date: p.date,
          kind: p.kind,
          holder: p.holder,
          holder_name: p.holderName,
          addressee: p.addressee,
          addressee_name: p.addresseeName,
          content: p.content,
          precondition: p.precondition,
          proposal: p.proposal,
          stance: p.stance,
          ...evidence(p),
        }
      }
    },
  },
  quotes: {
    columns: [
      'quote_id',
      'date',
      'type',
      'speaker',
      'speaker_name',
      'party',
      'party_name',
      ...evidenceColumns,
      // Last, so readers of the older columns by position are unaffected.
      'attribution',
    ],
    *rows(store, filter) {
      for (const q of pages((f) => store.listQuotes(f), filter)) {
        yield {
          quote_id: `${q.articleId}-q${q.index}`,
          date: q.date,
          type: q.type,
          speaker: q.speaker,
          speaker_name: q.speakerName,
          party: q.party,
          party_name: q.partyName,
          ...evidence(q),
          attribution: q.attribution,
        }
      }
    },
  },
  articles: {
    columns: ['article_id', 'story_id', 'title', 'published', 'publisher', 'url', 'publications'],
    *rows(store, filter) {
      for (const a of pages((f) => store.listArticles(f), filter)) {
        yield {
          article_id: a.id,
          story_id: a.storyId,
          title: a.title,
          published: a.published,
          publisher: a.publisher,
          url: a.url,
          publications: a.publications,
        }
      }
    },
  },
}
