/** OPML subscription lists: the feed URLs (`xmlUrl`) of every outline, nested or not, deduplicated. */
import { resolveUrl } from '../item.ts'
import type { ParseContext, ParsedDocument } from '../types.ts'
import { attr, descendants, type XmlElement } from '../xml/safe-xml.ts'

export function parseOpml(root: XmlElement, ctx: ParseContext, encoding: string | null): ParsedDocument {
  const feeds: string[] = []
  const problems: { source: string; reason: string }[] = []
  for (const outline of descendants(root, 'outline')) {
    const raw =
      attr(outline, 'xmlUrl') ??
      attr(outline, 'xmlurl') ??
      (attr(outline, 'type') === 'rss' ? attr(outline, 'url') : null)
    if (!raw) continue
    const url = resolveUrl(raw, ctx.baseUrl)
    if (url) feeds.push(url)
    else
      problems.push({
        source: ctx.source,
        reason: `outline with an unusable feed URL ${JSON.stringify(raw)}`,
      })
  }
  const title = descendants(root, 'title')[0]
  return {
    format: 'opml',
    encoding,
    items: [],
    problems,
    feeds: [...new Set(feeds)],
    title: title ? title.children.join('').trim() || null : null,
    link: null,
    language: null,
  }
}
