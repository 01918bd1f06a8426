/**
 * Cheap checks before the page is parsed: binary data is refused, and so is markup nested so
 * deeply that parsing it would take minutes (the parser's cost grows with depth squared).
 */
import { ParleyError } from '../errors.ts'

/** Real pages stay under a few hundred levels; this leaves a wide margin. */
export const MAX_NESTING = 4000

/** Elements the parser closes by itself or that never have content: they do not deepen the tree. */
const SELF_CLOSING =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|p|li|dt|dd|tr|td|th|option|optgroup|thead|tbody|tfoot|rt|rp|!doctype)$/i

export function checkMarkup(html: string): void {
  const sample = html.slice(0, 4096)
  // NUL and most C0 controls never occur in text pages; a share of them means binary data.
  const controls = sample.match(/[\u0000-\u0008\u000e-\u001a]/g)?.length ?? 0
  if (controls > 8 || (sample.length > 0 && controls / sample.length > 0.01)) {
    throw new ParleyError('input-binary', 'the page looks like binary data, not HTML')
  }
  const depth = maxNesting(html)
  if (depth > MAX_NESTING) {
    throw new ParleyError(
      'html-invalid',
      `the markup is nested ${depth} levels deep; the limit is ${MAX_NESTING}`,
    )
  }
}

function maxNesting(html: string): number {
  const text = html.replace(
    /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi,
    '',
  )
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g
  let depth = 0
  let max = 0
  for (let m = tag.exec(text); m; m = tag.exec(text)) {
    if (m[3] === '/' || SELF_CLOSING.test(m[2]!)) continue
    if (m[1] === '/') depth = Math.max(0, depth - 1)
    else if (++depth > max) max = depth
  }
  return max
}
