/**
 * A date as pages write it -> ISO 8601. Keeps the page's own offset when it gives one
 * ("2019-11-19T08:10:00-05:00"), writes UTC as "Z", and keeps a bare date as a date.
 * Returns null for anything it cannot read without guessing.
 */

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?/i
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?\s*(Z|[+-]\d{2}:?\d{2})?)?$/

export function normalizeDate(value: string | null | undefined): string | null {
  if (!value) return null
  const text = value.trim()
  const match = ISO.exec(text) ?? COMPACT.exec(text)
  if (match) return fromParts(match)
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const ms = text.length === 13 ? Number(text) : Number(text) * 1000
    return plausible(new Date(ms)) ? new Date(ms).toISOString().replace('.000Z', 'Z') : null
  }
  // RFC 2822 and "Nov 19, 2019 8:10 AM EST": trusted only when the string names its zone.
  if (/\b(?:GMT|UTC|[ECMP][SD]T|Z)\b|[+-]\d{4}\b/.test(text)) {
    const parsed = new Date(text)
    if (plausible(parsed)) return parsed.toISOString().replace('.000Z', 'Z')
  }
  return null
}

function fromParts(m: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, zone] = m
  if (Number(y) < 1990 || Number(y) > 2100) return null
  if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null
  const date = `${y}-${mo}-${d}`
  if (h === undefined) return date
  const time = `${h.padStart(2, '0')}:${mi}:${s ?? '00'}`
  if (zone === undefined) return `${date}T${time}`
  return `${date}T${time}${normaliseZone(zone)}`
}

function normaliseZone(zone: string): string {
  const upper = zone.toUpperCase()
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z'
  const digits = zone.replace(':', '')
  const hours = digits.slice(0, 3)
  const minutes = digits.slice(3, 5) || '00'
  if (hours === '+00' && minutes === '00') return 'Z'
  return `${hours}:${minutes}`
}

function plausible(date: Date): boolean {
  const year = date.getUTCFullYear()
  return !Number.isNaN(date.getTime()) && year > 1990 && year < 2100
}
