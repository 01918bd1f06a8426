/**
 * Google News sitemaps (`<urlset>` with `news:news`): one item per `<url>` with its publication,
 * language, title and date. The page itself is not fetched here; the item carries its URL.
 */
import { toIsoDate } from '../dates.ts'
import { makeItem, resolveUrl } from '../item.ts'
import { emptyDocument, type IngestProblem, type ParseContext, type ParsedDocument } from '../types.ts'
import { child, cleanText, elements, type XmlElement } from '../xml/safe-xml.ts'

export function parseSitemapNews(
  root: XmlElement,
  ctx: ParseContext,
  encoding: string | null,
): ParsedDocument {
  const problems: IngestProblem[] = []
  const items = []
  let index = 0
  for (const url of elements(root, 'url')) {
    index++
    const loc = resolveUrl(cleanText(child(url, 'loc')), ctx.baseUrl)
    if (!loc) {
      problems.push({ source: `${ctx.source}#${index}`, reason: 'a <url> without a usable <loc>' })
      continue
    }
    const news = child(url, 'news')
    const date = toIsoDate(cleanText(child(news, 'publication_date')) ?? cleanText(child(url, 'lastmod')))
    items.push(
      makeItem({
        format: 'sitemap-news',
        source: ctx.source,
        guid: loc,
        url: loc,
        headline: cleanText(child(news, 'title')),
        language: cleanText(child(news, 'publication', 'language')),
        publisher: cleanText(child(news, 'publication', 'name')),
        firstCreated: date,
        versionCreated: date,
        subjects: (cleanText(child(news, 'keywords')) ?? '').split(',').filter((s) => s.trim() !== ''),
        links: [{ rel: 'alternate', href: loc }],
      }),
    )
  }
  return { ...emptyDocument('sitemap-news', encoding), items, problems }
}
