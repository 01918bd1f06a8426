/**
 * From what a person types to an FTS5 query, and from a matched text to a snippet. Every word is
 * quoted, so FTS5 operators in the input ("NEAR", "*", "-", ":") are searched as words, never run.
 */
import { ParleyError } from '../errors.ts'

const WORD = /[\p{L}\p{N}]+/gu

/** `cease-fire "prisoner exchange"` -> `"cease" "fire" "prisoner exchange"`; the last bare word also matches as a prefix. */
export function toFtsQuery(input: string): string {
  const parts: string[] = []
  for (const m of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (m[1] ?? m[2] ?? '').match(WORD) ?? []
    if (words.length === 0) continue
    if (m[1] !== undefined) parts.push(`"${words.join(' ')}"`)
    else for (const w of words) parts.push(`"${w}"`)
  }
  if (parts.length === 0) {
    throw new ParleyError('bad-request', `the search ${JSON.stringify(input)} has no words to look for`)
  }
  const last = parts[parts.length - 1]!
  if (!/\s/.test(last) && !/"[^"]*"$/.test(input.trim())) parts[parts.length - 1] = `${last}*`
  return parts.join(' ')
}

/** The words of a query, lower-cased, for finding them in a text. */
export function queryWords(input: string): string[] {
  return (input.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 0)
}

const SNIPPET_CHARS = 240

/** A window of `text` around the first query word found, with each found word as a span into the window. */
export function makeSnippet(
  text: string,
  words: readonly string[],
): { snippet: string; matches: Array<{ start: number; end: number }> } {
  const lower = text.toLowerCase()
  const find = (from: number, to: number) => {
    const found: Array<{ start: number; end: number }> = []
    for (const w of words) {
      let at = lower.indexOf(w, from)
      while (at >= 0 && at < to) {
        const before = at === 0 ? '' : lower[at - 1]!
        if (!/[\p{L}\p{N}]/u.test(before)) {
          let end = at + w.length
          while (end < lower.length && /[\p{L}\p{N}]/u.test(lower[end]!)) end++
          found.push({ start: at, end: Math.min(end, to) })
        }
        at = lower.indexOf(w, at + 1)
      }
    }
    return found.sort((a, b) => a.start - b.start)
  }
  const first = find(0, text.length)[0]
  let start = first ? Math.max(0, first.start - SNIPPET_CHARS / 3) : 0
  // Never cut a surrogate pair in two.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start]!)) start--
  let end = Math.min(text.length, start + SNIPPET_CHARS)
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end++
  const matches = find(start, end).map((m) => ({ start: m.start - start, end: m.end - start }))
  return { snippet: text.slice(start, end), matches }
}
