/**
 * People's offices from the knowledge base, dated against the article: who held "prime minister"
 * of "isr" on the publication date, and what sector a person's office puts them in then
 * (in office -> the office's sector; every office over -> ELI, a former elite).
 */
import type { KbEntry, KbRole } from '../../kb/index.ts'
import { ROLE_TITLES } from './titles.ts'

/** Lower-case, single-spaced, British spellings folded ("defence" -> "defense"). */
const normalTitles = new Map<string, string>()

/** A title lower-cased, spaced once, "defence" spelt "defense" (cached: a few hundred titles recur). */
export function normTitle(title: string): string {
  let t = normalTitles.get(title)
  if (t === undefined) {
    t = title
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/defence/g, 'defense')
      .trim()
    if (normalTitles.size >= 10_000) normalTitles.clear()
    normalTitles.set(title, t)
  }
  return t
}

function active(role: KbRole, date: string): boolean {
  return (role.from === null || role.from <= date) && (role.to === null || date <= role.to)
}

/** The offices a person holds on `date` (YYYY-MM-DD). */
export function activeRoles(entry: KbEntry, date: string): KbRole[] {
  return (entry.roles ?? []).filter((r) => active(r, date))
}

/** The sector an office title implies. */
export function titleSector(title: string): string | null {
  const t = normTitle(title)
  const direct = ROLE_TITLES.get(t)
  if (direct !== undefined) return direct
  if (/parliament|senat|assembly|legislat|congress|speaker|deputy of|\bmp\b/.test(t)) return 'LEG'
  if (/intelligence|security service|\bspy\b/.test(t)) return 'SPY'
  if (/general|chief of staff|commander|army|admiral|military/.test(t)) return 'MIL'
  if (/judge|justice|court|prosecutor/.test(t)) return 'JUD'
  if (/spokes|negotiator|adviser|advisor|envoy|aide/.test(t)) return null
  if (/minister|president|chancellor|governor|secretary|mayor|king|emir|premier|ambassador/.test(t))
    return 'GOV'
  // "archbishop of Canterbury", "imam of the Grand Mosque": the title before its of-part
  const of = t.indexOf(' of ')
  return of > 0 ? (ROLE_TITLES.get(t.slice(0, of)) ?? null) : null
}

/** The sector an office puts its holder in: a body that is not a state ("president" of a union) gives its own. */
export function roleSector(
  entry: KbEntry,
  role: KbRole,
  bodySector: (id: string) => string | null | undefined = () => undefined,
): string | null {
  const body = role.of === null ? undefined : bodySector(role.of)
  return body !== undefined ? body : (titleSector(role.title) ?? entry.sector)
}

/** Offices, the most recently taken first. */
function latestFirst(roles: readonly KbRole[]): KbRole[] {
  return [...roles].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? 1 : -1))
}

export interface PersonView {
  readonly role: string | null
  readonly sector: string | null
}

/**
 * A KB person's role and sector on `date`. Without a date (`date` null) the text's time is
 * unknown, so the person is coded by their most recent office, never as a former one.
 */
export function personOn(
  entry: KbEntry,
  date: string | null,
  bodySector: (id: string) => string | null | undefined = () => undefined,
): PersonView {
  const sectorOf = (r: KbRole): string | null => roleSector(entry, r, bodySector)
  const roles = entry.roles ?? []
  if (roles.length === 0) return { role: null, sector: entry.sector }
  if (date === null) {
    const latest = latestFirst(roles)
    const open = latest.find((r) => r.to === null) ?? latest[0]!
    return { role: open.title, sector: sectorOf(open) }
  }
  const now = activeRoles(entry, date)
  if (now.length > 0) {
    const first = now[0]!
    return { role: first.title, sector: sectorOf(first) }
  }
  const past = roles.filter((r) => r.to !== null && r.to < date)
  if (past.length > 0 && !roles.some((r) => r.from !== null && r.from > date)) {
    const last = past.sort((a, b) => (a.to! < b.to! ? 1 : -1))[0]!
    return { role: `former ${last.title}`, sector: 'ELI' }
  }
  return { role: roles[0]!.title, sector: entry.sector }
}

const STATE_SECTORS = new Set(['GOV', 'MIL', 'JUD', 'SPY', 'COP'])

/**
 * The body a KB person acts for on `date`: the state or body of a state office held then (the latest
 * open one when `date` is null) when the KB's own affiliation chain does not lead to it ("Yair Lapid",
 * a party leader, speaks for Israel while foreign minister); else the KB affiliation.
 */
export function affiliationOn(
  entry: KbEntry,
  date: string | null,
  chainOf: (id: string) => string | null,
  bodySector: (id: string) => string | null | undefined = () => undefined,
): string | null {
  const roles = entry.roles ?? []
  const held =
    date === null
      ? roles.find((r) => r.to === null)
      : activeRoles(entry, date).find((r) => STATE_SECTORS.has(roleSector(entry, r, bodySector) ?? ''))
  if (!held?.of || !STATE_SECTORS.has(roleSector(entry, held, bodySector) ?? '')) return entry.affiliation
  for (let id = entry.affiliation, guard = 0; id && guard < 6; id = chainOf(id), guard++)
    if (id === held.of) return entry.affiliation
  return held.of
}

export interface RoleIndex {
  /** The person holding `title` of actor `of` on `date`, if the KB knows one. */
  holder(title: string, of: string, date: string): KbEntry | null
  /** The state or body a person's office on `date` belongs to ("Biden administration" -> usa). */
  officeOf(entry: KbEntry, date: string): string | null
  /**
   * The person with this surname (last word of the name, diacritics folded) who held `title`: the holder
   * on `date`, else the most recent one before it (the latest one when `date` is null).
   */
  bySurname(surname: string, title: string, date: string | null): KbEntry | null
}

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()

/** True when an office title says what `title` says ("prime minister" ~ "Prime Minister"). */
export function titleMatches(role: string, title: string): boolean {
  const r = normTitle(role).replace(/-/g, ' ')
  const t = normTitle(title).replace(/-/g, ' ')
  if (r === t || r.endsWith(` ${t}`) || t.endsWith(` ${r}`)) return true
  // "deputy secretary-general for political affairs" is a "secretary general"
  const core = r.replace(/ for .*$/, '')
  return core !== r && (core === t || core.endsWith(` ${t}`))
}

/**
 * The office of a KB person that a title before their name speaks of: held on `date` when one is,
 * else the same title exactly ("president", not "acting president"), else the most recent match.
 */
export function roleForTitle(entry: KbEntry, title: string, date: string | null): KbRole | null {
  const matches = (entry.roles ?? []).filter((r) => titleMatches(r.title, title))
  if (matches.length <= 1) return matches[0] ?? null
  const held = date === null ? undefined : matches.find((r) => active(r, date))
  if (held) return held
  const t = normTitle(title)
  const exact = matches.filter((r) => normTitle(r.title) === t)
  const pool = exact.length > 0 ? exact : matches
  return latestFirst(pool)[0]!
}

export function createRoleIndex(entries: readonly KbEntry[]): RoleIndex {
  const byKey = new Map<string, Array<{ entry: KbEntry; role: KbRole }>>()
  const bySurname = new Map<string, Array<{ entry: KbEntry; role: KbRole }>>()
  for (const entry of entries) {
    if (entry.kind === 'person') {
      const last = fold(entry.name.split(/\s+/).at(-1) ?? '')
      const list = bySurname.get(last) ?? []
      for (const role of entry.roles ?? []) list.push({ entry, role })
      bySurname.set(last, list)
    }
    for (const role of entry.roles ?? []) {
      if (role.of === null) continue
      const key = `${role.of}|${normTitle(role.title)}`
      const list = byKey.get(key) ?? []
      list.push({ entry, role })
      byKey.set(key, list)
    }
  }
  return {
    holder(title, of, date) {
      const list = byKey.get(`${of}|${normTitle(title)}`)
      if (!list) return null
      return list.find((x) => active(x.role, date))?.entry ?? null
    },
    bySurname(surname, title, date) {
      const held = (bySurname.get(fold(surname)) ?? []).filter((x) => titleMatches(x.role.title, title))
      if (date !== null) {
        const now = held.find((x) => active(x.role, date))
        if (now) return now.entry
      }
      let best: { entry: KbEntry; role: KbRole } | null = null
      for (const x of held) {
        if (date !== null && x.role.from !== null && x.role.from > date) continue
        if (!best || (x.role.from ?? '') > (best.role.from ?? '')) best = x
      }
      return best?.entry ?? null
    },
    officeOf(entry, date) {
      const now = activeRoles(entry, date)
      return now.find((r) => r.of !== null)?.of ?? (entry.roles ?? []).find((r) => r.of !== null)?.of ?? null
    },
  }
}
