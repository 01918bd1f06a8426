/**
 * A forgiving date parser for feeds and wires: RFC 822/1123 with every real-world slip (two-digit
 * years, missing seconds, missing time, full month names, commas in odd places, `Etc/GMT`,
 * `GMT-01:01`, US zone letters), asctime, W3C-DTF / ISO 8601 (basic and extended, ordinal,
 * space instead of `T`, `+0000` without a colon), Perforce `2006/09/15`, and month or day names in
 * Greek, Hungarian, Korean, German, French, Spanish, Portuguese, Italian and Dutch.
 * Impossible values (hour 25, minute 61, 31 February) give null, never a guess.
 * Times without a zone are taken as UTC.
 */

const MONTHS: Record<string, number> = {}
const addMonths = (names: string, offset = 1): void => {
  names.split(' ').forEach((group, i) => {
    for (const name of group.split('|')) MONTHS[name] = i + offset
  })
}
addMonths(
  'jan|january|januar|janvier|janv|ene|enero|gen|gennaio|janeiro feb|february|februar|févr|fevr|février|fév|fev|fevereiro|febrero|febbraio mar|march|mär|märz|mrz|mars|marzo|março|mrt|maart apr|april|avr|avril|abr|abril|aprile may|mai|mei|mayo|maio|mag|maggio jun|june|juni|juin|junio|junho|giu|giugno jul|july|juli|juil|juillet|julio|julho|lug|luglio aug|august|août|aout|ago|agosto sep|sept|september|septembre|set|setembro|septiembre|settembre oct|october|oktober|okt|octobre|out|outubro|octubre|ott|ottobre nov|november|novembre|noviembre|novembro dec|december|dezember|dez|déc|decembre|décembre|dic|diciembre|dicembre|dezembro',
)
// Hungarian month names (as in 2004-július-13).
addMonths('január február március április május június július augusztus szeptember október november december')
// Greek abbreviations, with and without accents.
addMonths('ιαν φεβ μάώ|μαώ|μάρ|μαρ απρ μάι|μαϊ|μαι ιούν|ιον|ιουν ιούλ|ιολ|ιουλ αύγ|αυγ σεπ οκτ νοέ|νοε δεκ')

/** Offsets in minutes for zone names seen in feeds (US single letters as used by old RSS). */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  'etc/gmt': 0,
  'etc/utc': 0,
  wet: 0,
  bst: 60,
  cet: 60,
  mez: 60,
  cest: 120,
  mesz: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  at: -240,
  et: -300,
  ct: -360,
  mt: -420,
  pt: -480,
  ast: -240,
  adt: -180,
  akst: -540,
  hst: -600,
}

/** Builds a UTC instant, rejecting out-of-range fields. Years < 100 are taken literally. */
function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0, offsetMin = 0): Date | null {
  if (![y, mo, d, h, mi, s].every(Number.isInteger)) return null
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return null
  if (h === 24 && (mi > 0 || s > 0)) return null
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  if (date.getUTCDate() !== d) return null // 31 February
  date.setUTCHours(h, mi, Math.min(s, 59), ms)
  return new Date(date.getTime() - offsetMin * 60_000)
}

function offsetOf(zone: string | undefined): number | null {
  if (!zone) return 0
  const z = zone.trim().toLowerCase()
  if (z in ZONES) return ZONES[z] ?? 0
  const m = /^(?:gmt|utc|ut)?([+-])(\d{1,2}):?(\d{2})?$/.exec(z)
  if (!m) return null
  const hours = Number(m[2])
  const minutes = Number(m[3] ?? 0)
  if (hours > 23 || minutes > 59) return null
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes)
}

const ISO =
  /^(\d{4})(?:-(\d{1,3})(?:-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?)?)?$/i
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

function fromIso(s: string): Date | null {
  const m = ISO.exec(s) ?? ISO_BASIC.exec(s)
  if (!m) return null
  const offset = offsetOf(m[8])
  if (offset === null) return null
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0
  return build(
    Number(m[1]),
    Number(m[2] ?? 1),
    Number(m[3] ?? 1),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    ms,
    offset,
  )
}

const twoDigitYear = (y: number): number => (y < 70 ? 2000 + y : 1900 + y)

/** ISO 8601 truncated forms: -YYMM, -YY-MM, YYMMDD, YYDDD (ordinal). */
function fromCompactIso(s: string): Date | null {
  let m = /^-(\d{2})-?(\d{2})$/.exec(s)
  if (m) return build(twoDigitYear(Number(m[1])), Number(m[2]), 1)
  m = /^(\d{2})(\d{2})(\d{2})$/.exec(s)
  if (m) return build(twoDigitYear(Number(m[1])), Number(m[2]), Number(m[3]))
  m = /^(\d{2})(\d{3})$/.exec(s)
  if (m) {
    const day = Number(m[2])
    if (day < 1 || day > 366) return null
    const start = build(twoDigitYear(Number(m[1])), 1, 1)
    return start && new Date(start.getTime() + (day - 1) * 86_400_000)
  }
  return null
}

/** Token-based RFC 822 / asctime / Perforce reader. Every token must be understood. */
function fromWords(s: string): Date | null {
  const tokens = s
    .replace(/,/g, ' ')
    .split(/\s+/)
    .filter((t) => t !== '')
  let year: number | null = null
  let month: number | null = null
  const small: number[] = []
  let time: number[] | null = null
  let offset: number | null = null
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? ''
    const lower = token.toLowerCase().replace(/\.$/, '')
    if (/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(token)) {
      const [y, mo, d] = token.split('/').map(Number)
      year = y ?? null
      month = mo ?? null
      small.push(d ?? 0)
    } else if (/^\d{1,2}(:\d{1,2}){1,2}$/.test(token)) {
      if (time) return null
      time = token.split(':').map(Number)
    } else if (/^\d{4}$/.test(token)) {
      if (year !== null) return null
      year = Number(token)
    } else if (/^\d{1,2}$/.test(token)) {
      small.push(Number(token))
    } else if (lower in MONTHS && month === null) {
      month = MONTHS[lower] ?? null
    } else if (offsetOf(lower) !== null && (time !== null || i === tokens.length - 1)) {
      if (offset !== null) return null
      offset = offsetOf(lower)
    } else if (i === 0 && /^\p{L}{2,}$/u.test(token)) {
      // a day name ("Thu", "Seg", "Κυρ"): ignored
    } else {
      return null
    }
  }
  if (month === null || small.length === 0 || small.length > 2) return null
  const day = small[0] ?? 0
  if (year === null) {
    if (small.length !== 2) return null
    year = twoDigitYear(small[1] ?? 0)
  } else if (small.length !== 1) return null
  const [h = 0, mi = 0, sec = 0] = time ?? []
  return build(year, month, day, h, mi, sec, 0, offset ?? 0)
}

/** Korean forms: "2004-05-25 오후 11:23:17" (Nate) and "2004년 05월 28일  01:31:15" (OnBlog), KST. */
function fromKorean(s: string): Date | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})\s+(오전|오후)\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(s)
  if (m) {
    let hour = Number(m[5])
    if (m[4] === '오후' && hour < 12) hour += 12
    if (m[4] === '오전' && hour === 12) hour = 0
    return build(Number(m[1]), Number(m[2]), Number(m[3]), hour, Number(m[6]), Number(m[7]), 0, 540)
  }
  m = /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일\s+(\d{1,2}):(\d{2}):(\d{2})$/.exec(s)
  if (m)
    return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), 0, 540)
  return null
}

/** Hungarian "2004-július-13T9:15-05:00": month name inside an ISO date. */
function fromNamedMonthIso(s: string): Date | null {
  const m = /^(\d{4})-(\p{L}+)-(\d{1,2})(.*)$/u.exec(s)
  const month = m?.[2] ? MONTHS[m[2].toLowerCase()] : undefined
  if (!m || !month) return null
  return fromIso(`${m[1]}-${String(month).padStart(2, '0')}-${m[3]?.padStart(2, '0')}${m[4]}`)
}

/** Parses a date string from a feed or wire; null when it cannot be read with confidence. */
export function parseDate(value: string | null | undefined): Date | null {
  if (typeof value !== 'string') return null
  const s = value.trim().replace(/\s+/g, ' ')
  if (s === '') return null
  return fromIso(s) ?? fromCompactIso(s) ?? fromKorean(s) ?? fromNamedMonthIso(s) ?? fromWords(s)
}

/** The ISO 8601 UTC string of a parsed date (`2024-01-02T03:04:05Z`), or null. */
export function toIsoDate(value: string | null | undefined): string | null {
  const date = parseDate(value)
  if (!date || Number.isNaN(date.getTime())) return null
  return date.toISOString().replace('.000Z', 'Z')
}
