/**
 * Shared helpers for the format parsers: one constructor for `RawItem` with safe defaults,
 * a content hash for items without an id, text from an HTML fragment, safe URL resolution.
 */
import { createHash } from 'node:crypto'
import { parseHTML } from 'linkedom'
import type { ItemLink, ItemStatus, RawItem } from '../doc/raw-item.ts'

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
export type ItemDraft = Partial<Mutable<Omit<RawItem, 'guid'>>> & {
  format: string
  source: string
  guid?: string | null | undefined
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** Builds a RawItem; an item without a guid gets one from its URL, or from its headline and body. */
export function makeItem(draft: ItemDraft): RawItem {
  const url = draft.url ?? null
  const headline = draft.headline ?? null
  const body = draft.body ?? null
  const guid =
    draft.guid?.trim() ||
    url ||
    `urn:parley:sha1:${sha1(`${draft.format}\n${headline ?? ''}\n${body ?? ''}`)}`
  const links = dedupeLinks(draft.links ?? (url ? [{ rel: 'alternate', href: url }] : []))
  const item: Mutable<RawItem> = {
    guid,
    version: draft.version ?? null,
    versionCreated: draft.versionCreated ?? draft.firstCreated ?? null,
    firstCreated: draft.firstCreated ?? null,
    status: draft.status ?? 'usable',
    embargoUntil: draft.embargoUntil ?? null,
    headline,
    byline: draft.byline ?? null,
    language: draft.language ?? null,
    url,
    publisher: draft.publisher ?? null,
    agency: draft.agency ?? null,
    subjects: [...new Set((draft.subjects ?? []).map((s) => s.trim()).filter((s) => s !== ''))],
    body,
    bodyType: body === null ? null : (draft.bodyType ?? 'html'),
    links,
    format: draft.format,
    source: draft.source,
  }
  if (draft.supersedes && draft.supersedes.length > 0) item.supersedes = draft.supersedes
  return item
}

function dedupeLinks(links: readonly ItemLink[]): ItemLink[] {
  const seen = new Set<string>()
  const out: ItemLink[] = []
  for (const link of links) {
    if (!link.href) continue
    const key = `${link.rel} ${link.href}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push(link)
  }
  return out
}

/** Maps the many spellings of a publication status to ours ('cancelled', 'stat:canceled', 'Withheld', …). */
export function toStatus(value: string | null | undefined): ItemStatus {
  const v = (value ?? '').toLowerCase().replace(/^.*:/, '').trim()
  if (v === 'canceled' || v === 'cancelled' || v === 'killed' || v === 'kill' || v === 'withdrawn')
    return 'canceled'
  if (v === 'withheld' || v === 'embargoed') return 'withheld'
  return 'usable'
}

/** The text of an HTML fragment (entities decoded, tags dropped, spaces collapsed), or null. */
export function htmlToText(html: string | null | undefined): string | null {
  if (html === null || html === undefined) return null
  let text = html
  if (/[<&]/.test(html)) {
    const { document } = parseHTML('<!doctype html><html><body></body></html>')
    const holder = document.createElement('div')
    holder.innerHTML = html
    // Script and style contents are code, never words of the text.
    for (const node of holder.querySelectorAll('script, style')) node.remove()
    text = holder.textContent ?? ''
  }
  const collapsed = text.replace(/\s+/g, ' ').trim()
  return collapsed === '' ? null : collapsed
}

/** Attributes that hold a URL in HTML (the ones feed readers resolve). */
const URL_ATTRS =
  /(\s(?:href|src|cite|action|background|longdesc|poster|usemap|codebase|data|profile)\s*=\s*)("([^"]*)"|'([^']*)')/gi

/** Resolves relative URLs in the URL attributes of an HTML fragment against `base`; others stay. */
export function resolveHtmlLinks(html: string, base: string | null | undefined): string {
  if (
    !base ||
    !/[\s](?:href|src|cite|action|background|longdesc|poster|usemap|codebase|data|profile)\s*=/i.test(html)
  )
    return html
  return html.replace(URL_ATTRS, (whole, lead: string, _quoted: string, dq?: string, sq?: string) => {
    const value = dq ?? sq ?? ''
    if (value === '' || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) return whole
    const resolved = resolveUrl(value.replace(/&amp;/g, '&'), base)
    if (!resolved) return whole
    const quote = dq !== undefined ? '"' : "'"
    // Non-ASCII characters stay as written (the URL parser percent-encodes them).
    let shown = resolved
    if (/[^\x00-\x7f]/.test(value)) {
      try {
        shown = decodeURI(resolved)
      } catch {}
    }
    return `${lead}${quote}${shown.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}${quote}`
  })
}

/** Decodes HTML named entities in plain text (`caf&eacute;` -> `café`); unknown ones stay as written. */
export function decodeHtmlEntities(text: string): string {
  if (!/&[A-Za-z][A-Za-z0-9]*;/.test(text)) return text
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const holder = document.createElement('div')
  holder.innerHTML = text.replace(/&(?![A-Za-z][A-Za-z0-9]*;)/g, '&amp;').replace(/</g, '&lt;')
  return holder.textContent ?? text
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Resolves a link against a base; only http(s) results are kept, anything else gives null. */
export function resolveUrl(href: string | null | undefined, base?: string | null): string | null {
  const value = href?.trim()
  if (!value) return null
  try {
    const url = base ? new URL(value, base) : new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

export function isHttpUrl(value: string | null | undefined): boolean {
  return resolveUrl(value) !== null
}

export function firstOf<T>(...values: (T | null | undefined)[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== '') return v
  return null
}
