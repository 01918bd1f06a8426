/**
 * Placing actors the scan left without a country: unknown government bodies by the state leading
 * their paragraph, titled people by the one state of their sentence, unnamed civilians by the places
 * their sentence locates things in.
 */
import { MIL_LIKE } from './phrase-words.ts'

/** State bodies, and parties ("the Social Democrats" of a Dutch story), belong to one state. */
const PLACED_SECTORS: ReadonlySet<string> = new Set([...MIL_LIKE, 'PTY'])

import type { Ent } from './registry.ts'
import type { ScanEnv, Scanner } from './scan.ts'

/**
 * Unknown state bodies (government, legislature, courts, forces) and parties named without a
 * country ("the Foreign Ministry", "the Senate" in a text that names no American actor) belong to the
 * state that leads the nearest preceding sentence naming one, in the same paragraph, else to the
 * dateline's state; people affiliated to them inherit that country.
 */
export function placeBodies(
  env: ScanEnv,
  sentenceParagraph: (sentence: number) => number,
  dateline: Ent | null,
): void {
  const live = env.reg.live()
  const states: Array<{ start: number; sentence: number; ent: Ent }> = []
  for (const e of live) {
    if (e.kind !== 'state') continue
    for (const m of e.mentions) states.push({ start: m.start, sentence: m.sentence, ent: e })
  }
  states.sort((a, b) => a.start - b.start)
  for (const e of live) {
    if (e.known || e.kind !== 'organization' || e.country !== null || !PLACED_SECTORS.has(e.sector ?? ''))
      continue
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a))
    let sentence = -1
    let pick: Ent | null = null
    for (const s of states) {
      if (s.start >= first.start) break
      if (sentenceParagraph(s.sentence) !== sentenceParagraph(first.sentence)) continue
      if (s.sentence !== sentence) {
        sentence = s.sentence
        pick = s.ent
      }
    }
    // no state before it in its paragraph: the state of the dateline, where the story is told from
    pick ??= dateline
    if (!pick) continue
    e.country = pick.country
    e.affiliation ??= pick.id
    for (const p of live) {
      if (p.affiliation === e.id && p.country === null) p.country = pick.country
    }
  }
}

/** A person of `country` named right after `end`, past a title only ("Chadian leader Paul Ngarta"). */
function titledAfter(text: string, end: number, people: readonly Ent[], country: string): Ent | null {
  for (const p of people) {
    if (p.country !== country) continue
    for (const m of p.mentions)
      if (
        m.start >= end &&
        m.start - end <= 40 &&
        /^\s+(?:[\p{L}-]+\s+){1,3}$/u.test(text.slice(end, m.start))
      )
        return p
  }
  return null
}

/** Sectors of a state's own office holders. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'JUD', 'MIL', 'COP', 'LEG', 'SPY'])

/**
 * "Judge Ana Ruiz opened an inquiry into Chilean officials": a titled person of a state's sector with
 * no country and no affiliation takes the country of the one state named in the sentence of their
 * first mention (none when the sentence names several states, or none).
 */
export function placePeople(env: ScanEnv): void {
  const live = env.reg.live()
  const unplaced = live.filter(
    (e) =>
      !e.known &&
      e.kind === 'person' &&
      e.country === null &&
      e.affiliation === null &&
      e.role !== null &&
      e.sector !== null &&
      STATE_SECTORS.has(e.sector),
  )
  // most articles have nobody to place: the sentences' countries are not worth reading then
  if (unplaced.length === 0) return
  // sentence -> the country its state mentions share, null when they differ
  const countries = new Map<number, string | null>()
  const people = live.filter((e) => e.kind === 'person' && e.country !== null)
  // "Chadian leader Paul Ngarta": a person whose nationality the text spells out is a
  // foreigner among the others; neither the demonym nor that person places anybody
  const marked = new Set<string>()
  for (const e of live) {
    if (e.kind !== 'state' || e.country === null) continue
    for (const m of e.mentions) {
      if (m.kind !== 'demonym') continue
      const foreigner = titledAfter(env.v.text, m.end, people, e.country)
      if (foreigner) marked.add(`${foreigner.id}@${m.sentence}`).add(`${e.id}#${m.start}`)
    }
  }
  for (const e of live) {
    // a state, or a body of one ("Chadian customs officers"), or a person of one
    const ofState =
      e.kind === 'state' || (e.affiliation !== null && env.reg.get(e.affiliation)?.kind === 'state')
    if (!ofState || e.country === null) continue
    for (const m of e.mentions) {
      // (the keys are built only when something is marked: nearly never)
      if (marked.size > 0 && (marked.has(`${e.id}@${m.sentence}`) || marked.has(`${e.id}#${m.start}`)))
        continue
      const seen = countries.get(m.sentence)
      countries.set(m.sentence, seen === undefined || seen === e.country ? e.country : null)
    }
  }
  for (const e of unplaced) {
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a))
    const country = countries.get(first.sentence)
    if (country) e.country = country
  }
}

/** Sectors of unnamed people who belong where they are: civilians, protesters, refugees. */
const LOCAL_SECTORS: ReadonlySet<string> = new Set(['CVL', 'OPP', 'REF'])

/**
 * "Three villagers were hurt in shelling in the north of the West Bank": unnamed civilians (and
 * protesters, refugees) without a country take the country of the place the clause after their first
 * mention locates them in.
 */
export function placeCivilians(env: ScanEnv, scanner: Scanner): void {
  for (const e of env.reg.live()) {
    if (e.known || e.named || e.country !== null || e.affiliation !== null) continue
    if (e.sector === null || !LOCAL_SECTORS.has(e.sector) || e.kind === 'state') continue
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a))
    // "told its citizens": the possessor's people, wherever they are
    if (OWNED.test(env.v.text.slice(Math.max(0, first.start - 7), first.start))) continue
    const country = scanner.locatedAfter(first.end)
    if (country) e.country = country
  }
}

const OWNED = /\b(?:its|their|his|her|our)\s+$/i
