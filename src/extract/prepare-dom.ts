/**
 * Strips what can never be article text before anything is measured: scripts, styles, media,
 * form controls, navigation, comments, and elements the page hides from readers.
 */
import { COMMENT_THREAD, NON_CONTENT_TAGS, PULL_QUOTE } from './patterns.ts'

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i

export function prepareDom(body: Element): void {
  const doomed: ChildNode[] = []
  const stack: Node[] = [body]
  while (stack.length > 0) {
    const node = stack.pop()!
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 8) {
        doomed.push(child)
        continue
      }
      if (child.nodeType !== 1) continue
      const element = child as Element
      if (isNonContent(element)) doomed.push(element)
      else stack.push(element)
    }
  }
  for (const node of doomed) node.remove()
}

/** AMP components that are media, ads, menus or widgets (text components such as amp-fit-text stay). */
const AMP_NON_CONTENT =
  /^amp-(?:ad|embed|img|anim|sidebar|analytics|pixel|social-share|iframe|video|audio|youtube|twitter-follow|sticky-ad|consent|user-notification|carousel|lightbox|install-serviceworker|geo|list|state|bind-macro|auto-ads|call-tracking|web-push|access|experiment|image-lightbox)/

function isNonContent(element: Element): boolean {
  const tag = element.localName
  if (NON_CONTENT_TAGS.has(tag)) return true
  if (tag.startsWith('amp-') && AMP_NON_CONTENT.test(tag)) return true
  if (element.hasAttribute('placeholder') || element.hasAttribute('fallback')) return true
  if (element.hasAttribute('hidden')) return true
  if (element.getAttribute('aria-hidden') === 'true' && element.localName !== 'body') {
    return !PULL_QUOTE.test(element.getAttribute('class') ?? '')
  }
  const role = element.getAttribute('role')
  if (
    role === 'navigation' ||
    role === 'dialog' ||
    role === 'menu' ||
    role === 'menubar' ||
    role === 'search'
  )
    return true
  // Readers' comments can hold more prose than the story they follow.
  if (
    COMMENT_THREAD.test(element.getAttribute('id') ?? '') ||
    COMMENT_THREAD.test(element.getAttribute('class') ?? '')
  ) {
    return true
  }
  const style = element.getAttribute('style')
  return style !== null && HIDDEN_STYLE.test(style)
}
