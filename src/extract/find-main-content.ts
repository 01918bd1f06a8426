/**
 * Candidate scoring in the manner of Readability: every paragraph gives points (one, plus its
 * commas, plus one per hundred characters up to three) to its parent, half to its grandparent and
 * less further up; containers start from their tag and from what their names say. The best
 * container, discounted by its link density, is the article; siblings that score close to it, or
 * that are plain prose, join it.
 */
import { linkDensity, type NodeStats, type StatsMap } from './node-stats.ts'
import { BODY_CONTAINER, FURNITURE_NAME, nameOf, nameWeight } from './patterns.ts'

const MIN_PARAGRAPH = 25
const ANCESTOR_LEVELS = 5

export interface MainContent {
  /** Elements in document order whose text is the article. */
  readonly roots: readonly Element[]
  readonly score: number
}

export function findMainContent(body: Element, stats: StatsMap): MainContent {
  const scores = new Map<Element, number>()
  for (const [element, s] of stats) {
    if (!isParagraph(element, s)) continue
    const points = 1 + s.commas + Math.min(Math.floor(s.textLength / 100), 3)
    let ancestor = element.parentElement
    for (let level = 0; ancestor && level < ANCESTOR_LEVELS; level++) {
      if (!scores.has(ancestor)) scores.set(ancestor, initialScore(ancestor))
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3
      scores.set(ancestor, scores.get(ancestor)! + points / divider)
      if (ancestor === body) break
      ancestor = ancestor.parentElement
    }
  }
  let ranked: Array<[Element, number]> = []
  for (const [element, score] of scores) {
    ranked.push([element, score * (1 - linkDensity(stats.get(element)!))])
  }
  ranked.sort((a, b) => b[1] - a[1])
  if (ranked.length === 0) return { roots: [body], score: 0 }

  // Comment threads and rails can outscore a short story; a container named as furniture is never the article.
  const eligible = ranked.filter(([element]) => !isFurnitureNamed(element))
  if (eligible.length > 0) ranked = eligible
  let [top, topScore] = ranked[0]!
  top = preferCommonAncestor(top, topScore, ranked, body)
  top = climbToChunks(climbLoneChild(top, body), body, stats)
  return { roots: withSiblings(top, scores.get(top) ?? topScore, scores, stats), score: topScore }
}

function isParagraph(element: Element, s: NodeStats): boolean {
  if (s.textLength < MIN_PARAGRAPH) return false
  const tag = element.localName
  if (tag === 'p' || tag === 'pre' || tag === 'td') return true
  return (
    !s.hasBlockChild &&
    (tag === 'div' || tag === 'section' || tag === 'article' || tag === 'span' || tag === 'font')
  )
}

function initialScore(element: Element): number {
  let score = 0
  switch (element.localName) {
    case 'div':
    case 'article':
    case 'main':
      score += 5
      break
    case 'pre':
    case 'td':
    case 'blockquote':
      score += 3
      break
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      score -= 3
      break
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      score -= 5
      break
  }
  if (element.getAttribute('itemprop')?.includes('articleBody')) score += 50
  return score + nameWeight(nameOf(element))
}

/**
 * When several strong candidates share an ancestor (a body split into blocks by ads), the
 * ancestor is the article. Readability's rule: three of the top five within 75 % of the best.
 */
function preferCommonAncestor(
  top: Element,
  topScore: number,
  ranked: ReadonlyArray<[Element, number]>,
  body: Element,
): Element {
  // Only separate blocks count: the top's own ancestors and descendants always score close to it.
  const close = ranked
    .slice(1, 5)
    .filter(
      ([element, score]) => score >= topScore * 0.75 && !element.contains(top) && !top.contains(element),
    )
  if (close.length < 3) return top
  for (let ancestor = top.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
    const contained = close.filter(([element]) => ancestor.contains(element)).length
    if (contained >= 3) return ancestor
  }
  return top
}

/** A candidate that is its parent's only element child says nothing its parent does not. */
function climbLoneChild(top: Element, body: Element): Element {
  let current = top
  while (
    current.parentElement &&
    current.parentElement !== body &&
    current.parentElement.children.length === 1 &&
    !isFurnitureNamed(current.parentElement)
  ) {
    current = current.parentElement
  }
  return current
}

/**
 * Bodies split into chunks (between ads or embeds) repeat the chunk's markup: when the candidate
 * or one of its near ancestors has siblings of the same tag and class holding prose, the
 * article is that level, and the siblings join it.
 */
function climbToChunks(top: Element, body: Element, stats: StatsMap): Element {
  let current = top
  for (let level = 0; level < 3 && current.parentElement && current.parentElement !== body; level++) {
    const cls = current.getAttribute('class')
    if (cls) {
      for (const sibling of current.parentElement.children) {
        if (
          sibling === current ||
          sibling.localName !== current.localName ||
          sibling.getAttribute('class') !== cls
        )
          continue
        const s = stats.get(sibling)
        if (s && s.textLength > 150 && s.paragraphs > 0 && linkDensity(s) < 0.3) return current
      }
    }
    current = current.parentElement
    if (isFurnitureNamed(current)) return top
  }
  return top
}

function withSiblings(
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  stats: StatsMap,
): Element[] {
  const parent = top.parentElement
  if (!parent) return [top]
  const threshold = Math.max(10, topScore * 0.2)
  const topName = top.getAttribute('class') ?? ''
  const roots: Element[] = []
  let beforeTop = true
  for (const sibling of parent.children) {
    if (sibling === top) {
      roots.push(sibling)
      beforeTop = false
      continue
    }
    const s = stats.get(sibling)
    if (!s || s.textLength === 0) continue
    const name = nameOf(sibling)
    const density = linkDensity(s)
    const sameClass = topName !== '' && sibling.getAttribute('class') === topName
    if (FURNITURE_NAME.test(name) && !BODY_CONTAINER.test(name) && !sameClass) continue
    if (isListing(sibling)) continue
    const bonus = sameClass ? topScore * 0.2 : 0
    const score = scores.get(sibling)
    if (score !== undefined && score * (1 - density) + bonus >= threshold) {
      roots.push(sibling)
      continue
    }
    if (sameClass && s.textLength > 100 && density < 0.3) {
      roots.push(sibling)
      continue
    }
    const prose =
      sibling.localName === 'p' ||
      !s.hasBlockChild ||
      BODY_CONTAINER.test(name) ||
      // A lead paragraph wrapped apart from the rest (often in a container named for media).
      (beforeTop && s.paragraphs > 0 && s.listItems === 0 && s.textLength >= 100)
    if (prose && s.textLength > 80 && density < 0.25) roots.push(sibling)
    else if (prose && s.textLength > 0 && density === 0 && /\.\s*$/.test(sibling.textContent ?? ''))
      roots.push(sibling)
  }
  return roots
}

/** A rail of teasers: a block opened by a short label ("You may also like…") or holding several articles. */
/**
 * Removes rails of teasers before scoring: a block opened by a short label ("You may also
 * like…") that holds several articles. With long excerpts such a rail can outscore a short story.
 * Returns true when something was removed.
 */
export function removeTeaserRails(body: Element): boolean {
  const rails: Element[] = []
  for (const heading of body.querySelectorAll('h2, h3, h4, h5, h6')) {
    const parent = heading.parentElement
    if (!parent || parent === body || !opensWithRailLabel(parent)) continue
    if (parent.querySelectorAll('article').length >= 2) rails.push(parent)
  }
  for (const rail of rails) rail.remove()
  return rails.length > 0
}

function isListing(element: Element): boolean {
  return opensWithRailLabel(element) || element.querySelectorAll('article').length >= 2
}

function opensWithRailLabel(element: Element): boolean {
  const first = element.firstElementChild
  const label = first && /^h[1-6]$/.test(first.localName) ? (first.textContent ?? '').trim() : ''
  return label !== '' && label.length < 50 && /(?:\.\.\.|…|:)$/.test(label)
}

function isFurnitureNamed(element: Element): boolean {
  const name = nameOf(element)
  return name !== '' && FURNITURE_NAME.test(name) && !BODY_CONTAINER.test(name)
}
