/**
 * Test helper: Parley's parse result (ParsedDocument: feed-level fields, `details`, RawItems) seen as the
 * dict `feedparser.parse()` returns, so feedparser's own `Expect:` assertions can be evaluated against
 * it. Only a renaming: every value comes from the parse result, nothing is read from the file here.
 */
import type { RawItem } from '../../../src/doc/raw-item.ts'
import type { EntryDetails, TextDetail } from '../../../src/ingest/formats/feed-details.ts'
import type { EntryDates, Person, Tag } from '../../../src/ingest/formats/feed-parts.ts'
import type { ParsedDocument } from '../../../src/ingest/types.ts'
import { PyCaseless, type PyDict, PyTuple, type PyValue } from './py-expr.ts'

/** time.struct_time of an ISO instant: (year, month, day, hour, min, sec, weekday Mon=0, yearday, 0). */
export function structTime(iso: string | null | undefined): PyTuple | undefined {
  if (!iso) return undefined
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return undefined
  const yday = Math.floor((d.getTime() - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86_400_000) + 1
  return new PyTuple([
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    (d.getUTCDay() + 6) % 7,
    yday,
    0,
  ])
}

const MIME: Record<string, string> = { text: 'text/plain', html: 'text/html', xhtml: 'application/xhtml+xml' }

function detail(d: TextDetail | null | undefined, fallback: string | null): PyDict | undefined {
  if (!d && fallback === null) return undefined
  return {
    value: d?.value ?? fallback ?? '',
    type: MIME[d?.type ?? 'text'] ?? d?.type ?? 'text/plain',
    base: d?.base ?? '',
    language: d?.language ?? null,
  }
}

function compact(dict: Record<string, PyValue | undefined>): PyDict {
  const out: Record<string, PyValue> = {}
  for (const [k, v] of Object.entries(dict)) if (v !== undefined) out[k] = v
  return out
}

/** FeedParserDict's old names for keys (its `keymap`): the first present target answers. */
const ALIASES: Record<string, readonly string[]> = {
  channel: ['feed'],
  items: ['entries'],
  guid: ['id'],
  date: ['updated'],
  date_parsed: ['updated_parsed'],
  modified: ['updated'],
  modified_parsed: ['updated_parsed'],
  issued: ['published'],
  issued_parsed: ['published_parsed'],
  description: ['summary', 'subtitle'],
  description_detail: ['summary_detail', 'subtitle_detail'],
  tagline: ['subtitle'],
  tagline_detail: ['subtitle_detail'],
  copyright: ['rights'],
  copyright_detail: ['rights_detail'],
  url: ['href'],
}

function withAliases(dict: PyDict): PyDict {
  const out: Record<string, PyValue | undefined> = { ...dict }
  for (const [alias, targets] of Object.entries(ALIASES)) {
    if (out[alias] !== undefined) continue
    const target = targets.find((t) => dict[t] !== undefined)
    if (target) out[alias] = dict[target]
  }
  return out as PyDict
}

function person(p: Person): PyDict {
  return compact({ name: p.name ?? undefined, email: p.email ?? undefined, href: p.href ?? undefined })
}

/** feedparser's `author` string: "Name (email)", or whichever of the two there is. */
function authorString(p: Person | undefined): string | undefined {
  if (!p) return undefined
  if (p.name && p.email) return `${p.name} (${p.email})`
  return p.name ?? p.email ?? undefined
}

function people(list: readonly Person[], key: string): Record<string, PyValue | undefined> {
  if (list.length === 0) return {}
  return {
    [`${key}s`]: list.map(person),
    [key]: authorString(list[0]),
    [`${key}_detail`]: list[0] ? person(list[0]) : undefined,
  }
}

function dates(d: EntryDates): Record<string, PyValue | undefined> {
  return {
    published: d.published ?? undefined,
    published_parsed: structTime(d.published),
    updated: d.updated ?? undefined,
    updated_parsed: structTime(d.updated),
    created: d.created ?? undefined,
    created_parsed: structTime(d.created),
  }
}

function tags(list: readonly Tag[]): PyDict[] {
  return list.map((t) => ({ term: t.term, scheme: t.scheme, label: t.label }))
}

function entryView(item: RawItem, d: EntryDetails | undefined): PyDict {
  // feedparser copies text/HTML content into the summary when there is no summary of its own.
  const firstContent = d?.content[0]
  const copied = firstContent && ['text', 'html', 'xhtml'].includes(firstContent.type) ? firstContent : null
  const summary = detail(d?.summary ?? copied, d ? null : item.body)
  const content = (d?.content ?? []).map((c) =>
    compact({ ...detail(c, null), ...(c.src ? { src: c.src } : {}) }),
  )
  const byline = item.byline ? item.byline.split(', ').map((name) => ({ name, email: null, href: null })) : []
  const source = d?.source
  return withAliases(
    compact({
      title: item.headline ?? undefined,
      title_detail: detail(d?.title, item.headline),
      summary: summary?.value,
      summary_detail: summary,
      content: content.length > 0 ? content : undefined,
      link: item.url ?? undefined,
      links: item.links.map((l) => compact({ rel: l.rel, href: l.href, type: l.type })),
      id: item.guid,
      guid: item.guid,
      guidislink: d?.guidIsLink ?? false,
      ...(d
        ? dates(d.dates)
        : {
            published: item.firstCreated ?? undefined,
            published_parsed: structTime(item.firstCreated),
            updated: item.versionCreated ?? undefined,
            updated_parsed: structTime(item.versionCreated),
          }),
      expired_parsed: structTime(d?.expires),
      ...people(d?.authors ?? byline, 'author'),
      ...people(d?.contributors ?? [], 'contributor'),
      language: item.language ?? undefined,
      tags: d ? tags(d.tags) : item.subjects.map((term) => ({ term, scheme: null, label: null })),
      enclosures: d
        ? d.enclosures.map((e) =>
            compact({ href: e.href, type: e.type ?? undefined, length: e.length ?? undefined }),
          )
        : item.links.filter((l) => l.rel === 'enclosure').map((l) => compact({ href: l.href, type: l.type })),
      comments: d?.comments ?? undefined,
      source: source
        ? compact({
            title: source.title ?? undefined,
            id: source.id ?? undefined,
            link: source.link ?? undefined,
            href: source.link ?? undefined,
            updated_parsed: structTime(source.updated),
          })
        : undefined,
    }),
  )
}

/** The feedparser-shaped result of a parse; `error` when Parley refused the document. */
export function feedparserView(doc: ParsedDocument | null, error?: Error): PyDict {
  if (!doc) {
    return { bozo: true, bozo_exception: error?.message ?? 'refused', entries: [], feed: {}, version: '' }
  }
  const details = doc.details
  const entries = doc.items.map((item, i) => entryView(item, details?.entries[i]))
  return withAliases(
    compact({
      bozo: doc.problems.length > 0,
      bozo_exception: doc.problems.map((p) => p.reason).join('; ') || undefined,
      encoding: doc.encoding === null ? 'utf-8' : new PyCaseless(doc.encoding),
      version: details?.version ?? doc.format,
      entries,
      feed: withAliases(
        compact({
          title: doc.title ?? undefined,
          title_detail: detail(details?.title, doc.title),
          subtitle: details?.subtitle?.value,
          subtitle_detail: detail(details?.subtitle, null),
          link: doc.link ?? undefined,
          language: doc.language ?? undefined,
          id: details?.id ?? undefined,
          rights: details?.rights?.value,
          rights_detail: detail(details?.rights, null),
          generator: details?.generator ?? undefined,
          ...(details ? dates(details.dates) : {}),
          ...people(details?.authors ?? [], 'author'),
          tags: details ? tags(details.tags) : undefined,
        }),
      ),
    }),
  )
}
