/**
 * The byline readers see: `itemprop=author`, `rel=author`, or an element named for the byline
 * (candidates gathered by `page-parts.ts`).
 * Cleaned of "By", roles after a comma-less dash, dates and "Updated" tails.
 */

/** The first candidate, most trusted kind first, whose text cleans to a name. */
export function findVisibleByline(candidates: readonly (readonly Element[])[]): string | null {
  for (const kind of candidates) {
    for (const element of kind) {
      const byline = cleanByline(element.textContent)
      if (byline) return byline
    }
  }
  return null
}

/** "By Jane Roe and John Doe | Updated 3 hours ago" -> "Jane Roe and John Doe"; null when nothing name-like stays. */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null
  let text = value.replace(/\s+/g, ' ').trim()
  // "By", "Analysis by", "Words and pictures by", "Por", "Von", "Par", "Text:", "Автор:".
  text = text.replace(/^(?:\p{L}+\s+){0,3}?(?:by|por|von|par|di|door|av|af)\s*:?\s+(?=\p{Lu})/iu, '')
  text = text.replace(/^\p{L}{2,12}\s*:\s+(?=\p{Lu})/u, '')
  text = text.split(/\s+[|•·]\s+|\s+(?:updated|published|posted|on)\s+(?=\w+\s+\d|\d)/i)[0]!.trim()
  // A date glued to the name ("Jane RoeMonday, November 18") or after it.
  text = text
    .split(
      /(?:\b|(?<=\p{Ll}))(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d/u,
    )[0]!
    .trim()
  text = text.replace(/[,;:–—-]+$/, '').trim()
  if (text.length < 2 || text.length > 120) return null
  if (!/\p{L}/u.test(text)) return null
  if (/^(?:https?:|www\.)/i.test(text)) return null
  return text
}
