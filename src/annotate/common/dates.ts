/**
 * Resolving the date expressions of news text against the publication date.
 * News is written in the past tense about the past: "Tuesday" in a report published on a
 * Tuesday is that day, and otherwise the last Tuesday before it; "Friday" said of a plan
 * ("will meet on Friday") is the next one. Absolute dates ("Aug. 15", "January 15, 2025",
 * "15 January", "2025-01-15") are read field by field: the patterns below admit only those shapes,
 * so a general date parser would cost far more (it was a tenth of the whole analysis) for nothing.
 */

export type Tense = 'past' | 'future'

export interface DateMention {
  readonly start: number
  readonly end: number
  /** YYYY-MM-DD */
  readonly date: string
}

/** Lower-case day names, Sunday first (the index is `Date.getUTCDay()`). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
]
/** Lower-case month names, January first. */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const WEEKDAY_RE =
  /\b(?:(last|this|next|on|past)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g
const RELATIVE_RE =
  /\b(today|yesterday|tomorrow|(?:over\s+)?(?:the|this|last)\s+weekend|last\s+(?:week|month|year)|(?:a|one|two|three|four|five|six|seven|\d+)\s+days?\s+(?:ago|earlier|later))\b/gi
const ABSOLUTE_RE =
  /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?\b|\b\d{4}-\d{2}-\d{2}\b/g

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
}

/** The publication day as a UTC date, or null when the anchor is missing or unreadable. */
export function anchorDate(published: string | null): Date | null {
  if (!published) return null
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published)
  if (!match) return null
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000)
}

function resolveWeekday(day: number, modifier: string | undefined, anchor: Date, tense: Tense): Date {
  const today = anchor.getUTCDay()
  const mod = modifier?.toLowerCase()
  if (mod === 'next' || (tense === 'future' && mod !== 'last' && mod !== 'past')) {
    const ahead = (day - today + 7) % 7 || (mod === 'next' ? 7 : 0)
    return addDays(anchor, ahead)
  }
  const back = (today - day + 7) % 7
  return addDays(anchor, mod === 'last' && back === 0 ? -7 : -back)
}

function resolveRelative(expression: string, anchor: Date): Date | null {
  const e = expression.toLowerCase().replace(/\s+/g, ' ')
  if (e === 'today') return anchor
  if (e === 'yesterday') return addDays(anchor, -1)
  if (e === 'tomorrow') return addDays(anchor, 1)
  if (e.endsWith('weekend')) {
    // The weekend before the publication day: its Saturday.
    const back = (anchor.getUTCDay() - 6 + 7) % 7
    return addDays(anchor, -(back === 0 ? 0 : back))
  }
  if (e === 'last week') return addDays(anchor, -7)
  if (e === 'last month')
    return new Date(Date.UTC(anchor.getUTCFullYear(), anchor.getUTCMonth() - 1, anchor.getUTCDate()))
  if (e === 'last year')
    return new Date(Date.UTC(anchor.getUTCFullYear() - 1, anchor.getUTCMonth(), anchor.getUTCDate()))
  const ago = /^(\w+) days? (ago|earlier|later)$/.exec(e)
  if (ago) {
    const n = NUMBER_WORDS[ago[1]!] ?? Number(ago[1])
    if (!Number.isFinite(n)) return null
    return addDays(anchor, ago[2] === 'later' ? n : -n)
  }
  return null
}

/** "Jan", "Sept", "January" → 1-based month; null for anything else. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '')
  const index = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)))
  return index >= 0 ? index + 1 : null
}

/** The year, month and day an ABSOLUTE_RE match names (year null when the text gives none). */
function absoluteFields(expression: string): { year: number | null; month: number; day: number } | null {
  const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expression)
  if (isoDate) return { year: Number(isoDate[1]), month: Number(isoDate[2]), day: Number(isoDate[3]) }
  const monthFirst = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$/.exec(expression)
  const dayFirst = monthFirst ? null : /^(\d{1,2})\s+([A-Za-z]+)(?:\s+(\d{4}))?$/.exec(expression)
  const monthWord = monthFirst?.[1] ?? dayFirst?.[2]
  const dayDigits = monthFirst?.[2] ?? dayFirst?.[1]
  const yearDigits = monthFirst?.[3] ?? dayFirst?.[3]
  if (!monthWord || !dayDigits) return null
  const month = monthNumber(monthWord)
  if (month === null) return null
  return { year: yearDigits ? Number(yearDigits) : null, month, day: Number(dayDigits) }
}

/** A real calendar day (rejects "February 30", "Aug. 45"); a day without a year is checked against a leap year. */
function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

function resolveAbsolute(expression: string, anchor: Date, tense: Tense): Date | null {
  const fields = absoluteFields(expression)
  if (!fields) return null
  const { year, month, day } = fields
  if (!validDay(year ?? 2024, month, day)) return null
  if (year !== null) return new Date(Date.UTC(year, month - 1, day))
  // No year: the closest such day on the side the tense points to (within a year).
  let candidate = new Date(Date.UTC(anchor.getUTCFullYear(), month - 1, day))
  const sixMonths = 183 * 86_400_000
  if (tense === 'past' && candidate.getTime() - anchor.getTime() > sixMonths / 6) {
    candidate = new Date(Date.UTC(anchor.getUTCFullYear() - 1, month - 1, day))
  } else if (candidate.getTime() < anchor.getTime() - sixMonths) {
    candidate = new Date(Date.UTC(anchor.getUTCFullYear() + 1, month - 1, day))
  }
  return candidate
}

const DIGIT = /\d/
const DATE_WORD = /day|week|month|year|tomorrow/i

/**
 * Whether `text` may hold a date expression: `findDates` finds none where this is false, so a
 * caller with many short texts can skip it (and its anchor parsing) for most of them.
 */
export function mayHoldDate(text: string): boolean {
  return DIGIT.test(text) || DATE_WORD.test(text)
}

/**
 * Every date expression in `text` with its offsets and resolved day.
 * `offset` is added to each span, for callers that pass a sentence slice.
 */
export function findDates(
  text: string,
  published: string | null,
  tense: Tense = 'past',
  offset = 0,
): DateMention[] {
  const anchor = anchorOf(published)
  if (!anchor) return []
  const out: DateMention[] = []
  // Each pattern needs a digit or a "day"/"week…"/"month"/"year"/"tomorrow" word: callers pass every
  // sentence, and most have none, so a cheap test spares the patterns' scan (`mayHoldDate`).
  if (DIGIT.test(text)) {
    for (const m of text.matchAll(ABSOLUTE_RE))
      addMention(out, m.index + offset, m.index + m[0].length + offset, resolveAbsolute(m[0], anchor, tense))
  }
  if (DATE_WORD.test(text)) {
    for (const m of text.matchAll(WEEKDAY_RE)) {
      const day = WEEKDAYS.indexOf(m[2]!.toLowerCase())
      addMention(
        out,
        m.index + offset,
        m.index + m[0].length + offset,
        resolveWeekday(day, m[1], anchor, tense),
      )
    }
    for (const m of text.matchAll(RELATIVE_RE))
      addMention(out, m.index + offset, m.index + m[0].length + offset, resolveRelative(m[0], anchor))
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Adds a resolved mention unless it overlaps one found before (a module function: no closure per call). */
function addMention(out: DateMention[], start: number, end: number, date: Date | null): void {
  if (date && !out.some((m) => m.start < end && start < m.end)) out.push({ start, end, date: iso(date) })
}

// The anchor of the last publication date seen: callers pass many texts of one article. The Date
// is shared between calls, so nothing here may modify it (every result is a new Date or a string).
let lastPublished: string | null = null
let lastAnchor: Date | null = null

function anchorOf(published: string | null): Date | null {
  if (published !== lastPublished) {
    lastAnchor = anchorDate(published)
    lastPublished = published
  }
  return lastAnchor
}

/** The day a single expression ("Tuesday", "on Friday", "Aug. 15") names, or null. */
export function resolveDateExpression(
  text: string,
  published: string | null,
  tense: Tense = 'past',
): string | null {
  return findDates(text, published, tense)[0]?.date ?? null
}

/** Future when the clause speaks of what will or is to happen ("will meet", "is due to", "plans to"). */
export function tenseOf(clause: string): Tense {
  return /\b(?:will|shall|is\s+(?:due|set|expected|scheduled)\s+to|are\s+(?:due|set|expected|scheduled)\s+to|plans?\s+to|next)\b/i.test(
    clause,
  )
    ? 'future'
    : 'past'
}
