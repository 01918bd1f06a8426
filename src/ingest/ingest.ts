/**
 * Ingest runs: paths (files, folders, walked in sorted order) and URLs -> parsed documents ->
 * items -> store (`putItem`, idempotent and transactional) -> analysis (`putAnalysis`) for each new
 * usable version with text. A document or item that fails is reported with its source and reason;
 * the rest goes on. Killing the process mid-run loses nothing already committed, and a rerun
 * stores nothing twice (the store answers `duplicate`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Analysis } from '../analysis/index.ts'
import type { RawItem } from '../doc/raw-item.ts'
import { toErrorInfo } from '../errors.ts'
import type { AnalysisInput } from '../pipeline/index.ts'
import { dropRepeats } from './dedupe.ts'
import { type FetchOptions, fetchFeed } from './fetch.ts'
import { parseDocument } from './parse.ts'
import type { IngestProblem, ParsedDocument } from './types.ts'

/** The part of the store ingest writes to (see `src/store`). */
export interface ItemSink {
  putItem(item: RawItem): { itemId: string; versionId: string; status: 'new' | 'new-version' | 'duplicate' }
  putAnalysis(versionId: string, analysis: Analysis): unknown
  /** Lets a rerun analyse a version stored just before a crash cut its analysis off. */
  hasAnalysis?(versionId: string): boolean
}

export interface IngestOptions {
  readonly store: ItemSink
  /** Analyses each new version; omit to store items only. */
  readonly analyze?: ((input: AnalysisInput) => Analysis) | undefined
  readonly fetchOptions?: FetchOptions
  readonly onProblem?: (problem: IngestProblem) => void
  readonly onItem?: (item: RawItem, status: 'new' | 'new-version' | 'duplicate') => void
  readonly onDocument?: (source: string, done: number, total: number) => void
}

export interface IngestSummary {
  documents: number
  items: number
  new: number
  newVersions: number
  duplicates: number
  analysed: number
  problems: IngestProblem[]
  /** Feed URLs found in OPML documents (ingest fetches them once). */
  feeds: string[]
}

export function emptySummary(): IngestSummary {
  return {
    documents: 0,
    items: 0,
    new: 0,
    newVersions: 0,
    duplicates: 0,
    analysed: 0,
    problems: [],
    feeds: [],
  }
}

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s)
const SKIP = /(^|\/)(\.|node_modules\/)|\.(md|png|jpe?g|gif|pdf|zip|gz|sqlite)$/i

/** Files under a folder, recursively, in a stable (sorted) order. */
export function listFiles(path: string): string[] {
  const stat = statSync(path)
  if (!stat.isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name)
      if (SKIP.test(name)) return []
      return statSync(full).isDirectory() ? listFiles(full) : [full]
    })
}

/** Reads one source (file path or URL) into a parsed document. */
export async function readSource(source: string, fetchOptions: FetchOptions = {}): Promise<ParsedDocument> {
  if (!isUrl(source)) return parseDocument(readFileSync(source), { source })
  const result = await fetchFeed(source, fetchOptions)
  if (result.status === 'not-modified') {
    return {
      format: 'unchanged',
      encoding: null,
      items: [],
      problems: [],
      feeds: [],
      title: null,
      link: null,
      language: null,
    }
  }
  return parseDocument(result.bytes, {
    source,
    baseUrl: result.contentLocation ?? result.url,
    contentType: result.contentType,
    contentLanguage: result.contentLanguage,
  })
}

/** Stores (and analyses) the items of one parsed document; adds to `summary`. */
export function storeItems(
  doc: ParsedDocument,
  options: IngestOptions,
  summary: IngestSummary,
  seen: Set<string>,
): void {
  const report = (p: IngestProblem): void => {
    summary.problems.push(p)
    options.onProblem?.(p)
  }
  for (const p of doc.problems) report(p)
  const { kept, repeats } = dropRepeats(doc.items, seen)
  summary.duplicates += repeats
  for (const item of kept) {
    summary.items++
    let result: ReturnType<ItemSink['putItem']>
    try {
      result = options.store.putItem(item)
    } catch (error) {
      report({ source: item.source, reason: `cannot store ${item.guid}: ${toErrorInfo(error).message}` })
      continue
    }
    options.onItem?.(item, result.status)
    if (result.status === 'duplicate') {
      summary.duplicates++
      const unanalysed = options.analyze && options.store.hasAnalysis?.(result.versionId) === false
      if (!unanalysed) continue
    } else if (result.status === 'new') summary.new++
    else summary.newVersions++
    if (!options.analyze || item.status !== 'usable' || !item.body) continue
    try {
      const input: AnalysisInput = {
        id: result.versionId,
        ...(item.bodyType === 'text' ? { text: item.body } : { html: item.body }),
        ...(item.url ? { url: item.url } : {}),
        ...(item.versionCreated ? { published: item.versionCreated } : {}),
        ...(item.headline ? { title: item.headline } : {}),
      }
      options.store.putAnalysis(result.versionId, options.analyze(input))
      summary.analysed++
    } catch (error) {
      report({
        source: item.source,
        reason: `analysis of ${item.guid} failed: ${toErrorInfo(error).message}`,
      })
    }
  }
}

/** Ingests files, folders and feed URLs once. OPML lists are expanded into their feeds. */
export async function ingestSources(
  sources: readonly string[],
  options: IngestOptions,
): Promise<IngestSummary> {
  const summary = emptySummary()
  const seen = new Set<string>()
  const queue = sources.flatMap((s) => (isUrl(s) ? [s] : listFiles(s)))
  for (let i = 0; i < queue.length; i++) {
    const source = queue[i] as string
    options.onDocument?.(source, i, queue.length)
    let doc: ParsedDocument
    try {
      doc = await readSource(source, options.fetchOptions)
    } catch (error) {
      const p = { source, reason: toErrorInfo(error).message.replace(`${source}: `, '') }
      summary.problems.push(p)
      options.onProblem?.(p)
      continue
    }
    summary.documents++
    if (doc.feeds.length > 0) {
      summary.feeds.push(...doc.feeds)
      for (const feed of doc.feeds) if (!queue.includes(feed)) queue.push(feed)
    }
    storeItems(doc, options, summary, seen)
  }
  options.onDocument?.('', queue.length, queue.length)
  return summary
}
