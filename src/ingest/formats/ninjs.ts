/**
 * IPTC ninjs 1.x / 2.x / 3.x (News in JSON). Validated against small schemas (`ninjs-schemas.ts`);
 * a document that does not validate is still read, and the validation errors are reported.
 * 3.x camelCase keys and 1.x/2.x lower-case keys map to the same item. 'cancelled' (UK spelling,
 * invalid) is read as canceled and flagged. A NITF body (`contentType text/vnd.IPTC.NITF`) goes
 * through the NITF body reader.
 */
import { Ajv } from 'ajv'
import type { ItemLink, RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { firstOf, makeItem, resolveUrl, toStatus } from '../item.ts'
import type { IngestProblem, ParseContext } from '../types.ts'
import { parseXml } from '../xml/safe-xml.ts'
import { NINJS_1, NINJS_2, NINJS_3 } from './ninjs-schemas.ts'
import { nitfBodyHtml, plausibleByline } from './nitf.ts'

type Json = Record<string, unknown>

const ajv = new Ajv({ allErrors: false, strict: false })
const validators = { 1: ajv.compile(NINJS_1), 2: ajv.compile(NINJS_2), 3: ajv.compile(NINJS_3) }

/** Which ninjs generation a document follows, from `$schema` or from its shape. */
export function ninjsGeneration(doc: Json): 1 | 2 | 3 {
  const schema = String(doc.$schema ?? '')
  const declared = /ninjs[-_]?(?:schema[_-])?v?(\d)/i.exec(schema)?.[1]
  if (declared === '1' || declared === '2' || declared === '3') return Number(declared) as 1 | 2 | 3
  if (
    'versionCreated' in doc ||
    'pubStatus' in doc ||
    'firstCreated' in doc ||
    Array.isArray(doc.associations)
  )
    return 3
  if ('headlines' in doc || 'bodies' in doc) return 2
  return 1
}

export function looksLikeNinjs(doc: unknown): doc is Json {
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return false
  const d = doc as Json
  return (
    ('uri' in d || 'guid' in d) &&
    [
      'versioncreated',
      'versionCreated',
      'headline',
      'headlines',
      'body_text',
      'body_html',
      'bodies',
      'pubstatus',
      'pubStatus',
      'type',
    ].some((k) => k in d)
  )
}

/** Validation problems (empty when the document is valid for its generation). */
export function validateNinjs(doc: Json): string[] {
  const generation = ninjsGeneration(doc)
  const validate = validators[generation]
  if (validate(doc)) return []
  return (validate.errors ?? []).map(
    (e) => `not valid ninjs ${generation}.x: ${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`,
  )
}

const s = (v: unknown): string | null =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null

function lowerKeys(doc: Json): Json {
  const out: Json = {}
  for (const [k, v] of Object.entries(doc)) out[k.toLowerCase()] = v
  return out
}

function bodyOf(d: Json, source: string): { body: string | null; type: 'html' | 'text' } {
  const bodyHtml = s(d.body_html) ?? s(d.body_xhtml)
  if (bodyHtml) return { body: bodyHtml, type: 'html' }
  const bodies = Array.isArray(d.bodies) ? (d.bodies as Json[]).map(lowerKeys) : []
  const preferred = bodies.find((b) => /html|nitf/i.test(String(b.contenttype ?? b.role ?? ''))) ?? bodies[0]
  if (preferred) {
    const value = s(preferred.value)
    const type = String(preferred.contenttype ?? '').toLowerCase()
    if (value && type.includes('nitf')) {
      const nitf = parseXml(value, `${source} (NITF body)`).root
      return { body: nitfBodyHtml(nitf), type: 'html' }
    }
    if (value)
      return type.includes('html') || /^\s*</.test(value)
        ? { body: value, type: 'html' }
        : { body: value, type: 'text' }
  }
  const bodyText = s(d.body_text)
  return bodyText ? { body: bodyText, type: 'text' } : { body: null, type: 'html' }
}

export function parseNinjs(doc: Json, ctx: ParseContext, problems: IngestProblem[]): RawItem {
  for (const reason of validateNinjs(doc)) problems.push({ source: ctx.source, reason })
  const d = lowerKeys(doc)
  const rawStatus = s(d.pubstatus)
  if (rawStatus === 'cancelled')
    problems.push({ source: ctx.source, reason: "pubstatus 'cancelled' (UK spelling) read as canceled" })
  const headlines = Array.isArray(d.headlines) ? (d.headlines as Json[]) : []
  const headline = firstOf(
    s(d.headline),
    s((headlines.find((h) => !h.role || h.role === 'main') ?? headlines[0])?.value),
  )
  const { body, type } = bodyOf(d, ctx.source)
  const version = s(d.version)
  const uri = s(d.uri)
  const links: ItemLink[] = []
  for (const l of Array.isArray(d.links) ? (d.links as Json[]) : []) {
    const href = resolveUrl(s(l.href))
    if (href) links.push({ rel: s(l.rel) ?? 'related', href })
  }
  const webUrl = resolveUrl(uri)
  if (webUrl && !/ninjs\.example\.com|api\./.test(webUrl)) links.unshift({ rel: 'alternate', href: webUrl })
  const subjects = [
    ...(Array.isArray(d.subject) ? d.subject : []),
    ...(Array.isArray(d.subjects) ? d.subjects : []),
  ].map((x) => (x && typeof x === 'object' ? (s((x as Json).name) ?? s((x as Json).code) ?? '') : String(x)))
  const versionCreated = toIsoDate(s(d.versioncreated))
  if (s(d.versioncreated) && !versionCreated)
    problems.push({
      source: ctx.source,
      reason: `unreadable versioncreated ${JSON.stringify(d.versioncreated)}`,
    })
  return makeItem({
    format: 'ninjs',
    source: ctx.source,
    guid: firstOf(uri, s(d.guid)) ?? undefined,
    version: version && /^\d+$/.test(version) ? Number(version) : null,
    versionCreated,
    firstCreated: toIsoDate(s(d.firstcreated)),
    embargoUntil: toIsoDate(s(d.embargoed)),
    status: toStatus(rawStatus),
    headline,
    byline: plausibleByline(firstOf(s(d.byline), s(d.by))),
    language: s(d.language),
    url: webUrl && links[0]?.href === webUrl ? webUrl : null,
    agency: s(d.copyrightholder) ?? s(d.original_source) ?? null,
    publisher: s(d.copyrightholder) ?? null,
    subjects,
    body,
    bodyType: type,
    links,
  })
}
