/**
 * Agency JSON APIs that are not ninjs: dpa digitalwires (`urn`, `version_created`, `article_html`)
 * and the AP Media API (`data.item` for one item, `data.items[].item` for a feed page). An AP item
 * carries no body, only renditions (links to its NITF/ANPA versions), which become links.
 */
import type { ItemLink, RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { firstOf, makeItem, resolveUrl, toStatus } from '../item.ts'
import type { IngestProblem, ParseContext } from '../types.ts'
import { plausibleByline } from './nitf.ts'

type Json = Record<string, unknown>
const s = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null
const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => x && typeof x === 'object') as Json[]) : []

export function isDigitalwires(doc: Json): boolean {
  return typeof doc.urn === 'string' && ('version_created' in doc || 'article_html' in doc)
}

export function isApMedia(doc: Json): boolean {
  const data = doc.data as Json | undefined
  return (
    typeof doc.api_version === 'string' &&
    !!data &&
    typeof data === 'object' &&
    ('item' in data || 'items' in data)
  )
}

export function parseDigitalwires(doc: Json, ctx: ParseContext): RawItem {
  const signals = [
    s(doc.signal),
    ...arr(doc.categories)
      .filter((c) => c.type === 'dnltype:signal')
      .map((c) => s(c.qcode)),
  ]
  const subjects = [
    ...arr(doc.categories)
      .filter((c) => !/signal|pubstatus/.test(String(c.type)))
      .map((c) => s(c.name) ?? ''),
  ]
  const html = [s(doc.article_html), s(doc.infobox_html)].filter(Boolean).join('\n') || null
  return makeItem({
    format: 'dpa-digitalwires',
    source: ctx.source,
    guid: s(doc.urn) ?? undefined,
    version: typeof doc.version === 'number' ? doc.version : null,
    versionCreated: toIsoDate(s(doc.version_created)) ?? toIsoDate(s(doc.updated)),
    firstCreated: toIsoDate(s(doc.content_created)),
    embargoUntil: toIsoDate(s(doc.embargoed)),
    status: signals.includes('sig:kill') ? 'canceled' : toStatus(s(doc.pubstatus)),
    headline: s(doc.headline),
    byline: plausibleByline(s(doc.byline)),
    language: s(doc.language),
    agency: 'dpa',
    publisher: s(doc.creditline) ?? 'dpa',
    subjects,
    body: html,
    bodyType: 'html',
  })
}

function apItem(item: Json, ctx: ParseContext): RawItem {
  const altids = (item.altids ?? {}) as Json
  const links: ItemLink[] = []
  for (const [name, r] of Object.entries((item.renditions ?? {}) as Record<string, Json>)) {
    const href = resolveUrl(s(r?.href))
    if (href)
      links.push({ rel: `rendition:${name}`, href, ...(s(r?.mimetype) ? { type: String(r.mimetype) } : {}) })
  }
  const version = s(item.version)
  return makeItem({
    format: 'ap-media',
    source: ctx.source,
    guid: firstOf(s(altids.itemid), s(item.uri)) ?? undefined,
    version: version && /^\d+$/.test(version) ? Number(version) : null,
    versionCreated: toIsoDate(s(item.versioncreated)),
    firstCreated: toIsoDate(s(item.firstcreated)),
    status: toStatus(s(item.pubstatus)),
    headline: firstOf(s(item.headline), s(item.title)),
    byline: null,
    language: s(item.language),
    agency: 'AP',
    publisher: s((item.provider as Json | undefined)?.name) ?? 'AP',
    subjects: arr(item.subject).map((x) => s(x.name) ?? ''),
    links,
  })
}

export function parseApMedia(doc: Json, ctx: ParseContext, problems: IngestProblem[]): RawItem[] {
  const data = doc.data as Json
  const wrapped = 'item' in data ? [data] : arr(data.items)
  const out: RawItem[] = []
  wrapped.forEach((w, i) => {
    const item = w.item as Json | undefined
    if (!item || typeof item !== 'object') {
      problems.push({ source: `${ctx.source}#${i + 1}`, reason: 'AP Media entry without an item' })
      return
    }
    out.push(apItem(item, ctx))
  })
  return out
}
