import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Guards the shipped knowledge-base data in kb/*.json (format: kb/README.md).
// Plain JSON.parse on purpose: this test checks the data, not the loader.

type Role = { title: string; of: string; from: string | null; to: string | null }
type Entry = {
  id: string
  name: string
  kind: string
  country: string | null
  sector: string | null
  aliases: string[]
  demonyms?: string[]
  capitals?: string[]
  affiliation: string | null
  roles?: Role[]
  note?: string
}
type KbFile = { version: string; actors: Entry[] }

const FILES = ['states.json', 'organizations.json', 'people.json'] as const
const SECTORS = new Set(
  'GOV MIL REB OPP PTY IGO NGO MED JRN BUS LAB CVL JUD LEG COP SPY REL CRM PRM EDU PRE'.split(' '),
)
const KINDS = new Set(['state', 'organization', 'group', 'person'])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

function load(file: string): KbFile {
  return JSON.parse(readFileSync(new URL(`../../kb/${file}`, import.meta.url), 'utf8')) as KbFile
}

const files = Object.fromEntries(FILES.map((f) => [f, load(f)])) as Record<(typeof FILES)[number], KbFile>
const all: Entry[] = FILES.flatMap((f) => files[f].actors)
const byId = new Map(all.map((a) => [a.id, a]))
const countries = new Set(files['states.json'].actors.map((a) => a.country))

/** The alias index is case-sensitive but folds diacritics and curly apostrophes. */
function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
}

function validDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}

describe('kb data files', () => {
  it('each file has a version date and a non-empty actors array', () => {
    for (const f of FILES) {
      expect(validDate(files[f].version), f).toBe(true)
      expect(files[f].actors.length, f).toBeGreaterThan(0)
    }
  })

  it('ids are kebab-case and unique across files', () => {
    const seen = new Map<string, string>()
    const problems: string[] = []
    for (const f of FILES) {
      for (const a of files[f].actors) {
        if (!KEBAB.test(a.id)) problems.push(`${f}: bad id ${a.id}`)
        const prev = seen.get(a.id)
        if (prev) problems.push(`${f}: id ${a.id} already in ${prev}`)
        seen.set(a.id, f)
      }
    }
    expect(problems).toEqual([])
  })

  it('every entry has a name, a known kind, a valid country and sector', () => {
    const problems: string[] = []
    for (const a of all) {
      if (typeof a.name !== 'string' || a.name.trim() === '') problems.push(`${a.id}: empty name`)
      if (!KINDS.has(a.kind)) problems.push(`${a.id}: kind ${a.kind}`)
      if (a.country !== null && !(/^[A-Z]{3}$/.test(a.country) && countries.has(a.country)))
        problems.push(`${a.id}: country ${a.country}`)
      if (a.sector !== null && !SECTORS.has(a.sector)) problems.push(`${a.id}: sector ${a.sector}`)
      if (
        !Array.isArray(a.aliases) ||
        a.aliases.some((x) => typeof x !== 'string' || x.trim() !== x || x === '')
      )
        problems.push(`${a.id}: aliases`)
    }
    expect(problems).toEqual([])
  })

  it('states are keyed by their lower-case alpha-3 code', () => {
    const problems: string[] = []
    for (const a of files['states.json'].actors) {
      if (a.kind !== 'state' || a.country === null || a.id !== a.country.toLowerCase())
        problems.push(`${a.id}: kind ${a.kind} country ${a.country}`)
    }
    expect(problems).toEqual([])
    // every UN member (193) + observers + Taiwan, Kosovo, Western Sahara
    for (const c of ['USA', 'ISR', 'PSE', 'VAT', 'TWN', 'XKX', 'ESH', 'UKR', 'QAT', 'TUV', 'SSD'])
      expect(countries.has(c), c).toBe(true)
    expect(countries.size).toBeGreaterThanOrEqual(198)
  })

  it('affiliations and role holders refer to existing ids', () => {
    const problems: string[] = []
    for (const a of all) {
      if (a.affiliation !== null && !byId.has(a.affiliation))
        problems.push(`${a.id}: affiliation ${a.affiliation}`)
      if (a.affiliation === a.id) problems.push(`${a.id}: affiliated to itself`)
      for (const r of a.roles ?? []) if (!byId.has(r.of)) problems.push(`${a.id}: role of ${r.of}`)
    }
    expect(problems).toEqual([])
  })

  it('a non-state actor affiliated to a state has that state as its country', () => {
    // territories (Hong Kong -> China) keep their own code
    const problems: string[] = []
    for (const a of all.filter((x) => x.kind !== 'state')) {
      const aff = a.affiliation === null ? undefined : byId.get(a.affiliation)
      if (aff?.kind === 'state' && aff.country !== a.country)
        problems.push(`${a.id}: country ${a.country}, affiliated to ${aff.id}`)
    }
    expect(problems).toEqual([])
  })

  it('roles have titles and ISO dates with from <= to', () => {
    const problems: string[] = []
    for (const a of all) {
      if (a.roles !== undefined && a.kind !== 'person') problems.push(`${a.id}: roles on a ${a.kind}`)
      for (const r of a.roles ?? []) {
        const where = `${a.id} ${r.title}@${r.of}`
        if (typeof r.title !== 'string' || r.title === '') problems.push(`${where}: title`)
        if (r.from !== null && !validDate(r.from)) problems.push(`${where}: from ${r.from}`)
        if (r.to !== null && !validDate(r.to)) problems.push(`${where}: to ${r.to}`)
        if (r.from !== null && r.to !== null && r.from > r.to) problems.push(`${where}: ${r.from} > ${r.to}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('knows the head of state or government and the foreign minister of every G20 state since 2001', () => {
    const g20 = 'arg aus bra can chn fra deu ind idn ita jpn mex rus sau zaf kor tur gbr usa'.split(' ')
    const leaders = new Set([
      'president',
      'acting president',
      'prime minister',
      'premier',
      'chancellor',
      'king',
    ])
    const foreign = new Set(['foreign minister', 'foreign secretary', 'secretary of state'])
    // a minister's post left vacant for a few weeks
    const vacancies = new Set(['kor 2006-11-15 foreign'])
    const holds = (state: string, titles: Set<string>, date: string) =>
      all.some((a) =>
        (a.roles ?? []).some(
          (r) =>
            r.of === state &&
            titles.has(r.title) &&
            (r.from ?? '') <= date &&
            (r.to === null || r.to >= date),
        ),
      )
    const missing: string[] = []
    for (let year = 2001; year <= 2023; year++)
      for (const month of ['02', '05', '08', '11']) {
        const date = `${year}-${month}-15`
        for (const state of g20) {
          if (!holds(state, leaders, date)) missing.push(`${state} ${date} leader`)
          if (!holds(state, foreign, date)) missing.push(`${state} ${date} foreign`)
        }
      }
    expect(missing.filter((m) => !vacancies.has(m))).toEqual([])
  })

  it('people are persons with at least one role', () => {
    const problems = files['people.json'].actors
      .filter((a) => a.kind !== 'person' || (a.roles ?? []).length === 0)
      .map((a) => a.id)
    expect(problems).toEqual([])
  })

  it('no name, alias, demonym or capital points at two different actors (diacritics folded)', () => {
    const owner = new Map<string, string>()
    const problems: string[] = []
    for (const a of all) {
      for (const s of [a.name, ...a.aliases, ...(a.demonyms ?? []), ...(a.capitals ?? [])]) {
        const key = fold(s)
        const prev = owner.get(key)
        if (prev !== undefined && prev !== a.id) problems.push(`"${s}": ${prev} and ${a.id}`)
        owner.set(key, a.id)
      }
    }
    expect(problems).toEqual([])
  })
})

type Place = {
  id: string
  name: string
  country: string
  kind: string
  aliases?: string[]
  demonyms?: string[]
  note?: string
}
const placesFile = JSON.parse(readFileSync(new URL('../../kb/places.json', import.meta.url), 'utf8')) as {
  version: string
  places: Place[]
}
const places = placesFile.places

describe('kb/places.json', () => {
  it('has a version date, place- ids that are unique and clash with no actor, valid countries and kinds', () => {
    expect(validDate(placesFile.version)).toBe(true)
    expect(places.length).toBeGreaterThan(1000)
    const seen = new Set<string>()
    const problems: string[] = []
    for (const p of places) {
      if (!/^place-[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) problems.push(`bad id ${p.id}`)
      if (seen.has(p.id) || byId.has(p.id)) problems.push(`duplicate id ${p.id}`)
      seen.add(p.id)
      if (!countries.has(p.country)) problems.push(`${p.id}: country ${p.country}`)
      if (!['city', 'region', 'territory'].includes(p.kind)) problems.push(`${p.id}: kind ${p.kind}`)
      for (const a of [p.name, ...(p.aliases ?? []), ...(p.demonyms ?? [])])
        if (a.trim() !== a || a === '') problems.push(`${p.id}: form "${a}"`)
    }
    expect(problems).toEqual([])
  })

  it('no place form is an actor form, and no form names two places of one country', () => {
    const actorForms = new Set(
      all.flatMap((a) => [a.name, ...a.aliases, ...(a.demonyms ?? []), ...(a.capitals ?? [])].map(fold)),
    )
    const owner = new Map<string, Place>()
    const problems: string[] = []
    for (const p of places) {
      for (const s of [p.name, ...(p.aliases ?? []), ...(p.demonyms ?? [])]) {
        const key = fold(s)
        if (actorForms.has(key)) problems.push(`"${s}" (${p.id}) is also an actor form`)
        const prev = owner.get(key)
        if (prev && prev.id !== p.id && prev.country === p.country)
          problems.push(`"${s}": ${prev.id} and ${p.id}`)
        owner.set(key, p)
      }
    }
    expect(problems).toEqual([])
  })

  it('codes breakaway states as actors (PRE) of the state whose territory they hold, not as places', () => {
    const placeNames = new Set(places.map((p) => p.name))
    for (const [name, country] of [
      ['Abkhazia', 'GEO'],
      ['South Ossetia', 'GEO'],
      ['Transnistria', 'MDA'],
      ['Northern Cyprus', 'CYP'],
      ['Somaliland', 'SOM'],
    ] as const) {
      const a = all.find((x) => x.name === name)
      expect(a && [a.country, a.sector], name).toEqual([country, 'PRE'])
      expect(placeNames.has(name), name).toBe(false)
    }
  })

  it('codes contested areas as the news attributes their actors, and says so in a note', () => {
    const byName = new Map(places.map((p) => [p.name, p]))
    for (const [name, country] of [
      ['West Bank', 'PSE'],
      ['Gaza Strip', 'PSE'],
      ['Crimea', 'UKR'],
      ['Donetsk', 'UKR'],
      ['Luhansk', 'UKR'],
      ['Golan Heights', 'ISR'],
      ['Kashmir', 'IND'],
    ] as const) {
      const p = byName.get(name)
      expect(p?.country, name).toBe(country)
      expect(p?.note, name).toBeTruthy()
    }
  })
})
