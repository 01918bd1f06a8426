/**
 * Feed-format details that a RawItem does not carry, read from the safe XML tree of an RSS/RDF/Atom
 * document: the format version (`rss20`, `atom10`, …), the feed title and subtitle and, per entry, its
 * title/summary/content as typed text constructs with their effective xml:base, the content `src`,
 * whether the guid is the permalink, the expiry date, every author, and the entry's source feed.
 * Entries are listed in document order, one per item the web-feed parsers return.
 * xml:base is honoured at every level (relative to the parent's base, then the feed URL); a base
 * that is not http(s) is ignored. Relative links inside HTML and XHTML values are resolved.
 */
import { toIsoDate } from '../dates.ts'
import { decodeHtmlEntities, resolveHtmlLinks, resolveUrl } from '../item.ts'
import type { ParseContext } from '../types.ts'
import { attr, cleanText, descendants, elements, innerXml, textOf, type XmlElement } from '../xml/safe-xml.ts'
import {
  contributorsOf,
  datesOf,
  type Enclosure,
  type EntryDates,
  enclosuresOf,
  type Person,
  peopleOf,
  type Tag,
  tagsOf,
} from './feed-parts.ts'

export interface TextDetail {
  /** Markup for 'html'/'xhtml' (relative links resolved), plain text for 'text'. */
  readonly value: string
  /** 'text' | 'html' | 'xhtml', or the media type of other Atom content. */
  readonly type: string
  /** The effective xml:base of the element (or the feed URL), '' when there is none. */
  readonly base: string
  readonly language: string | null
  /** Atom out-of-line content. */
  readonly src?: string
}

export interface EntryDetails {
  /** The entry's effective xml:base (or the feed URL), '' when there is none. */
  readonly base: string
  readonly title: TextDetail | null
  readonly summary: TextDetail | null
  readonly content: readonly TextDetail[]
  /** RSS: the guid is the item's permalink (no `isPermaLink="false"`, no `<link>`). */
  readonly guidIsLink: boolean
  /** ISO 8601 of RSS `expirationDate`. */
  readonly expires: string | null
  /** Dates under their own names (RawItem folds them into firstCreated/versionCreated). */
  readonly dates: EntryDates
  readonly authors: readonly Person[]
  readonly contributors: readonly Person[]
  /** Categories with their scheme (RSS domain) and label. */
  readonly tags: readonly Tag[]
  readonly enclosures: readonly Enclosure[]
  /** RSS `<comments>` URL. */
  readonly comments: string | null
  readonly source: {
    readonly title: string | null
    readonly id: string | null
    readonly link: string | null
    readonly updated: string | null
  } | null
}

export interface FeedDetails {
  /** feedparser's version names: rss090, rss091n, rss091u, rss092, rss093, rss094, rss20, rss10, atom03, atom10. */
  readonly version: string
  readonly title: TextDetail | null
  readonly subtitle: TextDetail | null
  /** Atom id (RSS has none). */
  readonly id: string | null
  readonly rights: TextDetail | null
  readonly generator: string | null
  readonly dates: EntryDates
  readonly authors: readonly Person[]
  readonly tags: readonly Tag[]
  readonly entries: readonly EntryDetails[]
}

const XHTML_NS = 'http://www.w3.org/1999/xhtml'

/** The base of `el` given its parent's base: its own xml:base resolved against the parent, when safe. */
function baseOf(el: XmlElement, parent: string): string {
  const own = el.attrs['xml:base']
  if (own === undefined) return parent
  return resolveUrl(own, parent || undefined) ?? parent
}

function textDetail(
  el: XmlElement | undefined,
  parentBase: string,
  lang: string | null,
  rss: boolean,
): TextDetail | null {
  if (!el) return null
  const base = baseOf(el, parentBase)
  const language = attr(el, 'xml:lang') ?? lang
  const mode = (attr(el, 'mode') ?? '').toLowerCase()
  // RSS says nothing: titles are text unless they carry markup, descriptions are HTML.
  const rssDefault =
    el.local === 'title' && !/<[a-z!/][^>]*>|&[a-z#0-9]+;/i.test(textOf(el)) ? 'text' : 'html'
  let type = (attr(el, 'type') ?? (rss ? rssDefault : 'text')).toLowerCase()
  if (type === 'text/plain') type = 'text'
  else if (type === 'text/html') type = 'html'
  else if (type === 'application/xhtml+xml') type = 'xhtml'
  const elementChildren = el.children.filter((c) => typeof c === 'object' && 'local' in c)
  let value: string
  if (
    mode === 'base64' ||
    (!['text', 'html', 'xhtml'].includes(type) && !type.includes('xml') && !type.startsWith('text/'))
  ) {
    const raw = textOf(el).trim()
    value = /^[A-Za-z0-9+/=\s]*$/.test(raw) ? Buffer.from(raw, 'base64').toString('utf8') : raw
  } else if (type === 'xhtml' || mode === 'xml' || (rss && elementChildren.length > 0)) {
    const div = elementChildren.length === 1 ? (elementChildren[0] as XmlElement) : undefined
    const wrapped = div?.local === 'div' && (attr(div, 'xmlns') === XHTML_NS || div.name.includes(':'))
    value = (wrapped ? innerXml(div) : innerXml(el)).trim()
    if (type !== 'xhtml' && type !== 'html') type = 'html'
  } else {
    value = textOf(el).trim()
    // HTML entities in a text construct (not defined in XML) stand for the characters the writer meant.
    if (type === 'text') value = decodeHtmlEntities(value)
  }
  if (type === 'html' || type === 'xhtml') value = resolveHtmlLinks(value, base)
  const src = resolveUrl(attr(el, 'src'), base || undefined)
  return { value, type, base, language, ...(src ? { src } : {}) }
}

function versionOf(root: XmlElement, text: string): string {
  if (root.local === 'feed') {
    const atomVersions: Record<string, string> = { '0.1': 'atom01', '0.2': 'atom02', '0.3': 'atom03' }
    const declared = atomVersions[(attr(root, 'version') ?? '').trim()]
    if (declared) return declared
    return Object.values(root.attrs).includes('http://www.w3.org/2005/Atom') ? 'atom10' : 'atom'
  }
  if (root.local === 'rdf') {
    const ns = Object.values(root.attrs)
    return ns.some((v) => v.includes('my.netscape.com/rdf/simple/0.9')) ? 'rss090' : 'rss10'
  }
  const v = (attr(root, 'version') ?? '').trim()
  if (v === '0.91') return /<!DOCTYPE[^>]*Netscape/i.test(text.slice(0, 4096)) ? 'rss091n' : 'rss091u'
  const known: Record<string, string> = {
    '0.92': 'rss092',
    '0.93': 'rss093',
    '0.94': 'rss094',
    '2.0': 'rss20',
    '2': 'rss20',
  }
  return known[v] ?? (/^2(\.|$)/.test(v) ? 'rss20' : 'rss')
}

/** Namespaces whose elements are the feed's own (RSS 0.9/1.0, Atom 0.3/1.0, RSS 2.0 has none). */
const CORE_NS = new Set([
  'http://purl.org/rss/1.0/',
  'http://my.netscape.com/rdf/simple/0.9/',
  'http://www.w3.org/2005/Atom',
  'http://purl.org/atom/ns#',
  'http://backend.userland.com/rss2',
])

/** The first child with one of these local names that is a core element, not an extension's. */
function core(
  el: XmlElement | undefined,
  prefixes: ReadonlyMap<string, string>,
  ...locals: string[]
): XmlElement | undefined {
  if (!el) return undefined
  for (const local of locals) {
    const found = elements(el, local).find((c) => {
      const colon = c.name.indexOf(':')
      return colon < 0 || CORE_NS.has(prefixes.get(c.name.slice(0, colon)) ?? '')
    })
    if (found) return found
  }
  return undefined
}

function child(el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined {
  if (!el) return undefined
  for (const local of locals) {
    const found = elements(el, local)[0]
    if (found) return found
  }
  return undefined
}

/** Reads the details of an RSS/RDF/Atom document; `text` is the document (for the DOCTYPE), `root` its tree. */
export function feedDetails(root: XmlElement, text: string, ctx: ParseContext): FeedDetails {
  const atom = root.local === 'feed'
  const rss = !atom
  const docBase = resolveUrl(ctx.baseUrl) ?? ''
  const rootBase = baseOf(root, docBase)
  const channel = atom ? root : (elements(root, 'channel')[0] ?? root)
  const channelBase = channel === root ? rootBase : baseOf(channel, rootBase)
  const lang =
    attr(root, 'xml:lang') ??
    attr(channel, 'xml:lang') ??
    cleanText(child(channel, 'language')) ??
    ctx.contentLanguage ??
    null
  const entries = atom ? elements(root, 'entry') : descendants(root, 'item')
  const prefixes = new Map<string, string>()
  for (const el of [root, channel])
    for (const [k, v] of Object.entries(el.attrs)) if (k.startsWith('xmlns:')) prefixes.set(k.slice(6), v)
  const own = (el: XmlElement | undefined, ...locals: string[]): XmlElement | undefined =>
    core(el, prefixes, ...locals)
  return {
    version: versionOf(root, text),
    title: textDetail(own(channel, 'title'), channelBase, lang, rss),
    subtitle: textDetail(own(channel, 'subtitle', 'tagline', 'description'), channelBase, lang, rss),
    id: atom ? cleanText(own(channel, 'id')) : null,
    rights: textDetail(
      own(channel, 'rights', 'copyright') ?? child(channel, 'rights'),
      channelBase,
      lang,
      rss,
    ),
    generator: cleanText(child(channel, 'generator')),
    dates: datesOf(channel),
    authors: peopleOf(channel, channelBase, ['author', 'creator', 'managingeditor']),
    tags: tagsOf(channel),
    entries: entries.map((entry) => {
      const base = baseOf(entry, channelBase)
      const entryLang = attr(entry, 'xml:lang') ?? lang
      const guid = child(entry, 'guid')
      const hasLink = elements(entry, 'link').length > 0
      const source = child(entry, 'source')
      const sourceBase = source ? baseOf(source, base) : base
      const contents = atom
        ? elements(entry, 'content').filter((c) => c === own(entry, 'content'))
        : elements(entry, 'encoded')
      return {
        base,
        title: textDetail(own(entry, 'title'), base, entryLang, rss),
        summary: textDetail(own(entry, atom ? 'summary' : 'description', 'summary'), base, entryLang, rss),
        content: contents
          .map((c) => textDetail(c, base, entryLang, rss))
          .filter((c): c is TextDetail => c !== null),
        guidIsLink:
          guid !== undefined && (attr(guid, 'isPermaLink') ?? 'true').toLowerCase() !== 'false' && !hasLink,
        expires: toIsoDate(cleanText(child(entry, 'expirationdate'))),
        dates: datesOf(entry),
        authors: peopleOf(entry, base),
        contributors: contributorsOf(entry, base),
        tags: tagsOf(entry),
        enclosures: enclosuresOf(entry, base),
        comments: resolveUrl(cleanText(child(entry, 'comments')), base || undefined),
        source: source
          ? {
              title: atom
                ? (textDetail(child(source, 'title'), sourceBase, entryLang, false)?.value ?? null)
                : cleanText(source),
              id: cleanText(child(source, 'id')),
              link: resolveUrl(
                attr(source, 'url') ?? attr(child(source, 'link'), 'href'),
                sourceBase || undefined,
              ),
              updated: toIsoDate(cleanText(child(source, 'updated'))),
            }
          : null,
      }
    }),
  }
}
