/**
 * What class names, ids and tag names say about an element. Families of naming that sites share
 * (no site's own names): body containers, furniture (share bars, promos, rails), and the page
 * parts the article body excludes (headline, byline, captions, credits).
 */

/** Elements that never carry article text. Removed before anything is scored. */
export const NON_CONTENT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'img',
  'source',
  'button',
  'input',
  'select',
  'textarea',
  'option',
  'link',
  'meta',
  'head',
  'nav',
  'dialog',
  'map',
])

/** Tags that start a new paragraph in the text. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** Names of containers that hold an article's body. */
export const BODY_CONTAINER =
  /(?:^|[\s_-])(?:article|story|entry|post|news|blog|main|page|rich|body)[-_]?(?:body|content|text|copy|main|inner|entry|detail|container)(?:$|[\s_-])|(?:^|\s)(?:articlebody|storybody|article[-_]?body|body[-_]?text|story[-_]?text|post[-_]?body|entry|content[-_]?body|main[-_]?content|text[-_]?content)(?:$|[\s_-])/i

/** Names that lean towards content (Readability's positive list, widened). */
export const POSITIVE_NAME =
  /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|paragraph|prose|column/i

/** Names that lean away from content. */
export const NEGATIVE_NAME =
  /hidden|^hid$|\bhid\b|banner|combx|comment|com-|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|taboola|tool|widget|social|newsletter|subscribe|signup|byline|author|dateline|caption|credit|breadcrumb|advert|(?:^|[\s_-])ads?(?:$|[\s_-])|popular|trending|recommend|read-?more|most-?read|rail|modal|popup|cookie|paywall|login|rating|disclaimer/i

/**
 * Furniture that is removed wherever it sits, unless it holds most of the candidate's text:
 * share bars, promos, rails of links, newsletter boxes, comments, captions and credits, bylines.
 */
export const FURNITURE_NAME =
  /(?:^|[\s_-])(?:share|sharing|social|sharebar|share-?tools|related|newsletter|subscribe|subscription|signup|sign-up|promo|promotion|comments?|disqus|sidebar|breadcrumbs?|byline|bylines|author|authors|author-?info|dateline|timestamp|caption|captions|credit|credits|figcaption|tags|tag-?list|topics|keywords|advert|advertisement|ad|ads|adslot|ad-?container|sponsor|sponsored|outbrain|taboola|popular|most-?read|most-?popular|trending|recommended|recommendations|read-?more|more-?stories|also-?read|see-?also|next-?article|prev-?article|pagination|paywall|cookie|consent|modal|popup|overlay|toolbar|print|email|rating|reactions|disclaimer|inline-?promo|callout|embed-?promo|video-?player|gallery|slideshow|skip|visually-?hidden|sr-only|screen-?reader|dek|standfirst|strapline|kicker|highlights|key-?points)(?:$|[\s_-])|(?:^|[\s_-])(?:related|newsletter|outbrain|taboola|sponsor|recommend|breadcrumb|social|subscri|comment|sharing|share-|sharebar|caption|promo)|caption|relatedpost/i

/** The main-body containers' names win over furniture cues in the same attribute. */
export function nameOf(element: Element): string {
  const id = element.getAttribute('id') ?? ''
  const cls = element.getAttribute('class') ?? ''
  return id && cls ? `${cls} ${id}` : cls || id
}

/** Readability's class weight: +25 for content-like names, -25 for furniture-like names. */
export function nameWeight(name: string): number {
  if (name === '') return 0
  let weight = 0
  if (NEGATIVE_NAME.test(name)) weight -= 25
  if (POSITIVE_NAME.test(name)) weight += 25
  if (BODY_CONTAINER.test(name)) weight += 25
  return weight
}

/** Pull quotes repeat a line of the story in large type; article bodies as people mark them keep them. */
export const PULL_QUOTE = /pull-?quote|pullquote/i

/** A readers' comment thread, by the names sites give it (whole class or id tokens). */
export const COMMENT_THREAD =
  /(?:^|\s)(?:comments?|commentlist|comment-list|comments?[-_]?(?:area|section|container|wrapper|thread|list|block|box)|disqus_thread|respond)(?:$|\s)/i
