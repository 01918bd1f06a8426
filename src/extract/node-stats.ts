/**
 * One bottom-up pass over the tree that measures every element: text length (whitespace
 * collapsed), text inside links, commas, paragraphs. Later steps read these numbers instead of
 * calling `textContent` again and again (which would be quadratic on deep pages).
 */
import { BLOCK_TAGS } from './patterns.ts'

export interface NodeStats {
  /** Characters of text, whitespace runs counted once. */
  textLength: number
  /** Characters of that text inside `<a>`. */
  linkLength: number
  commas: number
  /** `<p>` and paragraph-like leaves below. */
  paragraphs: number
  listItems: number
  /** True when a direct child is a block element. */
  hasBlockChild: boolean
}

export type StatsMap = Map<Element, NodeStats>

const COMMAS = /[,，、،]/g

export function measureTree(root: Element): StatsMap {
  const stats: StatsMap = new Map()
  // Iterative post-order: deeply nested pages must not overflow the call stack.
  const stack: Array<{ element: Element; visited: boolean }> = [{ element: root, visited: false }]
  while (stack.length > 0) {
    const frame = stack.pop()!
    if (!frame.visited) {
      frame.visited = true
      stack.push(frame)
      const kids = frame.element.children
      for (let i = kids.length - 1; i >= 0; i--) stack.push({ element: kids[i]!, visited: false })
      continue
    }
    stats.set(frame.element, measureOne(frame.element, stats))
  }
  return stats
}

function measureOne(element: Element, stats: StatsMap): NodeStats {
  const own: NodeStats = {
    textLength: 0,
    linkLength: 0,
    commas: 0,
    paragraphs: 0,
    listItems: 0,
    hasBlockChild: false,
  }
  const isLink = element.localName === 'a'
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? ''
      const length = collapsedLength(text)
      own.textLength += length
      if (isLink) own.linkLength += length
      own.commas += text.match(COMMAS)?.length ?? 0
    } else if (node.nodeType === 1) {
      const child = stats.get(node as Element)
      if (!child) continue
      own.textLength += child.textLength
      own.linkLength += isLink ? child.textLength : child.linkLength
      own.commas += child.commas
      own.paragraphs += child.paragraphs
      own.listItems += child.listItems
      if (BLOCK_TAGS.has((node as Element).localName)) own.hasBlockChild = true
    }
  }
  const tag = element.localName
  if (tag === 'p' || (!own.hasBlockChild && own.textLength >= 25 && tag !== 'a' && !BLOCK_TAGS.has(tag)))
    own.paragraphs++
  if (tag === 'li') own.listItems++
  return own
}

function collapsedLength(text: string): number {
  let length = 0
  let space = true
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const isSpace = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160
    if (isSpace) {
      if (!space) length++
      space = true
    } else {
      length++
      space = false
    }
  }
  return length
}

export function linkDensity(s: NodeStats): number {
  return s.textLength === 0 ? 0 : s.linkLength / s.textLength
}
