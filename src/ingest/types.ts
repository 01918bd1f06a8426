/** What every format parser returns, and what it is given. */
import type { RawItem } from '../doc/raw-item.ts'
import type { FeedDetails } from './formats/feed-details.ts'

/** A problem with a document or one of its items: reported, never fatal for the rest. */
export interface IngestProblem {
  /** The file path or URL, with `#n` for the n-th item (1-based) when it is about one item. */
  readonly source: string
  readonly reason: string
}

export interface ParseContext {
  /** The file path or URL the bytes came from. */
  readonly source: string
  /** Base for relative links (the feed URL, or Content-Location). */
  readonly baseUrl?: string | null
  /** HTTP Content-Type when fetched. */
  readonly contentType?: string | null
  /** HTTP Content-Language when fetched. */
  readonly contentLanguage?: string | null
}

export interface ParsedDocument {
  /** 'rss' | 'atom' | 'rdf' | 'jsonfeed' | 'opml' | 'sitemap-news' | 'ninjs' | 'newsml-g2' | … */
  readonly format: string
  /** The character encoding used to read the bytes (null for JSON read as UTF-8 without question). */
  readonly encoding: string | null
  readonly items: readonly RawItem[]
  readonly problems: readonly IngestProblem[]
  /** Feed URLs listed by an OPML document. */
  readonly feeds: readonly string[]
  readonly title: string | null
  readonly link: string | null
  readonly language: string | null
  /** RSS/RDF/Atom only: version, typed title/subtitle and per-entry details (one per item, in order). */
  readonly details?: FeedDetails
}

export function emptyDocument(format: string, encoding: string | null): ParsedDocument {
  return { format, encoding, items: [], problems: [], feeds: [], title: null, link: null, language: null }
}
