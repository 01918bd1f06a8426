/**
 * IPTC NewsML-G2: a `newsMessage` (many items), a bare `newsItem` or `packageItem`.
 * Kill = `pubStatus stat:canceled` (or the Reuters `edStat:D` signal); `embargoed` is kept;
 * the body comes from `inlineXML` (NITF or XHTML) or `inlineData` (text). A package becomes an
 * item without body whose links point at its member items (`itemRef@residref`).
 */
import type { ItemLink, RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { firstOf, makeItem, resolveUrl, toStatus } from '../item.ts'
import { emptyDocument, type IngestProblem, type ParseContext, type ParsedDocument } from '../types.ts'
import {
  attr,
  child,
  cleanText,
  descendants,
  elements,
  innerXml,
  textOf,
  type XmlElement,
} from '../xml/safe-xml.ts'
import { nitfBodyHtml, plausibleByline } from './nitf.ts'
import { parseEach } from './parse-each.ts'

const stripScheme = (qcode: string | null): string | null => (qcode ? qcode.replace(/^[^:]*:/, '') : null)

function bodyOf(item: XmlElement): { body: string | null; type: 'html' | 'text' } {
  const set = child(item, 'contentset')
  for (const inline of elements(set, 'inlinexml')) {
    const nitf = descendants(inline, 'nitf')[0]
    if (nitf) return { body: nitfBodyHtml(nitf), type: 'html' }
    const html = descendants(inline, 'body')[0]
    const value = (html ? innerXml(html) : innerXml(inline)).trim()
    if (value) return { body: value, type: 'html' }
  }
  const data = child(set, 'inlinedata')
  if (data) {
    const text = textOf(data).trim()
    const type = (attr(data, 'contenttype') ?? '').toLowerCase()
    if (text) return type.includes('html') ? { body: text, type: 'html' } : { body: text, type: 'text' }
  }
  return { body: null, type: 'html' }
}

function agencyOf(meta: XmlElement | undefined, guid: string | null): string | null {
  const provider = child(meta, 'provider')
  const named = firstOf(
    cleanText(child(provider, 'name')),
    attr(provider, 'literal'),
    stripScheme(attr(provider, 'qcode')),
  )
  if (named) return named
  const domain = /(?:tag:|urn:newsml:)([a-z0-9.-]+\.[a-z]{2,})/i.exec(guid ?? '')
  return domain?.[1] ?? null
}

export function parseG2Item(item: XmlElement, ctx: ParseContext): RawItem {
  const meta = child(item, 'itemmeta')
  const content = child(item, 'contentmeta')
  const guid = attr(item, 'guid')
  const versionAttr = attr(item, 'version')
  const signals = elements(meta, 'signal').map((s) => (attr(s, 'qcode') ?? '').toLowerCase())
  let status = toStatus(attr(child(meta, 'pubstatus'), 'qcode'))
  if (signals.includes('edstat:d')) status = 'canceled'
  const headlines = elements(content, 'headline')
  const headline = cleanText(headlines.find((h) => !attr(h, 'role')) ?? headlines[0])
  const by = firstOf(
    cleanText(child(content, 'by')),
    elements(content, 'creator')
      .map((c) => cleanText(child(c, 'name')) ?? attr(c, 'literal'))
      .filter(Boolean)
      .join(', ') || null,
  )
  const subjects = elements(content, 'subject').map(
    (s) => cleanText(child(s, 'name')) ?? attr(s, 'qcode') ?? '',
  )
  subjects.push(...elements(content, 'keyword').map((k) => cleanText(k) ?? ''))
  const { body, type } = item.local === 'packageitem' ? { body: null, type: 'html' as const } : bodyOf(item)
  const links: ItemLink[] = []
  for (const link of elements(meta, 'link')) {
    const href = resolveUrl(attr(link, 'href'))
    if (href) links.push({ rel: stripScheme(attr(link, 'rel')) ?? 'related', href })
  }
  for (const ref of descendants(item, 'itemref')) {
    const id = attr(ref, 'residref') ?? attr(ref, 'href')
    if (id) links.push({ rel: 'item', href: id })
  }
  const version = versionAttr !== null && /^\d+$/.test(versionAttr) ? Number(versionAttr) : null
  const language = firstOf(attr(child(content, 'language'), 'tag'), attr(item, 'xml:lang'))
  const headlineText =
    headline ?? (item.local === 'packageitem' ? cleanText(child(content, 'slugline')) : null)
  return makeItem({
    format: 'newsml-g2',
    source: ctx.source,
    guid: guid ?? undefined,
    version,
    versionCreated: toIsoDate(cleanText(child(meta, 'versioncreated'))),
    firstCreated: toIsoDate(cleanText(child(meta, 'firstcreated'))),
    embargoUntil: toIsoDate(cleanText(child(meta, 'embargoed'))),
    status,
    headline: headlineText,
    byline: plausibleByline(by),
    language,
    agency: agencyOf(meta, guid),
    publisher: cleanText(child(content, 'creditline')),
    subjects,
    body,
    bodyType: type,
    links,
  })
}

export function parseNewsMlG2(
  root: XmlElement,
  ctx: ParseContext,
  encoding: string | null,
  problems: IngestProblem[],
): ParsedDocument {
  const candidates =
    root.local === 'newsmessage'
      ? elements(child(root, 'itemset')).filter((e) => e.local === 'newsitem' || e.local === 'packageitem')
      : [root]
  const items = parseEach(candidates, ctx, problems, parseG2Item)
  return { ...emptyDocument('newsml-g2', encoding), items, problems }
}
