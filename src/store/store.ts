/**
 * The store port: what Parley keeps and how it is read back. `openStore()` gives the SQLite
 * implementation; a second implementation (PostgreSQL) must pass `runStoreContract`.
 */
import type { Analysis } from '../analysis/index.ts'
import type { RawItem } from '../doc/index.ts'
import type { StoryArticle, StoryHeader } from '../track/index.ts'

export interface PutItemResult {
  readonly itemId: string
  readonly versionId: string
  readonly status: 'new' | 'new-version' | 'duplicate'
}

/**
 * - `new`: a text never seen; `copy`: a near-identical copy of a stored article (its own row, same story);
 * - `publication`: the same text from another outlet/URL/item; `duplicate`: seen exactly so before.
 */
export interface PutArticleResult {
  readonly articleId: string
  readonly storyId: string
  readonly status: 'new' | 'copy' | 'publication' | 'duplicate'
}

export interface FeedState {
  readonly etag: string | null
  readonly lastModified: string | null
  readonly lastPolled: string | null
  readonly failures: number
  readonly nextPollAt: string | null
}

/** Where a text was seen, for `putArticle` (feed items carry their own). */
export interface PublicationInput {
  readonly source?: string
  readonly url?: string
  readonly publisher?: string
  readonly published?: string
}

export interface Page<T> {
  readonly items: readonly T[]
  readonly total: number
  readonly limit: number
  readonly offset: number
}

export interface PageRequest {
  readonly limit?: number | undefined
  readonly offset?: number | undefined
}

/** Filters shared by the list queries. Dates are YYYY-MM-DD, inclusive. `party` is an actor key. */
export interface Filter extends PageRequest {
  readonly story?: string | undefined
  readonly party?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
  /** Full-text search over title and text. */
  readonly q?: string | undefined
}

export interface EventFilter extends Filter {
  readonly type?: string | undefined
}

export interface PositionFilter extends Filter {
  readonly kind?: string | undefined
}

export interface QuoteFilter extends Filter {
  /** 'speech' (what was said) or 'attitude' (beliefs and intentions); both when absent. */
  readonly attribution?: 'speech' | 'attitude' | undefined
}

export interface Evidence {
  readonly start: number
  readonly end: number
  readonly text: string
}

export interface Publication {
  readonly publisher: string | null
  readonly url: string | null
  readonly published: string | null
  readonly source: string | null
  readonly itemId: string | null
  readonly versionId: string | null
  readonly live: boolean
}

export interface ArticleSummary {
  readonly id: string
  readonly storyId: string | null
  readonly copyOf: string | null
  readonly title: string | null
  readonly published: string | null
  readonly publisher: string | null
  readonly url: string | null
  readonly publications: number
}

export interface StoredArticle extends ArticleSummary {
  readonly analysis: Analysis
  readonly publicationList: readonly Publication[]
  readonly live: boolean
}

export interface StorySummary {
  readonly id: string
  readonly title: string
  readonly firstDate: string | null
  readonly lastDate: string | null
  readonly articles: number
  readonly publications: number
  readonly parties: readonly string[]
}

export interface StoredStory {
  readonly header: StoryHeader
  readonly articles: readonly StoryArticle[]
}

interface Located {
  readonly articleId: string
  readonly storyId: string | null
  readonly index: number
  readonly date: string | null
  readonly evidence: Evidence
}

export interface EventRow extends Located {
  readonly type: string
  readonly mode: string | null
  readonly cameo: string | null
  readonly status: string
  readonly source: string | null
  readonly sourceName: string | null
  readonly target: string | null
  readonly targetName: string | null
  readonly location: string | null
}

export interface PositionRow extends Located {
  readonly kind: string
  readonly holder: string
  readonly holderName: string | null
  readonly addressee: string | null
  readonly addresseeName: string | null
  readonly content: string
  readonly precondition: boolean
  readonly proposal: string | null
  readonly stance: string | null
}

export interface QuoteRow extends Located {
  readonly type: string
  /** 'attitude' for a belief or intention, never something said; rows stored earlier are 'speech'. */
  readonly attribution: 'speech' | 'attitude'
  readonly speaker: string | null
  readonly speakerName: string | null
  readonly party: string | null
  readonly partyName: string | null
}

export interface ActorRow {
  readonly key: string
  readonly name: string
  readonly kind: string
  readonly country: string | null
  readonly sector: string | null
  readonly articles: number
}

export interface SearchHit extends ArticleSummary {
  /** A window of the text around the first match, with the matched words as spans into `snippet`. */
  readonly snippet: string
  readonly matches: ReadonlyArray<{ start: number; end: number }>
}

export interface StoreStats {
  readonly items: number
  readonly versions: number
  readonly articles: number
  readonly publications: number
  readonly stories: number
}

export interface Store {
  /** Keeps one feed item version; idempotent (same guid and content -> `duplicate`). */
  putItem(item: RawItem): PutItemResult
  /** Stores the analysis of an item version: its article, publication and story. */
  putAnalysis(versionId: string, analysis: Analysis): PutArticleResult
  /** True once `putAnalysis` has stored an analysis of this item version. */
  hasAnalysis(versionId: string): boolean
  /** Stores an analysed article that came without a feed item; idempotent by content hash. */
  putArticle(analysis: Analysis, publication?: PublicationInput): PutArticleResult
  /**
   * Runs `fn` in one transaction, so a bulk load commits once instead of per article. Each write
   * inside stays atomic: one that throws is undone alone (and rethrown); if `fn` throws, all is undone.
   */
  batch<T>(fn: () => T): T
  getFeedState(url: string): FeedState | null
  setFeedState(url: string, state: FeedState): void
  getItem(itemId: string): { item: RawItem; status: string; versions: readonly ItemVersion[] } | null
  getArticle(id: string): StoredArticle | null
  listArticles(filter?: Filter): Page<ArticleSummary>
  listStories(filter?: Filter): Page<StorySummary>
  getStory(id: string): StoredStory | null
  listEvents(filter?: EventFilter): Page<EventRow>
  listPositions(filter?: PositionFilter): Page<PositionRow>
  listQuotes(filter?: QuoteFilter): Page<QuoteRow>
  listActors(filter?: Filter): Page<ActorRow>
  search(q: string, page?: PageRequest): Page<SearchHit>
  stats(): StoreStats
  close(): void
}

export interface ItemVersion {
  readonly id: string
  readonly version: number | null
  readonly versionCreated: string | null
  readonly status: string
  readonly current: boolean
  readonly item: RawItem
}

export const DEFAULT_LIMIT = 50
export const MAX_LIMIT = 500
