/**
 * Small readers shared by `feed-details.ts`: people (Atom person constructs, RSS `author`
 * "email (Name)", dc:creator), categories with their scheme, enclosures with their length, and the
 * dates of an entry or channel under their RSS, Atom 0.3/1.0 and Dublin Core names.
 */
import { toIsoDate } from '../dates.ts'
import { resolveUrl } from '../item.ts'
import { attr, cleanText, elements, type XmlElement } from '../xml/safe-xml.ts'

export interface Person {
  readonly name: string | null
  readonly email: string | null
  readonly href: string | null
}

export interface Tag {
  readonly term: string
  readonly scheme: string | null
  readonly label: string | null
}

export interface Enclosure {
  readonly href: string
  readonly type: string | null
  readonly length: string | null
}

export interface EntryDates {
  /** ISO 8601 of pubDate, published, issued (Atom 0.3, dcterms). */
  readonly published: string | null
  /** ISO 8601 of updated, modified (Atom 0.3, dcterms), dc:date, lastBuildDate. */
  readonly updated: string | null
  /** ISO 8601 of created (Atom 0.3, dcterms). */
  readonly created: string | null
}

const EMAIL = /^[^\s@()<>]+@[^\s@()<>]+$/

/** "jo@example.com (Jo Example)", "Jo Example <jo@example.com>", "jo@example.com" or a plain name. */
export function parsePersonText(text: string): Person {
  let m = /^(\S+@\S+)\s*\((.+)\)$/.exec(text)
  if (m?.[1] && m[2]) return { name: m[2].trim(), email: m[1], href: null }
  m = /^(.+?)\s*<(\S+@\S+)>$/.exec(text)
  if (m?.[1] && m[2]) return { name: m[1].trim(), email: m[2], href: null }
  if (EMAIL.test(text)) return { name: null, email: text, href: null }
  return { name: text, email: null, href: null }
}

function first(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0]
}

function personOf(el: XmlElement, base: string): Person | null {
  const name = first(el, 'name')
  if (name || first(el, 'email') || first(el, 'uri') || first(el, 'url')) {
    return {
      name: cleanText(name),
      email: cleanText(first(el, 'email')),
      href: resolveUrl(cleanText(first(el, 'uri') ?? first(el, 'url')), base || undefined),
    }
  }
  const text = cleanText(el)
  return text ? parsePersonText(text) : null
}

/** Authors in document order: author, dc:creator (RSS channels also managingEditor). */
export function peopleOf(el: XmlElement, base: string, locals = ['author', 'creator']): Person[] {
  return locals
    .flatMap((local) => elements(el, local))
    .map((p) => personOf(p, base))
    .filter((p): p is Person => p !== null)
}

/** Contributors (Atom person constructs, dc:contributor). */
export function contributorsOf(el: XmlElement, base: string): Person[] {
  return peopleOf(el, base, ['contributor'])
}

export function tagsOf(el: XmlElement): Tag[] {
  const tags: Tag[] = []
  for (const c of elements(el, 'category')) {
    const term = attr(c, 'term') ?? cleanText(c)
    if (term) tags.push({ term, scheme: attr(c, 'scheme') ?? attr(c, 'domain'), label: attr(c, 'label') })
  }
  for (const s of elements(el, 'subject')) {
    const term = cleanText(s)
    if (term) tags.push({ term, scheme: null, label: null })
  }
  return tags
}

export function enclosuresOf(el: XmlElement, base: string): Enclosure[] {
  const out: Enclosure[] = []
  for (const e of elements(el, 'enclosure')) {
    const href = resolveUrl(attr(e, 'url') ?? attr(e, 'href'), base || undefined)
    if (href) out.push({ href, type: attr(e, 'type'), length: attr(e, 'length') })
  }
  for (const l of elements(el, 'link')) {
    if ((attr(l, 'rel') ?? '').toLowerCase() !== 'enclosure') continue
    const href = resolveUrl(attr(l, 'href'), base || undefined)
    if (href) out.push({ href, type: attr(l, 'type'), length: attr(l, 'length') })
  }
  return out
}

function dateOf(el: XmlElement, ...locals: string[]): string | null {
  for (const local of locals) {
    const found = toIsoDate(cleanText(first(el, local)))
    if (found) return found
  }
  return null
}

export function datesOf(el: XmlElement): EntryDates {
  return {
    published: dateOf(el, 'pubdate', 'published', 'issued'),
    updated: dateOf(el, 'updated', 'modified', 'date', 'lastbuilddate'),
    created: dateOf(el, 'created'),
  }
}
