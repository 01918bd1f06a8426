/**
 * Inside the chosen article: removes furniture that sits among the paragraphs. Page parts
 * (figures and captions, asides, headers, footers), elements named as furniture, and Readability's
 * conditional cleaning of containers (rails of links, lists of teasers, empty shells).
 */
import { linkDensity, type StatsMap } from './node-stats.ts'
import { BODY_CONTAINER, FURNITURE_NAME, HEADING_TAGS, nameOf, nameWeight, PULL_QUOTE } from './patterns.ts'

export interface PruneContext {
  readonly stats: StatsMap
  /** Text length of all roots together: furniture never holds most of the article. */
  readonly totalLength: number
  /** The headline, to drop it where the body repeats it. */
  readonly title: string | null
}

const CONDITIONAL_TAGS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'dl', 'article', 'center'])

/** Page parts removed whatever the balance: they are never body text. */
const ALWAYS_REMOVED = new Set(['figcaption', 'figure', 'aside', 'footer', 'header', 'timestamp', 'headline'])

/**
 * Removes furniture from the roots and returns how many characters went. When the rules would
 * take away more than three quarters of a long text, they are wrong about this page (a body
 * split into containers with furniture-like names): only page parts are removed then.
 */
export function pruneBoilerplate(roots: readonly Element[], context: PruneContext): number {
  const doomed: Array<[Element, string]> = []
  for (const root of roots) {
    const stack: Element[] = [...root.children].reverse()
    while (stack.length > 0) {
      const element = stack.pop()!
      const reason = removalReason(element, context)
      if (reason) {
        doomed.push([element, reason])
        continue
      }
      const kids = element.children
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
  }
  const lost = doomed.reduce((sum, [element]) => sum + (context.stats.get(element)?.textLength ?? 0), 0)
  const lenient = context.totalLength > 250 && lost > context.totalLength * 0.75
  let removed = 0
  for (const [element, reason] of doomed) {
    if (lenient && !ALWAYS_REMOVED.has(reason)) continue
    removed += context.stats.get(element)?.textLength ?? 0
    element.remove()
  }
  return removed
}

function removalReason(element: Element, context: PruneContext): string | null {
  const reason = furnitureReason(element, context)
  if (reason === null || reason === 'figcaption' || reason === 'headline') return reason
  if (isPullQuote(element, context)) return null
  // A wrapper around an embedded post (a tweet quoted in the story) is story, whatever its name.
  return element.querySelector(EMBEDDED_POST) ? null : reason
}

const EMBEDDED_POST =
  'blockquote[class*="tweet"], blockquote[class*="instagram"], blockquote[class*="tiktok"]'

function furnitureReason(element: Element, context: PruneContext): string | null {
  const tag = element.localName
  const s = context.stats.get(element)
  if (!s) return null
  if (isEmbeddedPost(element)) return null
  switch (tag) {
    case 'figcaption':
    case 'aside':
    case 'footer':
      return tag
    case 'figure':
      return s.paragraphs > 1 ? null : 'figure'
    case 'time':
      return isStandalone(element, s.textLength, context) ? 'timestamp' : null
    case 'header':
      return s.textLength < context.totalLength * 0.3 ? 'header' : null
  }
  if (tag === 'h1' && context.title && sameText(element.textContent ?? '', context.title)) return 'headline'
  const name = nameOf(element)
  const share = s.textLength / Math.max(1, context.totalLength)
  if (name && FURNITURE_NAME.test(name) && !BODY_CONTAINER.test(name) && share < 0.4) return 'furniture'
  if (HEADING_TAGS.has(tag)) return linkDensity(s) > 0.5 || nameWeight(name) < 0 ? 'heading' : null
  if (!CONDITIONAL_TAGS.has(tag)) return null
  return conditionalReason(element, context)
}

function conditionalReason(element: Element, context: PruneContext): string | null {
  const s = context.stats.get(element)!
  const tag = element.localName
  const weight = nameWeight(nameOf(element))
  const share = s.textLength / Math.max(1, context.totalLength)
  if (weight < 0 && share < 0.4) return 'negative-name'
  if (s.commas >= 10) return null
  const density = linkDensity(s)
  const isList = tag === 'ul' || tag === 'ol' || tag === 'dl'
  if (isList) return density > 0.5 ? 'link-list' : null
  if (s.listItems > s.paragraphs && density > 0.3) return 'teaser-list'
  if (s.textLength === 0) return 'empty'
  if (weight < 25 && density > 0.33 && share < 0.3) return 'link-dense'
  if (weight >= 25 && density > 0.5 && share < 0.3) return 'link-dense'
  return null
}

/** Embedded posts (tweets and the like) are kept although they are full of links. */
function isEmbeddedPost(element: Element): boolean {
  if (element.localName !== 'blockquote') return false
  return /tweet|instagram|tiktok|facebook|reddit|embed/i.test(element.getAttribute('class') ?? '')
}

export function sameText(a: string, b: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
  const x = norm(a)
  const y = norm(b)
  return x.length > 0 && (x === y || (x.length > 20 && y.startsWith(x)) || (y.length > 20 && x.startsWith(y)))
}

/** A timestamp set between blocks (a live post's time, a dateline) rather than inside a sentence. */
function isStandalone(element: Element, length: number, context: PruneContext): boolean {
  const parent = element.parentElement
  const p = parent ? context.stats.get(parent) : undefined
  return !p || p.hasBlockChild || p.textLength <= length + 3
}

/** A pull quote (named so, or an aside that is only a quotation) stays: article bodies keep them. */
function isPullQuote(element: Element, context: PruneContext): boolean {
  if (PULL_QUOTE.test(element.getAttribute('class') ?? '')) return true
  if (element.localName !== 'aside') return false
  const s = context.stats.get(element)
  const text = (element.textContent ?? '').trim()
  return s !== undefined && s.linkLength === 0 && text.length < 400 && /^["“„«]/.test(text)
}
