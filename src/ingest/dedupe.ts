/**
 * Duplicate recognition before the store: the same item fetched twice (same guid and same content)
 * has the same `contentKey`; the same story republished by several outlets has the same
 * `storyKey` (normalised headline + opening of the body, tracking parameters and markup ignored).
 * The store keeps the definitive record; these keys let one ingest run skip repeats cheaply.
 */
import type { RawItem } from '../doc/raw-item.ts'
import { htmlToText, sha1 } from './item.ts'

const TRACKING =
  /^(utm_[a-z]+|at_[a-z]+|fbclid|gclid|ocid|cmpid|mc_cid|mc_eid|ns_mchannel|ns_source|ns_campaign|src|source|ref|rss|ito|smid|partner)$/i

/** A URL with tracking parameters, fragment, default port and trailing slash removed. */
export function canonicalUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    u.hash = ''
    u.hostname = u.hostname.toLowerCase().replace(/^www\./, '')
    for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key)
    u.searchParams.sort()
    const out = u.href.replace(/\?$/, '')
    return out.endsWith('/') && u.pathname !== '/' ? out.slice(0, -1) : out
  } catch {
    return url
  }
}

function normalise(text: string | null): string {
  return (text ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d«»"'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Same guid and same content (headline, body, status, version dates). */
export function contentKey(item: RawItem): string {
  return sha1(
    [
      item.guid,
      item.versionCreated ?? '',
      item.status,
      normalise(item.headline),
      normalise(htmlToText(item.body)),
    ].join('\n'),
  )
}

/**
 * One key for one story across outlets: headline words plus the first 60 words of the body.
 * Null when there is too little text to say.
 */
export function storyKey(item: RawItem): string | null {
  const body = normalise(htmlToText(item.body))
    .replace(/^[\p{L}\s]{0,40}\b(ap|afp|reuters|dpa|efe|ansa|aap)\b\s*/u, '')
    .split(' ')
    .slice(0, 60)
    .join(' ')
  const headline = normalise(item.headline)
  if (body.split(' ').length < 12 && headline.split(' ').length < 4) return null
  return sha1(`${headline}\n${body}`)
}

/** Keeps the first of each `contentKey`; returns the kept items and how many were dropped. */
export function dropRepeats(
  items: readonly RawItem[],
  seen: Set<string> = new Set(),
): { kept: RawItem[]; repeats: number } {
  const kept: RawItem[] = []
  let repeats = 0
  for (const item of items) {
    const key = contentKey(item)
    if (seen.has(key)) {
      repeats++
      continue
    }
    seen.add(key)
    kept.push(item)
  }
  return { kept, repeats }
}
