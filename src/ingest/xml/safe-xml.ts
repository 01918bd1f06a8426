/**
 * The one XML parser under every agency format and feed: fast-xml-parser with entity processing OFF,
 * behind a guard that refuses DOCTYPE entity declarations before any parsing (billion laughs,
 * external entities: no entity is ever expanded, no file or URL is ever opened). A plain DOCTYPE
 * (no internal entities) is dropped. Only the five XML entities and numeric character references
 * are decoded, by us; unknown `&name;` stays as written. Not-well-formed input is parsed leniently
 * and reported in `problems`.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { ParleyError } from '../../errors.ts'

export interface XmlElement {
  /** The name as written, with its prefix: `news:title`. */
  readonly name: string
  /** The name without its prefix, lower-cased: `title`. */
  readonly local: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: readonly XmlNode[]
}
/** A text node is a string; CDATA text is a `{cdata}` object so it is never entity-decoded. */
export type XmlNode = XmlElement | string | { readonly cdata: string }

export interface ParsedXml {
  readonly root: XmlElement
  readonly problems: readonly string[]
}

const DOCTYPE = /<!DOCTYPE\s+[^[>]*(\[[\s\S]*?\]\s*)?>/i

/** Refuses entity declarations; returns the text with any harmless DOCTYPE removed. */
export function guardXml(text: string, input: string): string {
  const at = text.search(/<!DOCTYPE/i)
  if (at < 0) {
    if (/<!ENTITY/i.test(text.slice(0, 65536))) {
      throw new ParleyError('xml-entity', 'the document declares an XML entity outside a DOCTYPE; refused', {
        input,
      })
    }
    return text
  }
  const match = DOCTYPE.exec(text.slice(at))
  const declaration = match?.[0] ?? text.slice(at, at + 65536)
  if (/<!ENTITY/i.test(declaration) || /<!ENTITY/i.test(text.slice(at, at + 65536))) {
    const external = /<!ENTITY[^>]*\s(SYSTEM|PUBLIC)\s/i.test(declaration)
    throw new ParleyError(
      'xml-entity',
      external
        ? 'the document declares an external entity (<!ENTITY … SYSTEM/PUBLIC>); Parley never opens files or URLs named inside a document'
        : 'the document declares XML entities (<!ENTITY …>); Parley does not expand entities (billion-laughs protection)',
      { input },
    )
  }
  if (!match) throw new ParleyError('xml-malformed', 'unterminated DOCTYPE declaration', { input })
  return text.slice(0, at) + text.slice(at + match[0].length)
}

const parser = new XMLParser({
  preserveOrder: true,
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
})

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** Decodes the five XML entities and numeric references; leaves unknown named entities as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(
    /&(#x[0-9a-fA-F]+|#X[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g,
    (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code =
          ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1))
        if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return whole
        return String.fromCodePoint(code)
      }
      return XML_ENTITIES[ref] ?? whole
    },
  )
}

type Raw = Record<string, unknown>

function convert(raw: Raw): XmlNode | null {
  if ('#text' in raw) return String(raw['#text'])
  if ('#comment' in raw) return null
  if ('#cdata' in raw) {
    const inner = raw['#cdata'] as Raw[]
    return { cdata: inner.map((r) => String(r['#text'] ?? '')).join('') }
  }
  const name = Object.keys(raw).find((k) => k !== ':@')
  if (!name) return null
  const attrsRaw = (raw[':@'] ?? {}) as Record<string, unknown>
  const attrs: Record<string, string> = {}
  for (const [k, v] of Object.entries(attrsRaw)) attrs[k] = decodeXmlEntities(String(v))
  const children: XmlNode[] = []
  for (const c of (raw[name] as Raw[]) ?? []) {
    const node = convert(c)
    if (node !== null) children.push(node)
  }
  return { name, local: localName(name), attrs, children }
}

export function localName(name: string): string {
  const i = name.indexOf(':')
  return (i >= 0 ? name.slice(i + 1) : name).toLowerCase()
}

/** Guards, validates and parses XML text into a small element tree. Throws only when there is no tree. */
export function parseXml(text: string, input: string): ParsedXml {
  const problems: string[] = []
  const guarded = guardXml(text, input)
  const validation = XMLValidator.validate(guarded, { allowBooleanAttributes: true })
  if (validation !== true) {
    const { msg, line } = validation.err
    problems.push(`not well-formed XML (line ${line}): ${msg}`)
  }
  let raw: Raw[] | null = null
  let failure: unknown = null
  // A truncated document (`</rss` at the end) is repaired by closing or cutting the last tag.
  const attempts = [guarded, `${guarded.trimEnd()}>`, guarded.slice(0, guarded.lastIndexOf('>') + 1)]
  for (const [n, attempt] of attempts.entries()) {
    try {
      raw = parser.parse(attempt) as Raw[]
      if (n > 0) problems.push('truncated XML repaired')
      break
    } catch (error) {
      failure ??= error
    }
  }
  if (!raw) {
    const message = (failure as Error | null)?.message ?? 'unknown error'
    throw new ParleyError('xml-malformed', `cannot parse XML: ${message}`, { input, cause: failure })
  }
  const root = raw
    .map(convert)
    .find((n): n is XmlElement => typeof n === 'object' && n !== null && 'local' in n)
  if (!root) throw new ParleyError('xml-malformed', 'no root element', { input })
  const unknown = undefinedEntities(guarded)
  if (unknown.length > 0)
    problems.push(
      `undefined entit${unknown.length > 1 ? 'ies' : 'y'} ${unknown.map((n) => `&${n};`).join(' ')} (kept as written)`,
    )
  const undeclared = undeclaredPrefixes(root)
  if (undeclared.length > 0)
    problems.push(`undeclared namespace prefix${undeclared.length > 1 ? 'es' : ''} ${undeclared.join(', ')}`)
  return { root, problems }
}

/** Named entity references other than the five XML ones (outside CDATA and comments): not well-formed. */
function undefinedEntities(text: string): string[] {
  if (!/&[A-Za-z]/.test(text)) return []
  const bare = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->/g, '')
  const names = new Set<string>()
  for (const m of bare.matchAll(/&([A-Za-z][A-Za-z0-9._-]*);/g))
    if (m[1] && !(m[1] in XML_ENTITIES)) names.add(m[1])
  return [...names].slice(0, 5)
}

/** Prefixes used on element or attribute names without an `xmlns:prefix` in scope (Namespaces in XML). */
function undeclaredPrefixes(root: XmlElement): string[] {
  const missing = new Set<string>()
  const walk = (el: XmlElement, scope: ReadonlySet<string>): void => {
    let inner = scope
    for (const k of Object.keys(el.attrs)) {
      if (k.startsWith('xmlns:')) {
        if (inner === scope) inner = new Set(scope)
        ;(inner as Set<string>).add(k.slice(6))
      }
    }
    const check = (name: string): void => {
      const colon = name.indexOf(':')
      if (colon <= 0) return
      const prefix = name.slice(0, colon)
      if (prefix !== 'xml' && prefix !== 'xmlns' && !inner.has(prefix)) missing.add(prefix)
    }
    check(el.name)
    for (const k of Object.keys(el.attrs)) check(k)
    for (const c of el.children) if (isElement(c)) walk(c, inner)
  }
  walk(root, new Set())
  return [...missing]
}

// ---- tree helpers -------------------------------------------------------------------------

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node === 'object' && 'local' in node
}

export function elements(el: XmlElement | undefined, local?: string): XmlElement[] {
  if (!el) return []
  const out: XmlElement[] = []
  for (const c of el.children) if (isElement(c) && (local === undefined || c.local === local)) out.push(c)
  return out
}

export function child(el: XmlElement | undefined, ...path: string[]): XmlElement | undefined {
  let current = el
  for (const local of path) {
    current = current?.children.find((c): c is XmlElement => isElement(c) && c.local === local)
    if (!current) return undefined
  }
  return current
}

/** All descendants with this local name, document order. */
export function descendants(el: XmlElement | undefined, local: string): XmlElement[] {
  const out: XmlElement[] = []
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (!isElement(c)) continue
      if (c.local === local) out.push(c)
      walk(c)
    }
  }
  if (el) walk(el)
  return out
}

/** The decoded text content of an element and its descendants. */
export function textOf(el: XmlElement | undefined): string {
  if (!el) return ''
  let out = ''
  for (const c of el.children) {
    if (typeof c === 'string') out += decodeXmlEntities(c)
    else if ('cdata' in c) out += c.cdata
    else out += textOf(c)
  }
  return out
}

/** Trimmed, whitespace-collapsed text, or null when empty. */
export function cleanText(el: XmlElement | undefined): string | null {
  const t = textOf(el).replace(/\s+/g, ' ').trim()
  return t === '' ? null : t
}

export function attr(el: XmlElement | undefined, name: string): string | null {
  if (!el) return null
  const direct = el.attrs[name]
  if (direct !== undefined) return direct
  const lower = name.toLowerCase()
  for (const [k, v] of Object.entries(el.attrs)) if (localName(k) === lower) return v
  return null
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Serialises the children of an element back to markup (prefixes dropped), for HTML bodies. */
export function innerXml(el: XmlElement | undefined): string {
  if (!el) return ''
  return el.children.map(outerNode).join('')
}

function outerNode(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(decodeXmlEntities(node))
  if ('cdata' in node) return escapeText(node.cdata)
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => !k.startsWith('xmlns'))
    .map(([k, v]) => ` ${localName(k)}="${escapeText(v).replace(/"/g, '&quot;')}"`)
    .join('')
  const tag = node.local
  if (node.children.length === 0)
    return /^(br|hr|img)$/.test(tag) ? `<${tag}${attrs}/>` : `<${tag}${attrs}></${tag}>`
  return `<${tag}${attrs}>${innerXml(node)}</${tag}>`
}
