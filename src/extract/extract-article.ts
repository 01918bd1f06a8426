/**
 * HTML page -> clean article body and metadata, with nothing fetched:
 *
 *   decode bytes -> parse (linkedom) -> metadata -> strip non-content -> measure -> choose the
 *   article container -> prune furniture inside it -> serialise paragraphs ("\n\n") -> filter
 *   head and tail matter -> fall back to JSON-LD `articleBody` when the page's markup says less.
 */
import { parseHTML } from 'linkedom'
import type { ArticleMeta, DocMessage } from '../doc/index.ts'
import { ParleyError } from '../errors.ts'
import { checkMarkup } from './check-markup.ts'
import { decodeHtml } from './decode-html.ts'
import { filterBlocks } from './filter-blocks.ts'
import { findMainContent, removeTeaserRails } from './find-main-content.ts'
import { measureTree } from './node-stats.ts'
import { prepareDom } from './prepare-dom.ts'
import { findProvenance } from './provenance.ts'
import { pruneBoilerplate } from './prune-boilerplate.ts'
import { readMetadata } from './read-metadata.ts'
import { languageFromScript } from './script-language.ts'
import { serializeBlocks } from './serialize-text.ts'

export interface ExtractOptions {
  /** The page's address, used to resolve the canonical URL. */
  readonly url?: string
}

export interface ExtractedArticle {
  readonly text: string
  readonly meta: Partial<ArticleMeta>
  readonly messages: readonly DocMessage[]
}

/** Larger pages are refused: no news page needs more, and parsing one would take seconds and gigabytes. */
export const MAX_HTML_BYTES = 16 * 1024 * 1024

export function extractArticle(html: string | Uint8Array, options: ExtractOptions = {}): ExtractedArticle {
  const size = typeof html === 'string' ? html.length : html.byteLength
  if (size > MAX_HTML_BYTES) {
    throw new ParleyError('input-too-large', `the page is ${size} bytes; the limit is ${MAX_HTML_BYTES}`)
  }
  const decoded = typeof html === 'string' ? { html, messages: [] } : decodeHtml(html)
  if (decoded.html.trim() === '') throw new ParleyError('input-empty', 'the page is empty')
  checkMarkup(decoded.html)
  const { document } = parseHTML(asDocument(decoded.html)) as unknown as { document: Document }
  const result = extractFromDocument(document, options)
  return { ...result, messages: [...decoded.messages, ...result.messages] }
}

/** The extraction proper, on a parsed page (the bench times this part). The document is modified. */
export function extractFromDocument(document: Document, options: ExtractOptions = {}): ExtractedArticle {
  const messages: DocMessage[] = []
  const metadata = readMetadata(document, options.url)
  const body = document.body ?? document.documentElement
  if (!body)
    return {
      text: '',
      meta: metadata.meta,
      messages: [note('error', 'the page has no HTML body', 'no-body')],
    }

  prepareDom(body)
  removeTeaserRails(body)
  const stats = measureTree(body)
  const main = findMainContent(body, stats)
  const totalLength = main.roots.reduce((sum, root) => sum + (stats.get(root)?.textLength ?? 0), 0)
  const title = metadata.meta.title ?? null
  pruneBoilerplate(main.roots, { stats, totalLength, title })
  const blocks = filterBlocks(serializeBlocks(main.roots), {
    title,
    byline: metadata.meta.byline ?? null,
    liveBlog: metadata.liveBlog,
  })
  let text = blocks.map((b) => b.text).join('\n\n')

  const fallback = metadata.jsonLdBody ? preferJsonLdBody(metadata.jsonLdBody, text) : null
  if (fallback) {
    text = paragraphsOf(metadata.jsonLdBody!)
    messages.push(note('info', fallback, 'json-ld-body'))
  }
  if (text === '') messages.push(note('warning', 'no article text found in the page', 'no-text'))
  const provenance = findProvenance(text, metadata.meta, document)
  const language = metadata.meta.language ?? languageFromScript(text)
  return { text, meta: { ...metadata.meta, language, provenance }, messages }
}

/** The parser needs an `<html>` element to build a document; fragments and plain text get one. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 8192)) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`
}

/**
 * The JSON-LD body replaces the markup's text when the markup gave much less (a script-rendered
 * shell), or about as much but other words (the markup's best container was the wrong one).
 * Returns the reason, or null to keep the markup's text.
 */
function preferJsonLdBody(body: string, text: string): string | null {
  const bodyWords = words(body)
  const textWords = words(text)
  if (bodyWords.length > Math.max(40, textWords.length * 1.6)) {
    return 'the markup held much less text than the JSON-LD articleBody; used articleBody'
  }
  if (
    bodyWords.length >= 80 &&
    bodyWords.length >= textWords.length * 0.8 &&
    sharedShingles(bodyWords, textWords) < 0.3
  ) {
    return 'the markup text and the JSON-LD articleBody disagree; used articleBody'
  }
  return null
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Share of the first text's word 4-grams that occur in the second. */
function sharedShingles(a: readonly string[], b: readonly string[]): number {
  const key = (w: readonly string[], i: number) => `${w[i]} ${w[i + 1]} ${w[i + 2]} ${w[i + 3]}`
  const inB = new Set<string>()
  for (let i = 0; i + 4 <= b.length; i++) inB.add(key(b, i))
  let shared = 0
  let total = 0
  for (let i = 0; i + 4 <= a.length; i++, total++) if (inB.has(key(a, i))) shared++
  return total === 0 ? 1 : shared / total
}

/** JSON-LD bodies come as one string; keep their own line breaks as paragraph breaks. */
function paragraphsOf(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n\n')
}

function note(severity: DocMessage['severity'], reason: string, rule: string): DocMessage {
  return { severity, reason, stage: 'extract', rule }
}
