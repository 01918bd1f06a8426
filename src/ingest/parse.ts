/**
 * One entry point for every format: bytes (+ where they came from) -> ParsedDocument.
 * Sniffs the format from the content (never trusts the file extension alone), decodes the bytes
 * (`xml/decode.ts`), refuses entity declarations (`xml/safe-xml.ts`) and dispatches.
 * Throws ParleyError only when the document as a whole cannot be read; item-level problems
 * are returned in `problems` with the rest of the items.
 */
import type { RawItem } from '../doc/raw-item.ts'
import { ParleyError } from '../errors.ts'
import { isApMedia, isDigitalwires, parseApMedia, parseDigitalwires } from './formats/agency-json.ts'
import { looksLikeAnpa, parseAnpa } from './formats/anpa1312.ts'
import { feedDetails } from './formats/feed-details.ts'
import { looksLikeIptc7901, parseIptc7901 } from './formats/iptc7901.ts'
import { isLooseFeedRoot, parseLooseFeed } from './formats/loose-feed.ts'
import { parseNewsMlG2 } from './formats/newsml-g2.ts'
import { parseNewsMl12 } from './formats/newsml12.ts'
import { looksLikeNinjs, parseNinjs } from './formats/ninjs.ts'
import { parseNitf } from './formats/nitf.ts'
import { parseOpml } from './formats/opml.ts'
import { parseSitemapNews } from './formats/sitemap-news.ts'
import { parseWebFeed } from './formats/web-feed.ts'
import { makeItem } from './item.ts'
import type { IngestProblem, ParseContext, ParsedDocument } from './types.ts'
import { decodeBytes } from './xml/decode.ts'
import { descendants, guardXml, parseXml, type XmlElement } from './xml/safe-xml.ts'

/** Largest document parsed in one piece (a feed or a wire file, not a folder). */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024

export function parseDocument(bytes: Uint8Array, ctx: ParseContext): ParsedDocument {
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    throw new ParleyError(
      'input-too-large',
      `${bytes.byteLength} bytes; the limit is ${MAX_DOCUMENT_BYTES}`,
      { input: ctx.source },
    )
  }
  const decoded = decodeBytes(bytes, { contentType: ctx.contentType ?? null })
  const problems: IngestProblem[] = decoded.problems.map((reason) => ({
    source: ctx.source,
    reason: `encoding: ${reason}`,
  }))
  const text = decoded.text
  const start = text.replace(/^[\s\uFEFF]+/, '')
  if (start === '') throw new ParleyError('input-empty', 'the document is empty', { input: ctx.source })
  const done = (
    doc: Omit<ParsedDocument, 'problems' | 'encoding'> & { problems?: readonly IngestProblem[] },
  ): ParsedDocument => ({
    ...doc,
    encoding: decoded.encoding,
    problems: [...problems, ...(doc.problems ?? [])],
  })
  const base = { feeds: [], title: null, link: null, language: null }

  if (start.startsWith('{') || start.startsWith('[')) return done(parseJson(start, ctx, problems))
  if (looksLikeAnpa(start)) return done({ ...base, format: 'anpa1312', items: [parseAnpa(start, ctx)] })
  if (looksLikeIptc7901(start))
    return done({ ...base, format: 'iptc7901', items: [parseIptc7901(start, ctx)] })
  if (!start.startsWith('<')) {
    if (/\.(txt|text)$/i.test(ctx.source)) {
      return done({
        ...base,
        format: 'text',
        items: [
          makeItem({ format: 'text', source: ctx.source, guid: undefined, body: start, bodyType: 'text' }),
        ],
      })
    }
    throw new ParleyError(
      'feed-unsupported',
      'not a recognised feed or wire format (no XML, JSON or wire framing)',
      { input: ctx.source },
    )
  }
  const parsed = parseXml(text, ctx.source)
  for (const reason of parsed.problems) problems.push({ source: ctx.source, reason })
  return { ...dispatchXml(parsed.root, text, ctx, decoded.encoding, problems), encoding: decoded.encoding }
}

function dispatchXml(
  root: XmlElement,
  text: string,
  ctx: ParseContext,
  encoding: string,
  problems: IngestProblem[],
): ParsedDocument {
  const base = { encoding, feeds: [], title: null, link: null, language: null, problems }
  switch (root.local) {
    case 'opml':
      return { ...parseOpml(root, ctx, encoding), problems }
    case 'urlset':
      return parseSitemapNews(root, ctx, encoding)
    case 'newsmessage':
    case 'newsitem':
    case 'packageitem':
      return parseNewsMlG2(root, ctx, encoding, problems)
    case 'newsml':
      return parseNewsMl12(root, ctx, encoding, problems)
    case 'nitf':
      return { ...base, format: 'nitf', items: [parseNitf(root, ctx)] }
    case 'html':
      if (/\.x?html?$/i.test(ctx.source)) {
        return {
          ...base,
          format: 'html',
          items: [makeItem({ format: 'html', source: ctx.source, body: text, bodyType: 'html' })],
        }
      }
      throw new ParleyError('feed-unsupported', 'this is an HTML page, not a feed', { input: ctx.source })
    case 'head':
    case 'body':
      throw new ParleyError('feed-unsupported', 'this is an HTML page, not a feed', { input: ctx.source })
  }
  if (isLooseFeedRoot(root)) {
    const details = feedDetails(root, text, ctx)
    try {
      const bases = details.entries.map((e) => e.base)
      const doc = parseWebFeed(guardXml(text, ctx.source), ctx, encoding, bases)
      return { ...doc, problems: [...problems, ...doc.problems], details }
    } catch {
      // feedsmith refuses valid but sparse feeds (no channel title, RSS 0.90, Atom 0.3 odds): that is
      // not a defect of the document; real defects were reported by parseXml above.
      return { ...parseLooseFeed(root, ctx, encoding, problems), details }
    }
  }
  const nitf = descendants(root, 'nitf')[0]
  if (nitf) return { ...base, format: 'nitf', items: [parseNitf(nitf, ctx)] }
  throw new ParleyError('feed-unsupported', `unknown XML document <${root.name}>`, { input: ctx.source })
}

function parseJson(
  text: string,
  ctx: ParseContext,
  problems: IngestProblem[],
): Omit<ParsedDocument, 'encoding'> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ParleyError('input-json', `invalid JSON: ${(error as Error).message}`, { input: ctx.source })
  }
  const base = { feeds: [], title: null, link: null, language: null }
  const list = Array.isArray(value) ? value : [value]
  const first = list[0] as Record<string, unknown> | undefined
  if (!first || typeof first !== 'object')
    throw new ParleyError('feed-unsupported', 'JSON that is not an object', { input: ctx.source })
  if (!Array.isArray(value) && typeof first.version === 'string' && first.version.includes('jsonfeed.org')) {
    const doc = parseWebFeed(first, ctx, null)
    return { ...doc, problems: [...problems, ...doc.problems] }
  }
  if (!Array.isArray(value) && isApMedia(first))
    return { ...base, format: 'ap-media', items: parseApMedia(first, ctx, problems), problems }
  const items: RawItem[] = []
  let format = 'ninjs'
  list.forEach((entry, i) => {
    const source = list.length > 1 ? `${ctx.source}#${i + 1}` : ctx.source
    try {
      if (entry && typeof entry === 'object' && isDigitalwires(entry as Record<string, unknown>)) {
        format = 'dpa-digitalwires'
        items.push(parseDigitalwires(entry as Record<string, unknown>, { ...ctx, source: ctx.source }))
      } else if (looksLikeNinjs(entry)) {
        items.push(parseNinjs(entry, { ...ctx, source: ctx.source }, problems))
      } else {
        problems.push({
          source,
          reason: 'JSON object that is neither ninjs, JSON Feed, dpa digitalwires nor AP Media',
        })
      }
    } catch (error) {
      problems.push({ source, reason: (error as Error).message })
    }
  })
  if (items.length === 0 && problems.length > 0 && list.length === 1) {
    throw new ParleyError('feed-unsupported', problems[problems.length - 1]?.reason ?? 'unknown JSON', {
      input: ctx.source,
    })
  }
  return { ...base, format, items, problems }
}
