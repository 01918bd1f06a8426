/**
 * Attributions nested in the content of another ("Ruiz said that Haddad believes …", "Ruiz
 * said the union told him …"): the inner one is part of what the outer source reported, and
 * PolNeAR annotates only the outer one. Drafts whose cue lies inside another draft's content
 * are dropped, except an attribution in a relative clause ("the land, which Ruiz said would
 * …"), the writer's aside about a thing named in the content, which the negotiation map needs.
 */
import type { Span } from '../../doc/index.ts'
import type { Draft } from './attributions.ts'
import type { UnitContext } from './content.ts'

/** The drafts whose cue is not inside the content of another draft; linear after a sort. */
export function outermost(ctx: UnitContext, drafts: readonly Draft[]): Draft[] {
  const spans: Span[] = drafts.flatMap((d) => d.spans).sort((a, b) => a.start - b.start)
  // Running maximum of span ends, so that "is offset x inside some span" is one binary search.
  const reach = new Float64Array(spans.length)
  let max = -1
  for (const [k, s] of spans.entries()) reach[k] = max = Math.max(max, s.end)
  const inside = (x: number): boolean => {
    let lo = 0
    let hi = spans.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (spans[mid]!.start <= x) lo = mid + 1
      else hi = mid
    }
    return lo > 0 && reach[lo - 1]! > x
  }
  return drafts.filter((d) => {
    if (d.cue.end <= d.cue.first || relativeAttribution(ctx, d)) return true
    const x = ctx.toks[d.cue.first]!.start
    if (!inside(x)) return true
    // Its own content may hold the cue (an interrupted quote); then look at the others only.
    if (!d.spans.some((s) => s.start <= x && x < s.end)) return false
    return !drafts.some((o) => o !== d && o.spans.some((s) => s.start <= x && x < s.end))
  })
}

const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'that'])

/** "…, which Ruiz said would …": the attribution opens a relative clause. */
function relativeAttribution(ctx: UnitContext, d: Draft): boolean {
  const first = Math.min(d.cue.first, d.speaker?.first ?? d.cue.first)
  const before = ctx.toks[first - 1]
  return before !== undefined && RELATIVE_WORDS.has(before.norm) && before.pos !== 'SCONJ'
}
