/**
 * @module ingest
 * Feeds and agency wires in, normalised `RawItem`s out: parsers for every format, the safe XML
 * layer, a polite fetcher and poller, version logic and duplicate keys.
 */
export { parseDate, toIsoDate } from './dates.ts'
export { canonicalUrl, contentKey, dropRepeats, storyKey } from './dedupe.ts'
export { FetchFailure, type FetchOptions, type FetchResult, fetchFeed, parseRetryAfter } from './fetch.ts'
export type { EntryDetails, FeedDetails, TextDetail } from './formats/feed-details.ts'
export type { Enclosure, EntryDates, Person, Tag } from './formats/feed-parts.ts'
export {
  type IngestOptions,
  type IngestSummary,
  type ItemSink,
  ingestSources,
  listFiles,
  readSource,
} from './ingest.ts'
export { parseDocument } from './parse.ts'
export { backoffDelay, type PollEvent, type PollOptions, pollFeeds } from './poller.ts'
export type { IngestProblem, ParseContext, ParsedDocument } from './types.ts'
export {
  isEmbargoed,
  orderVersions,
  resolveVersions,
  type VersionLike,
  type VersionState,
} from './versions.ts'
export { decodeBytes } from './xml/decode.ts'
export { guardXml, parseXml } from './xml/safe-xml.ts'
