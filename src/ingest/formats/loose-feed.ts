/**
 * A lenient RSS/RDF/Atom reader over the safe XML tree, for what feedsmith refuses: RSS 0.90,
 * channels without a title, not-well-formed feeds. It reads the common elements only.
 */
import type { ItemLink, RawItem } from '../../doc/raw-item.ts'
import { toIsoDate } from '../dates.ts'
import { escapeHtml, firstOf, htmlToText, makeItem, resolveUrl } from '../item.ts'
import type { IngestProblem, ParseContext, ParsedDocument } from '../types.ts'
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

function bodyOf(el: XmlElement | undefined): string | null {
  if (!el) return null
  const hasElements = el.children.some(isElement)
  const value = hasElements ? innerXml(el) : textOf(el)
  const trimmed = value.trim()
  if (trimmed === '') return null
  const type = (attr(el, 'type') ?? '').toLowerCase()
  return type === 'text' ? escapeHtml(trimmed) : trimmed
}

export function isLooseFeedRoot(root: XmlElement): boolean {
  return root.local === 'rss' || root.local === 'rdf' || root.local === 'feed' || root.local === 'channel'
}

export function parseLooseFeed(
  root: XmlElement,
  ctx: ParseContext,
  encoding: string | null,
  problems: IngestProblem[],
): ParsedDocument {
  const atom = root.local === 'feed'
  const channel = atom ? root : (child(root, 'channel') ?? root)
  const entries = atom ? elements(root, 'entry') : descendants(root, 'item')
  const title = htmlToText(textOf(child(channel, 'title')))
  const channelLink = atom
    ? resolveUrl(attr(child(channel, 'link'), 'href'), ctx.baseUrl)
    : resolveUrl(cleanText(child(channel, 'link')), ctx.baseUrl)
  const base = resolveUrl(ctx.baseUrl) ?? channelLink
  const language = firstOf(
    cleanText(child(channel, 'language')),
    attr(root, 'xml:lang'),
    ctx.contentLanguage ?? null,
  )
  const items: RawItem[] = []
  entries.forEach((entry, i) => {
    try {
      const linkEl = child(entry, 'link')
      const href = atom ? attr(linkEl, 'href') : (cleanText(linkEl) ?? attr(linkEl, 'href'))
      const url = resolveUrl(href, base)
      const guid =
        cleanText(child(entry, 'guid')) ?? cleanText(child(entry, 'id')) ?? attr(entry, 'rdf:about')
      const published = toIsoDate(
        cleanText(child(entry, 'pubdate')) ??
          cleanText(child(entry, 'published')) ??
          cleanText(child(entry, 'date')),
      )
      const updated = toIsoDate(cleanText(child(entry, 'updated')) ?? cleanText(child(entry, 'modified')))
      const links: ItemLink[] = url ? [{ rel: 'alternate', href: url }] : []
      items.push(
        makeItem({
          format: atom ? 'atom' : root.local === 'rdf' ? 'rdf' : 'rss',
          source: ctx.source,
          guid: guid ?? url ?? undefined,
          url,
          headline: htmlToText(textOf(child(entry, 'title'))),
          byline:
            cleanText(child(entry, 'creator')) ??
            cleanText(child(entry, 'author', 'name')) ??
            cleanText(child(entry, 'author')),
          firstCreated: published ?? updated,
          versionCreated: updated ?? published,
          language: firstOf(cleanText(child(entry, 'language')), language),
          publisher: title,
          subjects: elements(entry, 'category').map((c) => attr(c, 'term') ?? textOf(c)),
          body:
            bodyOf(child(entry, 'encoded')) ??
            bodyOf(child(entry, 'content')) ??
            bodyOf(child(entry, 'description')) ??
            bodyOf(child(entry, 'summary')),
          bodyType: 'html',
          links,
        }),
      )
    } catch (error) {
      problems.push({ source: `${ctx.source}#${i + 1}`, reason: (error as Error).message })
    }
  })
  return {
    format: atom ? 'atom' : root.local === 'rdf' ? 'rdf' : 'rss',
    encoding,
    items,
    problems,
    feeds: [],
    title,
    link: channelLink,
    language,
  }
}
