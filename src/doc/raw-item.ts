/**
 * One news item as ingest normalises it from any feed or wire format (RSS, Atom, JSON Feed,
 * ninjs, NewsML-G2, NITF, ANPA-1312, IPTC 7901, HTML page, text file). Ingest produces it,
 * the store keeps every version of it, extraction turns its body into an article.
 */
export type ItemStatus = 'usable' | 'canceled' | 'withheld'

export interface ItemLink {
  readonly rel: string
  readonly href: string
  readonly type?: string
}

export interface RawItem {
  /** The item's identity across versions: the feed's guid/id/uri, or a hash of the URL. */
  readonly guid: string
  /** The agency's version number when it has one (ordering uses `versionCreated`). */
  readonly version: number | null
  /** ISO 8601: when this version was made. */
  readonly versionCreated: string | null
  /** ISO 8601: when the first version was made. */
  readonly firstCreated: string | null
  readonly status: ItemStatus
  /** ISO 8601: not to be published before this time. */
  readonly embargoUntil: string | null
  readonly headline: string | null
  readonly byline: string | null
  readonly language: string | null
  readonly url: string | null
  readonly publisher: string | null
  readonly agency: string | null
  readonly subjects: readonly string[]
  readonly body: string | null
  readonly bodyType: 'html' | 'text' | null
  readonly links: readonly ItemLink[]
  /** Which format it came from: 'rss', 'atom', 'jsonfeed', 'ninjs', 'newsml-g2', 'nitf', … */
  readonly format: string
  /** The file path or URL it was read from. */
  readonly source: string
  /** Other guids this version replaces or corrects, when the format says so. */
  readonly supersedes?: readonly string[]
}
