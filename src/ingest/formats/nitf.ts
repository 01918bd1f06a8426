/**
 * IPTC NITF 3.x, standalone or as a body inside NewsML (1.2 and G2) and ninjs.
 * Identity from `doc-id`, version from `du-key@version`, dates from `date.issue`/`date.release`
 * (a release later than issue is an embargo; template values like `YYYYMMDD000000-HHMM` are ignored).
 */
import type { RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { firstOf, makeItem, toStatus } from '../item.ts'
import type { ParseContext } from '../types.ts'
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

/** A sign-off like "gr/bp" or "dpa kre/su" is an editor's initials, not a byline. */
export function plausibleByline(value: string | null): string | null {
  if (!value) return null
  const v = value.replace(/\s+/g, ' ').trim()
  if (v === '' || /^[a-z]{1,4}(\/[a-z]{1,4})+$/.test(v)) return null
  return /\p{L}{2,}/u.test(v) ? v : null
}

/** The body of a NITF document as HTML (the children of `body.content`). */
export function nitfBodyHtml(nitf: XmlElement): string | null {
  const content = descendants(nitf, 'body.content')[0]
  const html = content ? innerXml(content).trim() : ''
  return html === '' ? null : html
}

function bylineOf(head: XmlElement | undefined): string | null {
  const byline = child(head, 'byline')
  if (!byline) return null
  // <byttl> is the writer's title ("AP Business Writer"), not part of the name.
  const own = byline.children
    .map((c) =>
      typeof c === 'string' ? c : isElement(c) ? (c.local === 'byttl' ? ' ' : textOf(c)) : c.cdata,
    )
    .join('')
  return plausibleByline(own)
}

export function parseNitf(nitf: XmlElement, ctx: ParseContext): RawItem {
  const head = child(nitf, 'head')
  const docdata = child(head, 'docdata')
  const bodyHead = descendants(nitf, 'body.head')[0]
  const issue = toIsoDate(attr(child(docdata, 'date.issue'), 'norm'))
  const release = toIsoDate(attr(child(docdata, 'date.release'), 'norm'))
  const duKey = child(docdata, 'du-key')
  const version = Number(attr(duKey, 'version'))
  const subjects = [
    ...elements(child(head, 'tobject'), 'tobject.subject').map(
      (s) => attr(s, 'tobject.subject.matter') ?? attr(s, 'tobject.subject.refnum') ?? '',
    ),
    ...descendants(docdata, 'keyword').map((k) => attr(k, 'key') ?? ''),
  ]
  const headline = firstOf(cleanText(descendants(bodyHead, 'hl1')[0]), cleanText(child(head, 'title')))
  return makeItem({
    format: 'nitf',
    source: ctx.source,
    guid: attr(child(docdata, 'doc-id'), 'id-string') ?? attr(duKey, 'key') ?? undefined,
    version: Number.isFinite(version) && attr(duKey, 'version') !== null ? version : null,
    firstCreated: issue,
    versionCreated: issue,
    embargoUntil: release && issue && release > issue ? release : null,
    status: toStatus(cleanText(child(docdata, 'management-status'))),
    headline,
    byline: bylineOf(bodyHead),
    language: firstOf(
      attr(nitf, 'xml:lang'),
      attr(nitf, 'lang'),
      attr(descendants(nitf, 'body.content')[0], 'lang'),
    ),
    publisher: attr(child(docdata, 'doc.copyright'), 'holder'),
    agency: attr(child(docdata, 'doc.copyright'), 'holder'),
    subjects,
    body: nitfBodyHtml(nitf),
    bodyType: 'html',
  })
}
