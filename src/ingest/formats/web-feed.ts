/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0/0.3 and JSON Feed through feedsmith, mapped to RawItem.
 * When feedsmith refuses a document (RSS 0.90, an empty channel, a not-well-formed file) the
 * lenient tree walker in `loose-feed.ts` takes over, so a damaged feed still yields its items.
 */
import { parseFeed } from 'feedsmith'
import type { ItemLink, RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { escapeHtml, firstOf, htmlToText, makeItem, resolveHtmlLinks, resolveUrl } from '../item.ts'
import type { IngestProblem, ParseContext, ParsedDocument } from '../types.ts'

// feedsmith's typed output is broad; this module reads it through a narrow loose view.
// biome-ignore lint/suspicious/noExplicitAny: the parsed feed is untyped JSON-like data
type Any = any

interface Mapped {
  format: string
  title: string | null
  link: string | null
  language: string | null
  entries: Any[]
  map: (entry: Any, index: number) => RawItem
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null)
/** A namespace value that feedsmith gives as a string or as a list of strings (dcterms:modified). */
const first = (v: unknown): string | null => (Array.isArray(v) ? str(v[0]) : str(v))

/** Parses a web feed given as text (XML) or as an already parsed JSON value. */
export function parseWebFeed(
  input: string | object,
  ctx: ParseContext,
  encoding: string | null,
  entryBases: readonly string[] = [],
): ParsedDocument {
  const parsed = parseFeed(input) as { format: string; feed: Any }
  const entries = (parsed.feed?.items ?? parsed.feed?.entries ?? []) as unknown[]
  // The bases are only trusted when they line up one to one with the entries feedsmith read.
  const bases = entryBases.length === entries.length ? entryBases : []
  const mapped = mapFeed(parsed.format, parsed.feed, ctx, bases)
  const items: RawItem[] = []
  const problems: IngestProblem[] = []
  mapped.entries.forEach((entry, i) => {
    try {
      items.push(mapped.map(entry, i))
    } catch (error) {
      problems.push({ source: `${ctx.source}#${i + 1}`, reason: (error as Error).message })
    }
  })
  return {
    format: mapped.format,
    encoding,
    items,
    problems,
    feeds: [],
    title: mapped.title,
    link: mapped.link,
    language: mapped.language,
  }
}

/** `entryBases`: the effective xml:base of each entry, in order (from feed-details), '' when none. */
function mapFeed(format: string, feed: Any, ctx: ParseContext, entryBases: readonly string[]): Mapped {
  if (format === 'atom') return mapAtom(feed, ctx, entryBases)
  if (format === 'json') return mapJson(feed, ctx)
  return mapRss(format === 'rdf' ? 'rdf' : 'rss', feed, ctx, entryBases)
}

function people(list: Any): string | null {
  if (!Array.isArray(list)) return null
  const names = list.map((p: Any) => str(p?.name) ?? str(p?.email)).filter((n): n is string => n !== null)
  return names.length > 0 ? names.join(', ') : null
}

function mapRss(format: string, feed: Any, ctx: ParseContext, entryBases: readonly string[]): Mapped {
  const feedBase = resolveUrl(ctx.baseUrl) ?? resolveUrl(str(feed.link))
  const channelLink = resolveUrl(str(feed.link), ctx.baseUrl)
  const title = htmlToText(str(feed.title))
  const language = firstOf(str(feed.language), str(feed.dc?.languages?.[0]), ctx.contentLanguage ?? null)
  const map = (item: Any, index: number): RawItem => {
    const base = resolveUrl(entryBases[index]) ?? feedBase
    const guidValue = str(item.guid?.value)
    const guidIsLink =
      guidValue !== null && item.guid?.isPermaLink !== false && resolveUrl(guidValue, base) !== null
    const link =
      resolveUrl(str(item.link) ?? str(item.rdf?.about), base) ??
      (guidIsLink ? resolveUrl(guidValue, base) : null)
    const html = firstOf(str(item.content?.encoded), str(item.description), str(item.dc?.descriptions?.[0]))
    const published =
      toIsoDate(str(item.pubDate)) ??
      toIsoDate(str(item.dc?.dates?.[0])) ??
      toIsoDate(first(item.dcterms?.issued ?? item.dcterms?.created))
    const modified =
      toIsoDate(first(item.dcterms?.modifieds ?? item.dcterms?.modified)) ??
      toIsoDate(str(item.atom?.updated))
    const links: ItemLink[] = []
    if (link) links.push({ rel: 'alternate', href: link })
    for (const e of item.enclosures ?? []) {
      const href = resolveUrl(str(e?.url), base)
      if (href) links.push({ rel: 'enclosure', href, ...(str(e?.type) ? { type: e.type } : {}) })
    }
    const sourceUrl = resolveUrl(str(item.source?.url), base)
    if (sourceUrl) links.push({ rel: 'via', href: sourceUrl })
    return makeItem({
      format,
      source: ctx.source,
      guid: guidValue
        ? guidIsLink && resolveUrl(guidValue) === null
          ? (resolveUrl(guidValue, base) ?? guidValue)
          : guidValue
        : (link ?? undefined),
      url: link,
      headline: htmlToText(firstOf(str(item.title), str(item.dc?.titles?.[0]))),
      byline: firstOf(people(item.authors), item.dc?.creators?.length ? item.dc.creators.join(', ') : null),
      firstCreated: published,
      versionCreated: modified ?? published,
      language: firstOf(str(item.dc?.languages?.[0]), language),
      publisher: firstOf(str(item.source?.title), title),
      subjects: [
        ...(item.categories ?? []).map((c: Any) => str(c?.name) ?? '').filter(Boolean),
        ...(item.dc?.subjects ?? []),
      ],
      body: html === null ? null : resolveHtmlLinks(html, base),
      bodyType: 'html',
      links,
    })
  }
  return { format, title, link: channelLink, language, entries: feed.items ?? [], map }
}

function atomText(text: Any): { html: string | null; type: 'html' | 'text' } {
  const value = typeof text?.value === 'string' ? text.value : null
  const type = String(text?.type ?? 'text').toLowerCase()
  if (value === null) return { html: null, type: 'html' }
  if (type === 'text' || type === 'text/plain') return { html: escapeHtml(value), type: 'html' }
  if (type === 'html' || type === 'xhtml' || type.includes('html') || type.includes('xml'))
    return { html: value, type: 'html' }
  // Any other media type is base64 (RFC 4287 §4.1.3.3).
  const decoded = /^[A-Za-z0-9+/=\s]+$/.test(value) ? Buffer.from(value, 'base64').toString('utf8') : value
  return { html: type.startsWith('text/') ? escapeHtml(decoded) : decoded, type: 'html' }
}

function mapAtom(feed: Any, ctx: ParseContext, entryBases: readonly string[]): Mapped {
  const feedBase = resolveUrl(str(feed.xml?.base), ctx.baseUrl) ?? resolveUrl(ctx.baseUrl)
  const pickLink = (links: Any, base: string | null): string | null => {
    const list = Array.isArray(links) ? links : []
    const alt = list.find((l: Any) => !l?.rel || l.rel === 'alternate') ?? list[0]
    return resolveUrl(str(alt?.href), base)
  }
  const title = htmlToText(atomText(feed.title).html)
  const language = firstOf(str(feed.xml?.lang), ctx.contentLanguage ?? null)
  const map = (entry: Any, index: number): RawItem => {
    const base = resolveUrl(entryBases[index]) ?? resolveUrl(str(entry.xml?.base), feedBase) ?? feedBase
    const link = pickLink(entry.links, base)
    const content = atomText(entry.content)
    const summary = atomText(entry.summary)
    const body = content.html ?? summary.html
    const links: ItemLink[] = []
    for (const l of entry.links ?? []) {
      const href = resolveUrl(str(l?.href), base)
      if (href)
        links.push({ rel: str(l?.rel) ?? 'alternate', href, ...(str(l?.type) ? { type: l.type } : {}) })
    }
    const contentSrc = resolveUrl(str(entry.content?.src), base)
    if (contentSrc) links.push({ rel: 'content', href: contentSrc })
    const published = toIsoDate(str(entry.published)) ?? toIsoDate(str(entry.dc?.dates?.[0]))
    const updated = toIsoDate(str(entry.updated))
    return makeItem({
      format: 'atom',
      source: ctx.source,
      guid: str(entry.id) ?? link ?? undefined,
      url: link,
      headline: htmlToText(atomText(entry.title).html),
      byline: firstOf(
        people(entry.authors),
        people(feed.authors),
        entry.dc?.creators?.length ? entry.dc.creators.join(', ') : null,
      ),
      firstCreated: published ?? updated,
      versionCreated: updated ?? published,
      language: firstOf(str(entry.xml?.lang), str(entry.dc?.languages?.[0]), language),
      publisher: firstOf(htmlToText(atomText(entry.source?.title).html), title),
      subjects: (entry.categories ?? []).map((c: Any) => str(c?.label) ?? str(c?.term) ?? '').filter(Boolean),
      body: body === null ? null : resolveHtmlLinks(body, base),
      bodyType: 'html',
      links,
    })
  }
  return {
    format: 'atom',
    title,
    link: pickLink(feed.links, feedBase),
    language,
    entries: feed.entries ?? [],
    map,
  }
}

function mapJson(feed: Any, ctx: ParseContext): Mapped {
  const base =
    resolveUrl(str(feed.feed_url), ctx.baseUrl) ??
    resolveUrl(ctx.baseUrl) ??
    resolveUrl(str(feed.home_page_url))
  const title = htmlToText(str(feed.title))
  const language = firstOf(str(feed.language), ctx.contentLanguage ?? null)
  const feedAuthors = firstOf(people(feed.authors), people(feed.author ? [feed.author] : null))
  const map = (item: Any): RawItem => {
    const url = resolveUrl(str(item.url), base)
    const html = str(item.content_html)
    const text = str(item.content_text)
    const links: ItemLink[] = []
    if (url) links.push({ rel: 'alternate', href: url })
    const external = resolveUrl(str(item.external_url), base)
    if (external) links.push({ rel: 'related', href: external })
    for (const a of item.attachments ?? []) {
      const href = resolveUrl(str(a?.url), base)
      if (href) links.push({ rel: 'enclosure', href, ...(str(a?.mime_type) ? { type: a.mime_type } : {}) })
    }
    const published = toIsoDate(str(item.date_published))
    const modified = toIsoDate(str(item.date_modified))
    const id = item.id === undefined || item.id === null ? null : String(item.id)
    return makeItem({
      format: 'jsonfeed',
      source: ctx.source,
      guid: id ?? url ?? undefined,
      url,
      headline: htmlToText(str(item.title)),
      byline: firstOf(people(item.authors), people(item.author ? [item.author] : null), feedAuthors),
      firstCreated: published,
      versionCreated: modified ?? published,
      language: firstOf(str(item.language), language),
      publisher: title,
      subjects: Array.isArray(item.tags) ? item.tags.map(String) : [],
      body: html ?? text ?? str(item.summary),
      bodyType: html || (!text && item.summary) ? 'html' : 'text',
      links,
    })
  }
  return {
    format: 'jsonfeed',
    title,
    link: resolveUrl(str(feed.home_page_url), base),
    language,
    entries: feed.items ?? [],
    map,
  }
}
