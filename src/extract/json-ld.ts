/**
 * JSON-LD blocks -> the article node they describe. Handles arrays, `@graph`, `mainEntity`,
 * several blocks per page, and the small syntax slips pages make (HTML comments or CDATA around
 * the JSON, raw newlines inside strings, trailing commas).
 */

export type JsonObject = { readonly [key: string]: unknown }

/** Types that describe the article itself, most specific first. */
const ARTICLE_TYPES = [
  'LiveBlogPosting',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'Report',
  'Article',
  'BlogPosting',
  'SocialMediaPosting',
  'TechArticle',
  'ScholarlyArticle',
]

export function parseJsonLdBlocks(sources: readonly string[]): JsonObject[] {
  const nodes: JsonObject[] = []
  for (const source of sources) {
    const value = parseLenient(source)
    if (value !== undefined) collectNodes(value, nodes, 0)
  }
  return nodes
}

function parseLenient(source: string): unknown {
  const trimmed = source
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '')
    .trim()
  if (trimmed === '') return undefined
  try {
    return JSON.parse(trimmed)
  } catch {
    try {
      // Raw control characters inside strings and trailing commas are the usual slips.
      return JSON.parse(trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'))
    } catch {
      return undefined
    }
  }
}

function collectNodes(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 6 || value === null || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1)
    return
  }
  const node = value as JsonObject
  out.push(node)
  if (node['@graph'] !== undefined) collectNodes(node['@graph'], out, depth + 1)
  if (node.mainEntity !== undefined) collectNodes(node.mainEntity, out, depth + 1)
  if (node.mainEntityOfPage !== undefined && typeof node.mainEntityOfPage === 'object') {
    collectNodes(node.mainEntityOfPage, out, depth + 1)
  }
}

export function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  if (typeof type === 'string') return [type.replace(/^.*[/:]/, '')]
  if (Array.isArray(type))
    return type.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''))
  return []
}

/** The node that describes the article: the most specific article type wins, then the first found. */
export function findArticleNode(nodes: readonly JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null
  let bestRank = Number.POSITIVE_INFINITY
  for (const node of nodes) {
    for (const type of typesOf(node)) {
      const rank = ARTICLE_TYPES.indexOf(type)
      if (rank >= 0 && rank < bestRank) {
        best = node
        bestRank = rank
      }
    }
  }
  return best
}

export function findNodeOfType(nodes: readonly JsonObject[], types: readonly string[]): JsonObject | null {
  return nodes.find((node) => typesOf(node).some((t) => types.includes(t))) ?? null
}

/** A string from a value that may be a string, an object with `name`/`@value`, or a list of either. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null
  if (typeof value === 'number') return String(value)
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = textOf(item)
      if (text) return text
    }
    return null
  }
  if (value && typeof value === 'object') {
    const object = value as JsonObject
    return textOf(object.name) ?? textOf(object['@value']) ?? null
  }
  return null
}

/** Every name in a value that may hold one or several people or organisations. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value]
  const names: string[] = []
  for (const item of list) {
    const name = textOf(item)
    if (name && !/^https?:\/\//.test(name) && !names.includes(name)) names.push(name)
  }
  return names
}
