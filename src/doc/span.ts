/**
 * A half-open range `[start, end)` of `doc.text`, counted in UTF-16 code
 * units: the unit of JavaScript string indices and of unist `offset`.
 * SQL engines count code points, so text is never sliced in SQL.
 */
export interface Span {
  readonly start: number
  readonly end: number
}

export function span(start: number, end: number): Span {
  return { start, end }
}

/** The text a span covers. */
export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end)
}

export function isValidSpan(s: Span, textLength: number): boolean {
  return (
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start <= s.end &&
    s.end <= textLength
  )
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /\s/.test(text[start]!)) start++
  while (end > start && /\s/.test(text[end - 1]!)) end--
  return { start, end }
}

export function bySpanOrder(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end
}

/** Index of the first of `items` (sorted by start) that starts at or after `offset`: a binary search. */
export function firstStartingAt(items: readonly { readonly start: number }[], offset: number): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (items[mid]!.start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}
