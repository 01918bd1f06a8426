/**
 * Where the copy came from: an agency credit in the byline, the author or publisher data, a
 * dateline ("LONDON (Reuters) -"), a copyright line, or a note that the story was generated from
 * an agency feed anywhere on the page.
 */
import type { ArticleMeta, Provenance } from '../doc/index.ts'

/** Agencies by the forms they sign with. Facts, not article text. */
const AGENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:AP|Associated\s+Press)$/i, 'Associated Press'],
  [/^(?:Thomson\s+)?Reuters$/i, 'Reuters'],
  [/^(?:AFP|Agence\s+France[- ]Presse)$/i, 'AFP'],
  [/^Bloomberg(?:\s+News)?$/i, 'Bloomberg'],
  [/^dpa$/i, 'dpa'],
  [/^Xinhua$/i, 'Xinhua'],
  [/^TASS$/i, 'TASS'],
  [/^(?:PTI|Press\s+Trust\s+of\s+India)$/i, 'PTI'],
  [/^IANS$/i, 'IANS'],
  [/^ANI$/i, 'ANI'],
  [/^UPI$/i, 'UPI'],
  [/^EFE$/i, 'EFE'],
  [/^ANSA$/i, 'ANSA'],
  [/^Kyodo(?:\s+News)?$/i, 'Kyodo'],
  [/^Yonhap$/i, 'Yonhap'],
  [/^Anadolu(?:\s+Agency)?$/i, 'Anadolu Agency'],
]
const AGENCY_NAMES =
  'AP|Associated Press|Reuters|Thomson Reuters|AFP|Agence France-Presse|Bloomberg|Bloomberg News|dpa|Xinhua|TASS|PTI|Press Trust of India|IANS|ANI|UPI|EFE|ANSA|Kyodo|Yonhap|Anadolu Agency'

const DATELINE = new RegExp(`^[^\\n]{0,80}?\\((${AGENCY_NAMES})\\)\\s*[-–—:]`)
const COPYRIGHT = new RegExp(`(?:©|copyright)\\s*(?:\\d{4}\\s+)?(?:The\\s+)?(${AGENCY_NAMES})\\b`, 'i')
const BYLINE_PART = new RegExp(`(?:^|[,/|;]|\\band\\b|\\bwith\\b)\\s*(${AGENCY_NAMES})\\s*(?:$|[,/|;])`, 'i')
const FEED_NOTE =
  /\b(?:generated|published|sourced|taken)\s+(?:automatically\s+)?from\s+(?:an?\s+|the\s+)?(?:automated\s+|syndicated\s+)?(?:news\s+)?(?:agency|wire|syndicated)\s+feed\b|\bhas\s+not\s+been\s+edited\s+by\b.{0,60}\bstaff\b/i

export function canonicalAgency(name: string): string | null {
  const trimmed = name.trim()
  for (const [pattern, canonical] of AGENCIES) if (pattern.test(trimmed)) return canonical
  return null
}

export function findProvenance(text: string, meta: Partial<ArticleMeta>, document: Document): Provenance {
  const fromMeta = agencyIn(meta.byline) ?? (meta.publisher ? canonicalAgency(meta.publisher) : null) ?? null
  const fromText = matchAgency(DATELINE.exec(text)) ?? matchAgency(COPYRIGHT.exec(text.slice(-600)))
  const agency = fromMeta ?? fromText
  const pageText = document.body?.textContent ?? ''
  const feedNote = FEED_NOTE.test(pageText) || FEED_NOTE.test(text)
  return { syndicated: agency !== null || feedNote, agency }
}

function agencyIn(byline: string | null | undefined): string | null {
  if (!byline) return null
  return canonicalAgency(byline) ?? matchAgency(BYLINE_PART.exec(byline))
}

function matchAgency(match: RegExpExecArray | null): string | null {
  return match?.[1] ? canonicalAgency(match[1]) : null
}
