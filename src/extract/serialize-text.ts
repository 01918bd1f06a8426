/**
 * Elements -> paragraphs. Block elements end a paragraph, `<br>` ends a line, runs of
 * whitespace collapse to one space except inside `<pre>`. Each paragraph remembers the kind of
 * block it came from, for the filters that follow.
 */
import { BLOCK_TAGS, HEADING_TAGS } from './patterns.ts'

/** A table row reads as one line: its cells are separated by spaces, not paragraphs. */
const TABLE_CELLS = new Set(['td', 'th'])

export type BlockKind = 'paragraph' | 'heading' | 'item' | 'quote' | 'pre' | 'cell'

export interface TextBlock {
  text: string
  kind: BlockKind
  /** Share of the block's letters and digits that sit inside links. */
  linkShare: number
}

export function serializeBlocks(roots: readonly Element[]): TextBlock[] {
  const blocks: TextBlock[] = []
  let current = ''
  let kind: BlockKind = 'paragraph'
  let linkChars = 0
  const flush = () => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/[ \t\f\r\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n')
    if (text !== '')
      blocks.push({ text, kind, linkShare: Math.min(1, linkChars / Math.max(1, wordChars(text))) })
    current = ''
    kind = 'paragraph'
    linkChars = 0
  }
  type Frame = { node: Node; exit: boolean; pre: boolean; link: boolean }
  const stack: Frame[] = []
  for (let i = roots.length - 1; i >= 0; i--)
    stack.push({ node: roots[i]!, exit: false, pre: false, link: false })
  while (stack.length > 0) {
    const { node, exit, pre, link } = stack.pop()!
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? ''
      current += pre ? text : text.replace(/\s+/g, ' ')
      if (link) linkChars += wordChars(text)
      continue
    }
    if (node.nodeType !== 1) continue
    const element = node as Element
    const tag = element.localName
    if (exit) {
      if (BLOCK_TAGS.has(tag) && !TABLE_CELLS.has(tag)) flush()
      else if (TABLE_CELLS.has(tag)) current += ' '
      continue
    }
    if (tag === 'br') {
      current += '\n'
      continue
    }
    if (tag === 'td' || tag === 'th') current += ' '
    const isBlock = BLOCK_TAGS.has(tag) && !TABLE_CELLS.has(tag)
    if (isBlock) {
      flush()
      kind = kindOf(tag, kind)
    }
    const inPre = pre || tag === 'pre'
    const inLink = link || tag === 'a'
    stack.push({ node: element, exit: true, pre: inPre, link: inLink })
    const children: Node[] = []
    for (let child = element.firstChild; child; child = child.nextSibling) children.push(child)
    for (let i = children.length - 1; i >= 0; i--)
      stack.push({ node: children[i]!, exit: false, pre: inPre, link: inLink })
  }
  flush()
  return blocks
}

function kindOf(tag: string, previous: BlockKind): BlockKind {
  if (HEADING_TAGS.has(tag)) return 'heading'
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'item'
  if (tag === 'blockquote') return 'quote'
  if (tag === 'pre') return 'pre'
  if (tag === 'tr') return 'cell'
  return tag === 'p' ? 'paragraph' : previous
}

const WORD_CHAR = /[\p{L}\p{N}]/gu

function wordChars(text: string): number {
  return text.match(WORD_CHAR)?.length ?? 0
}
