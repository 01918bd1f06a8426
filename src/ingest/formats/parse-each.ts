/**
 * The per-item loop shared by the XML news formats: an element whose parse throws becomes a
 * problem named `<source>#<n>` (1-based position) and the other items are kept.
 */
import type { RawItem } from '../../doc/raw-item.ts'
import type { IngestProblem, ParseContext } from '../types.ts'
import type { XmlElement } from '../xml/safe-xml.ts'

export function parseEach(
  els: readonly XmlElement[],
  ctx: ParseContext,
  problems: IngestProblem[],
  parse: (el: XmlElement, ctx: ParseContext) => RawItem,
): RawItem[] {
  const items: RawItem[] = []
  els.forEach((el, i) => {
    try {
      items.push(parse(el, ctx))
    } catch (error) {
      problems.push({ source: `${ctx.source}#${i + 1}`, reason: (error as Error).message })
    }
  })
  return items
}
