/**
 * One walk over the parsed page that gathers what the metadata reader needs: meta tags, JSON-LD
 * blocks, the canonical link, the title, `<h1>`s, `<time>`s and byline candidates. Attribute
 * selectors are slow in linkedom; one pass is many times faster than a query per source.
 */

export interface PageParts {
  readonly metas: Element[]
  readonly jsonLd: string[]
  canonical: string | null
  title: string | null
  readonly h1s: Element[]
  /** `<time datetime>` elements, the ones marked `pubdate` or inside an `<article>` first. */
  readonly times: Element[]
  /** Byline candidates by kind, most trusted kind first. */
  readonly bylines: Element[][]
}

/** Byline kinds in order of trust: itemprop author name, itemprop author, rel=author, byline class, author-name class, author class. */
const BYLINE_KINDS = 6
const MAX_PER_KIND = 5

export function collectPageParts(document: Document): PageParts {
  const parts: PageParts = {
    metas: [],
    jsonLd: [],
    canonical: null,
    title: null,
    h1s: [],
    times: [],
    bylines: Array.from({ length: BYLINE_KINDS }, () => []),
  }
  const preferredTimes: Element[] = []
  const otherTimes: Element[] = []
  const root = document.documentElement
  if (!root) return parts
  const stack: Array<{ element: Element; inArticle: boolean; inAuthor: boolean }> = [
    { element: root, inArticle: false, inAuthor: false },
  ]
  while (stack.length > 0) {
    const { element, inArticle, inAuthor } = stack.pop()!
    const tag = element.localName
    let childInArticle = inArticle
    let childInAuthor = inAuthor
    switch (tag) {
      case 'meta':
        parts.metas.push(element)
        break
      case 'script':
        if ((element.getAttribute('type') ?? '').trim().toLowerCase() === 'application/ld+json') {
          parts.jsonLd.push(element.textContent ?? '')
        }
        continue
      case 'link':
        if (
          parts.canonical === null &&
          /(?:^|\s)canonical(?:\s|$)/i.test(element.getAttribute('rel') ?? '')
        ) {
          parts.canonical = element.getAttribute('href')
        }
        break
      case 'title':
        if (parts.title === null) parts.title = element.textContent
        break
      case 'h1':
        parts.h1s.push(element)
        break
      case 'time':
        if (element.hasAttribute('datetime')) {
          ;(element.hasAttribute('pubdate') || inArticle ? preferredTimes : otherTimes).push(element)
        }
        break
      case 'article':
        childInArticle = true
        break
    }
    if (element.hasAttributes()) {
      const kind = bylineKind(element, inAuthor)
      if (kind >= 0 && parts.bylines[kind]!.length < MAX_PER_KIND) parts.bylines[kind]!.push(element)
      if (/(?:^|\s)author(?:\s|$)/.test(element.getAttribute('itemprop') ?? '')) childInAuthor = true
    }
    const kids = element.children
    for (let i = kids.length - 1; i >= 0; i--) {
      stack.push({ element: kids[i]!, inArticle: childInArticle, inAuthor: childInAuthor })
    }
  }
  parts.times.push(...preferredTimes, ...otherTimes)
  return parts
}

function bylineKind(element: Element, inAuthor: boolean): number {
  const itemprop = element.getAttribute('itemprop') ?? ''
  if (inAuthor && /(?:^|\s)name(?:\s|$)/.test(itemprop)) return 0
  if (/(?:^|\s)author(?:\s|$)/.test(itemprop)) return 1
  if (element.localName === 'a' && /(?:^|\s)author(?:\s|$)/.test(element.getAttribute('rel') ?? '')) return 2
  const cls = element.getAttribute('class')
  if (!cls) return -1
  if (cls.includes('byline')) return 3
  if (cls.includes('author-name') || cls.includes('authorName')) return 4
  if (/(?:^|\s)author(?:\s|$)/.test(cls)) return 5
  return -1
}
