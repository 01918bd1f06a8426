/**
 * Agency credits in the text: a dateline "(Reuters) -", "/TASS/.", a sign-off, a copyright line.
 * A credit says where the copy came from; a mention such as "Reuters reported" does not.
 */

/** Agencies by the forms they sign with, mapped to one name. Facts, not article text. */
const AGENCIES: ReadonlyArray<[RegExp, string]> = [
  [/^(?:AP|Associated\s+Press)$/i, 'Associated Press'],
  [/^Reuters$/i, 'Reuters'],
  [/^(?:AFP|Agence\s+France[- ]Presse)$/i, 'AFP'],
  [/^Bloomberg$/i, 'Bloomberg'],
  [/^dpa$/i, 'dpa'],
  [/^Xinhua$/i, 'Xinhua'],
  [/^TASS$/i, 'TASS'],
  [/^IANS$/i, 'IANS'],
  [/^PTI$/i, 'PTI'],
  [/^ANI$/i, 'ANI'],
  [/^ANSA$/i, 'ANSA'],
  [/^EFE$/i, 'EFE'],
  [/^Kyodo$/i, 'Kyodo'],
  [/^Yonhap$/i, 'Yonhap'],
  [/^UPI$/i, 'UPI'],
  [/^Anadolu(?:\s+Agency)?$/i, 'Anadolu Agency'],
  [/^WAFA$/i, 'WAFA'],
  [/^IRNA$/i, 'IRNA'],
  [/^BGNES$/i, 'BGNES'],
]

function canonicalAgency(credit: string): string | null {
  const name = credit.trim()
  for (const [pattern, canonical] of AGENCIES) if (pattern.test(name)) return canonical
  return null
}

const CREDIT_FORMS: readonly RegExp[] = [
  // Dateline credit near the start: "GAZA CITY (Reuters) -", "(AP) —"
  /^[^\n]{0,80}?\((AP|Associated Press|Reuters|AFP|Bloomberg|dpa|Xinhua|IANS|PTI|ANI|ANSA|EFE|Kyodo|Yonhap|UPI|WAFA|IRNA)\)\s*[-–—:]/m,
  // TASS-style slashes: "BEIJING, May 2. /TASS/."
  /\/(TASS|BGNES|Xinhua)\/?\.?(?:\s|$)/,
  // Copyright line naming the agency
  /(?:©|copyright)\s*\d{4}\s+(?:The\s+)?(Associated Press|Reuters|AFP|Agence France-Presse|Bloomberg)/i,
  // Reuters sign-off
  /\((?:Reporting|Writing)\s+by\b[^)]*\)\s*$/m,
]

/** The agency that signed the copy, when the text carries a credit. */
export function findAgencyCredit(text: string): string | null {
  for (const form of CREDIT_FORMS) {
    const match = form.exec(text)
    if (!match) continue
    if (match[1] === undefined) return 'Reuters'
    const agency = canonicalAgency(match[1])
    if (agency) return agency
  }
  return null
}

/** The agency a disclaimer names ("… from the Associated Press feed"), if any. */
export function agencyNamedIn(line: string): string | null {
  const match =
    /\b(Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg|PTI|IANS|ANI|dpa|Xinhua)\b/.exec(line)
  return match ? canonicalAgency(match[1]!) : null
}
