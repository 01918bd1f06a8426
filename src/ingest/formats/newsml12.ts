/**
 * IPTC NewsML 1.2 (AFP, ANA-MPE, Business Wire): `NewsML > NewsItem*`. Identity is the
 * PublicIdentifier without its revision suffix; the revision is the version. The body is the
 * first text ContentItem: NITF, HTML in CDATA, or plain text.
 */
import type { RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { firstOf, makeItem, toStatus } from '../item.ts'
import { emptyDocument, type IngestProblem, type ParseContext, type ParsedDocument } from '../types.ts'
import {
  attr,
  child,
  cleanText,
  descendants,
  elements,
  innerXml,
  isElement,
  textOf,
  type XmlElement,
} from '../xml/safe-xml.ts'
import { nitfBodyHtml, plausibleByline } from './nitf.ts'
import { parseEach } from './parse-each.ts'

function bodyOf(item: XmlElement): { body: string | null; type: 'html' | 'text' } {
  for (const content of descendants(item, 'contentitem')) {
    const media = (attr(child(content, 'mediatype'), 'FormalName') ?? 'text').toLowerCase()
    const data = child(content, 'datacontent')
    if (!data || media !== 'text') continue
    const nitf = descendants(data, 'nitf')[0]
    if (nitf) return { body: nitfBodyHtml(nitf), type: 'html' }
    const hasElements = data.children.some(isElement)
    const value = (hasElements ? innerXml(data) : textOf(data)).trim()
    if (!value) continue
    const format = (attr(child(content, 'format'), 'FormalName') ?? '').toLowerCase()
    if (hasElements || /html|xhtml/.test(format) || /<\/?(p|div|br)\b/i.test(value))
      return { body: value, type: 'html' }
    return { body: value, type: 'text' }
  }
  return { body: null, type: 'html' }
}

function parseNewsItem(item: XmlElement, ctx: ParseContext): RawItem {
  const id = child(item, 'identification', 'newsidentifier')
  const mgmt = child(item, 'newsmanagement')
  const lines = descendants(item, 'newslines').find((l) => child(l, 'creditline'))
  const publicId = cleanText(child(id, 'publicidentifier'))
  const revision = cleanText(child(id, 'revisionid'))
  const provider = cleanText(child(id, 'providerid'))
  const guid =
    publicId && revision && publicId.endsWith(`:${revision}`)
      ? publicId.slice(0, -(revision.length + 1))
      : publicId
  const meta = descendants(item, 'descriptivemetadata')[0]
  const subjects = descendants(meta, 'subjectcode').flatMap((code) =>
    elements(code).map((s) => attr(s, 'FormalName') ?? ''),
  )
  const { body, type } = bodyOf(item)
  const status = toStatus(attr(child(mgmt, 'status'), 'FormalName'))
  return makeItem({
    format: 'newsml-1.2',
    source: ctx.source,
    guid: guid ?? (provider ? `${provider}:${cleanText(child(id, 'newsitemid'))}` : undefined),
    version: revision && /^\d+$/.test(revision) ? Number(revision) : null,
    firstCreated: toIsoDate(cleanText(child(mgmt, 'firstcreated'))),
    versionCreated: toIsoDate(cleanText(child(mgmt, 'thisrevisioncreated'))),
    embargoUntil: toIsoDate(cleanText(child(mgmt, 'statuswillchange', 'datetimevalue'))),
    status,
    headline: cleanText(descendants(item, 'headline')[0]),
    byline: plausibleByline(cleanText(descendants(item, 'byline')[0])),
    language: firstOf(attr(child(meta, 'language'), 'FormalName'), attr(item, 'xml:lang')),
    agency: provider,
    publisher: firstOf(cleanText(child(lines, 'creditline')), provider),
    subjects,
    body,
    bodyType: type,
  })
}

export function parseNewsMl12(
  root: XmlElement,
  ctx: ParseContext,
  encoding: string | null,
  problems: IngestProblem[],
): ParsedDocument {
  const items = parseEach(elements(root, 'newsitem'), ctx, problems, parseNewsItem)
  return { ...emptyDocument('newsml-1.2', encoding), items, problems }
}
