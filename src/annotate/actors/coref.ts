/**
 * Coreference: fills the slots the scan left — definite role nouns ("the spokesman", "the
 * Israeli prime minister", "the president"), "the group", "the country" and pronouns — with the
 * most recent compatible actor, and merges an unnamed description into the named person an
 * apposition reveals ("A Hamas spokesman … the spokesman, Ines Okonma").
 */
import { type ActorKind, firstStartingAt } from '../../doc/index.ts'
import { UNKNOWN_SECTOR } from './lexicon.ts'
import { officeSector } from './name-reader.ts'
import type { Ent, Registry } from './registry.ts'
import { resolve } from './registry.ts'
import { normTitle } from './roles.ts'
import type { Apposition, ScanEnv, Scanner, Slot } from './scan.ts'
import { slug } from './scan.ts'

interface Placed {
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly ent: Ent
}

function placedMentions(reg: Registry): Placed[] {
  const out: Placed[] = []
  for (const ent of reg.live())
    for (const m of ent.mentions) out.push({ start: m.start, end: m.end, sentence: m.sentence, ent })
  return out.sort((a, b) => a.start - b.start)
}

/** The index of the first mention in sentence `sentence` or a later one, in a list in text order. */
export function firstInSentence(placed: readonly { readonly sentence: number }[], sentence: number): number {
  let lo = 0
  let hi = placed.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (placed[mid]!.sentence < sentence) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** True when a person's role matches a title: "spokesman" ~ "Hamas spokesman", "President" ~ "president". */
export function roleMatches(role: string | null, title: string): boolean {
  if (role === null) return false
  const r = normTitle(role)
  const t = normTitle(title)
  if (r.startsWith('former ')) return false
  return r === t || r.endsWith(` ${t}`) || (t === 'spokesman' && /spokes/.test(r))
}

function compatible(ent: Ent, of: Ent | null): boolean {
  if (!of) return true
  return ent.affiliation === of.id || (ent.country !== null && ent.country === of.country) || ent.id === of.id
}

export function corefer(env: ScanEnv, scanner: Scanner): void {
  const { reg } = env
  type Item = { at: number; slot?: Slot; app?: Apposition }
  const items: Item[] = (
    [
      ...scanner.slots.map((slot) => ({ at: slot.start, slot })),
      ...scanner.appositions.map((app) => ({ at: app.at, app })),
    ] as Item[]
  ).sort((a, b) => a.at - b.at || (a.app ? -1 : 1))
  let placed = placedMentions(reg)
  const before = (at: number, ok: (e: Ent) => boolean, minSentence = -1): Placed | null => {
    // placed is in text order: the mentions from `at` on are skipped by a binary search, not one by one
    for (let k = firstStartingAt(placed, at) - 1; k >= 0; k--) {
      const p = placed[k]!
      if (p.sentence < minSentence) return null
      const ent = resolve(p.ent)
      if (ok(ent)) return { ...p, ent }
    }
    return null
  }
  const add = (ent: Ent, slot: Slot, kind: 'role' | 'pronoun'): void => {
    reg.mention(ent, { start: slot.start, end: slot.end, kind, sentence: slot.sentence, token: slot.token })
    let k = placed.length
    while (k > 0 && placed[k - 1]!.start > slot.start) k--
    placed.splice(k, 0, { start: slot.start, end: slot.end, sentence: slot.sentence, ent: resolve(ent) })
  }

  let properNoun = -1
  const firstProperNoun = (): number => {
    if (properNoun < 0) {
      properNoun = 0
      while (properNoun < env.v.n && env.v.pos(properNoun) !== 'PROPN') properNoun++
    }
    return properNoun
  }

  for (const item of items) {
    if (item.app) {
      const { ent, role, at } = item.app
      const earlier = before(
        at,
        (e) => e !== resolve(ent) && !e.named && e.kind === 'person' && roleMatches(e.role, role),
      )
      if (earlier) {
        reg.merge(earlier.ent, ent)
        placed = placedMentions(reg)
      }
      continue
    }
    const slot = item.slot!
    if (slot.type === 'role') {
      // "Ismail Haniyeh, the leader of Hamas' political wing": a role right after a named person and a
      // comma is in apposition to them, whatever title the KB gives them (a former one, a longer one)
      const apposed = before(slot.start, (e) => e.kind === 'person' && e.named, slot.sentence)
      // but "Ben Ruiz, the president's adviser": a possessive role names someone else
      if (
        apposed &&
        /^\s*,\s*$/.test(env.v.text.slice(apposed.end, slot.start)) &&
        !/^['’]s(?!\p{L})/u.test(env.v.text.slice(slot.end, slot.end + 3)) &&
        !(slot.of?.country && apposed.ent.country && slot.of.country !== apposed.ent.country)
      ) {
        const ent = apposed.ent
        ent.role ??= slot.value
        ent.affiliation ??= slot.of?.id ?? null
        ent.country ??= slot.of?.country ?? null
        ent.sector ??= slot.sector ?? sectorFor(slot.value, slot.of)
        add(ent, slot, 'role')
        continue
      }
      const found = before(
        slot.start,
        (e) => e.kind === 'person' && roleMatches(e.role, slot.value) && compatible(e, slot.of),
      )
      if (found) {
        add(found.ent, slot, 'role')
        continue
      }
      if (slot.of) {
        const holder = env.roles.holder(slot.value, slot.of.id, env.date)
        const ent = holder ? scannerEnt(scanner, holder.id, env) : null
        if (ent) {
          add(ent, slot, 'role')
          continue
        }
      }
      // "who will be the prime minister", "the office of prime minister": an office, no one yet
      if (unheld(env, slot.token)) continue
      const stem = `${slot.of ? slot.of.id : 'unnamed'}-${slug(slot.value)}`
      const ent = reg.ensure({
        id: stem,
        name: slot.of ? `${slot.of.name} ${slot.value}` : slot.value,
        kind: 'person',
        country: slot.of?.country ?? null,
        sector: null,
        affiliation: slot.of?.id ?? null,
        role: slot.value,
        known: false,
        named: false,
      })
      ent.sector ??= slot.sector ?? sectorFor(slot.value, slot.of)
      add(ent, slot, 'role')
      continue
    }
    if (slot.type === 'org' || slot.type === 'state') {
      const kinds: ActorKind[] = slot.type === 'org' ? ['group', 'organization'] : ['state']
      const found = before(slot.start, (e) => kinds.includes(e.kind) && e.named !== false)
      const governs = slot.type === 'state' && slot.value !== 'country' && slot.value !== 'nation'
      if (found) {
        if (governs) found.ent.governmental = true
        add(found.ent, slot, 'role')
      } else if (governs) {
        // "the government" of a country the text never names: a government all the same
        const ent = reg.ensure({
          id: 'unnamed-government',
          name: 'government',
          kind: 'organization',
          country: null,
          sector: 'GOV',
          affiliation: null,
          role: null,
          known: false,
          named: false,
        })
        add(ent, slot, 'role')
      }
      continue
    }
    // pronouns
    const gender = slot.value
    if (gender === 'it') {
      const found = before(slot.start, (e) => e.kind !== 'person' && !isPlural(e), slot.sentence - 1)
      if (found) add(found.ent, slot, 'pronoun')
      continue
    }
    if (gender === 'who') {
      // "Sami Odeh, who said …": the actor named right before the comma
      const found = before(slot.start, () => true, slot.sentence)
      if (found && /^\s*,\s*$/.test(env.v.text.slice(found.end, slot.start))) add(found.ent, slot, 'pronoun')
      continue
    }
    if (gender === 'pl') {
      // they/their: a plural group ("protesters", "Israeli officials") or a side, nearest first
      const found = before(slot.start, (e) => e.kind !== 'person', slot.sentence - 1)
      // only a plural-looking mention ("Israeli officials", "the Iranians") is a "they";
      // "Qatar and Egypt … they": both, which one actor cannot hold; leave it
      const plural = found !== null && /s$/.test(env.v.text.slice(found.start, found.end))
      if (found && plural && !coordinated(env.v.text, found.start)) add(found.ent, slot, 'pronoun')
      continue
    }
    const fits = (e: Ent) => e.kind === 'person' && (e.gender === null || e.gender === gender)
    const same = before(slot.start, fits, slot.sentence)
    let pick = same && same.sentence === slot.sentence ? same : null
    if (!pick) {
      const recent = before(slot.start, fits, slot.sentence - 3)
      if (recent) {
        // the subject of that sentence: its first compatible person mention
        pick = recent
        // (mentions in text order are in sentence order: the search starts at that sentence's first)
        for (let k = firstInSentence(placed, recent.sentence); k < placed.length; k++) {
          const p = placed[k]!
          if (p.start >= recent.start) break
          if (p.sentence === recent.sentence && fits(resolve(p.ent))) {
            pick = { ...p, ent: resolve(p.ent) }
            break
          }
        }
      }
    }
    if (pick) {
      pick.ent.gender ??= gender === 'm' || gender === 'f' ? gender : null
      add(pick.ent, slot, 'pronoun')
    } else if (
      SUBJECT_PRONOUNS.has(env.v.text.slice(slot.start, slot.end).toLowerCase()) &&
      slot.token < firstProperNoun() &&
      !before(slot.start, (e) => e.kind === 'person')
    ) {
      // "He said ..." with no person and no name anywhere before it: someone the text does not
      // name, whose sector is unknown (UNK, as CAMEO codes it); later pronouns of that gender
      // corefer with them. After a name, an unresolved pronoun more likely means someone the scan
      // missed ("Bernie Sanders Says He's ..." in a headline): left alone.
      add(unnamedPerson(reg, gender === 'f' ? 'f' : 'm'), slot, 'pronoun')
    }
  }
}

/**
 * A role description the article never ties to a name ("Kremlin spokesman says …" in a headline, before
 * "Kremlin spokesman Dmitry Peskov") is the named person of the article holding that role for the same
 * body, when exactly one does. Indefinite descriptions ("a Hamas official") stay apart: they introduce
 * someone else, an unnamed source.
 */
export function joinRoleHolders(reg: Registry): void {
  const live = reg.live()
  const named = live.filter((e) => e.kind === 'person' && e.named && e.role !== null)
  if (named.length === 0) return
  for (const desc of live) {
    if (desc.kind !== 'person' || desc.named || desc.role === null) continue
    if (desc.affiliation === null && desc.country === null) continue
    if (desc.mentions.some((m) => m.kind !== 'role' && m.kind !== 'pronoun')) continue
    // every named holder that could be meant, those of unknown country too: one, and surely of that body
    const same = (e: Ent) =>
      e.affiliation === desc.affiliation || (desc.country !== null && e.country === desc.country)
    const holders = named.filter(
      (e) =>
        roleMatches(e.role, desc.role!) &&
        (same(e) || e.country === null) &&
        (e.sector === null || desc.sector === null || e.sector === desc.sector),
    )
    if (holders.length !== 1 || !same(holders[0]!)) continue
    const holder = holders[0]!
    // the holder's own title ("Kremlin spokesman") says more than the bare role word
    const role = holder.role
    reg.merge(desc, holder)
    holder.role = role
  }
}

const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])

/** Nouns whose of-part is an office, not its holder: "the post of prime minister". */
const OFFICE_NOUNS: ReadonlySet<string> = new Set(['office', 'post', 'position', 'job', 'role', 'seat'])

/** True when a role phrase starting at token k names an office rather than a person: a predicate, an of-part of "post". */
function unheld(env: ScanEnv, k: number): boolean {
  const { v } = env
  if (k > 0 && v.lemma(k - 1) === 'be' && v.norm(k) === 'the') return true
  // "the post of (Dutch) prime minister": at most one modifier between "of" and the title
  for (let j = k - 1; j >= Math.max(1, k - 2); j--)
    if (v.norm(j) === 'of') return OFFICE_NOUNS.has(v.norm(j - 1))
  return false
}

function unnamedPerson(reg: Registry, gender: 'm' | 'f'): Ent {
  return reg.ensure({
    id: reg.freshId('unnamed-person'),
    name: gender === 'm' ? 'he' : 'she',
    kind: 'person',
    country: null,
    sector: UNKNOWN_SECTOR,
    affiliation: null,
    role: null,
    known: false,
    named: false,
    gender,
  })
}

function scannerEnt(scanner: Scanner, id: string, env: ScanEnv): Ent | null {
  const entry = env.kb.byId.get(id)
  return entry ? scanner.kbEnt(entry) : null
}

function sectorFor(title: string, of: Ent | null): string | null {
  return officeSector(of, title) ?? of?.sector ?? null
}

/** A group named by a plural noun ("Israeli protesters", "Ukrainians"): "they", not "it". */
function isPlural(e: Ent): boolean {
  return e.kind === 'group' && !e.named && /s$/.test(e.name)
}

/** True when the mention at `start` is the second member of a coordination ("Qatar and Egypt"). */
function coordinated(text: string, start: number): boolean {
  return /[\p{L}.)]\s+(?:and|&)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, start - 40), start))
}
