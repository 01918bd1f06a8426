/**
 * Article metadata from every place pages keep it. Each field takes the first source that has a
 * usable value, in this order (docs/extraction.md repeats it):
 *
 * - title:     JSON-LD headline > og:title > twitter:title > Dublin Core title > the only <h1> > <title>
 * - byline:    JSON-LD author > meta author / article:author (names, not URLs) > Dublin Core creator > visible byline
 * - published: JSON-LD datePublished > article:published_time > itemprop datePublished > Dublin Core date
 *              > other date meta > <time datetime> > JSON-LD dateCreated
 * - publisher: JSON-LD publisher > og:site_name > Dublin Core publisher > application-name
 * - url:       <link rel=canonical> > og:url > JSON-LD url / mainEntityOfPage > the address given
 * - language:  <html lang> > Content-Language > JSON-LD inLanguage > Dublin Core language > og:locale
 *
 * Structured data comes first because sites write it for machines; visible text is the fallback.
 */
import type { ArticleMeta } from '../doc/index.ts'
import {
  findArticleNode,
  findNodeOfType,
  type JsonObject,
  namesOf,
  parseJsonLdBlocks,
  textOf,
} from './json-ld.ts'
import { normalizeDate } from './normalize-date.ts'
import { collectPageParts } from './page-parts.ts'
import { cleanByline, findVisibleByline } from './visible-byline.ts'

export interface PageMetadata {
  readonly meta: Partial<ArticleMeta>
  /** The article node's `articleBody` (and live-blog updates), when the page has one. */
  readonly jsonLdBody: string | null
  /** True when the page describes itself as a live blog. */
  readonly liveBlog: boolean
}

export function readMetadata(document: Document, pageUrl: string | undefined): PageMetadata {
  const parts = collectPageParts(document)
  const metas = collectMetaTags(parts.metas)
  const nodes = parseJsonLdBlocks(parts.jsonLd)
  const article = findArticleNode(nodes)
  const org = findNodeOfType(nodes, ['NewsMediaOrganization', 'Organization', 'WebSite'])
  const ld = article ?? ({} as JsonObject)

  const title = first(
    textOf(ld.headline),
    metas.get('og:title'),
    metas.get('twitter:title'),
    metas.get('dc.title') ?? metas.get('dcterms.title'),
    parts.h1s.length === 1 ? parts.h1s[0]!.textContent : null,
    titleText(parts.title),
  )
  const byline = first(
    joinNames(namesOf(ld.author)),
    cleanByline(nonUrl(metas.get('author'))),
    cleanByline(nonUrl(metas.get('article:author'))),
    cleanByline(metas.get('dc.creator') ?? metas.get('dcterms.creator')),
    findVisibleByline(parts.bylines),
  )
  const published = first(
    normalizeDate(textOf(ld.datePublished)),
    normalizeDate(metas.get('article:published_time')),
    normalizeDate(metas.get('datepublished')),
    normalizeDate(metas.get('dc.date') ?? metas.get('dcterms.date') ?? metas.get('dc.date.issued')),
    ...DATE_META.map((key) => normalizeDate(metas.get(key))),
    normalizeDate(parts.times[0]?.getAttribute('datetime')),
    normalizeDate(textOf(ld.dateCreated)),
  )
  const publisher = first(
    textOf(ld.publisher),
    textOf(ld.sourceOrganization),
    metas.get('og:site_name'),
    metas.get('dc.publisher') ?? metas.get('dcterms.publisher'),
    textOf(org?.name),
    metas.get('application-name'),
  )
  const url = first(
    absolute(parts.canonical, pageUrl),
    absolute(metas.get('og:url'), pageUrl),
    absolute(textOf(ld.url) ?? urlOf(ld.mainEntityOfPage), pageUrl),
    pageUrl ?? null,
  )
  const language = first(
    languageTag(
      document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang'),
    ),
    languageTag(metas.get('content-language')),
    languageTag(textOf(ld.inLanguage)),
    languageTag(metas.get('dc.language') ?? metas.get('dcterms.language')),
    languageTag(metas.get('og:locale')),
  )
  const liveBlog = article !== null && (article['@type'] === 'LiveBlogPosting' || 'liveBlogUpdate' in article)
  return {
    meta: { title, byline, published, publisher, url, language },
    jsonLdBody: jsonLdBody(ld),
    liveBlog,
  }
}

/** Further meta names that carry the publication date, in order of trust. */
const DATE_META = [
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'og:published_time',
  'article:published',
  'citation_publication_date',
]

function collectMetaTags(elements: readonly Element[]): Map<string, string> {
  const metas = new Map<string, string>()
  for (const meta of elements) {
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      meta.getAttribute('http-equiv') ??
      ''
    )
      .trim()
      .toLowerCase()
    const content = (meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim()
    if (key && content && !metas.has(key)) metas.set(key, content)
  }
  return metas
}

function first(...values: Array<string | null | undefined>): string | null {
  for (const value of values) {
    const text = value?.replace(/\s+/g, ' ').trim()
    if (text) return decodeEntities(text)
  }
  return null
}

/** Meta content and JSON-LD strings sometimes carry entities a second time ("&amp;amp;"). */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
}

function joinNames(names: readonly string[]): string | null {
  const clean = names.map((n) => cleanByline(n)).filter((n): n is string => n !== null)
  return clean.length > 0 ? clean.join(', ') : null
}

function nonUrl(value: string | undefined): string | null {
  return value && !/^(?:https?:)?\/\//.test(value) ? value : null
}

function titleText(raw: string | null): string | null {
  const title = raw?.replace(/\s+/g, ' ').trim()
  if (!title) return null
  // "Headline | Site" / "Headline - Site": keep the longest part when a separator splits it.
  const parts = title.split(/\s+[|–—·»]\s+|\s+-\s+/)
  return parts.length > 1 ? parts.reduce((a, b) => (b.length > a.length ? b : a)) : title
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (value && typeof value === 'object')
    return textOf((value as JsonObject)['@id']) ?? textOf((value as JsonObject).url)
  return null
}

function absolute(href: string | null | undefined, base: string | undefined): string | null {
  if (!href) return null
  try {
    const resolved = new URL(href.trim(), base)
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null
  } catch {
    return null
  }
}

/** "en-US", "en_GB" -> "en"; anything that is not a language tag -> null. */
function languageTag(value: string | null | undefined): string | null {
  const match = value ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*(?:,|$)/i.exec(value) : null
  return match ? match[1]!.toLowerCase() : null
}

function jsonLdBody(article: JsonObject): string | null {
  const parts: string[] = []
  const body = textOf(article.articleBody) ?? textOf(article.text)
  if (body) parts.push(body)
  const updates = article.liveBlogUpdate
  if (Array.isArray(updates)) {
    for (const update of updates) {
      if (!update || typeof update !== 'object') continue
      const u = update as JsonObject
      const text = textOf(u.articleBody) ?? textOf(u.text)
      if (text) parts.push([textOf(u.headline), text].filter(Boolean).join('\n\n'))
    }
  }
  return parts.length > 0 ? parts.join('\n\n') : null
}
