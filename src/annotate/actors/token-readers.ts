/**
 * The token readers under the scan: at a token, the knowledge-base name, gazetteer place, role
 * title, group noun or organisation run that starts there, each read once and memoised; and the
 * helpers that record mentions and coreference slots.
 */
import type { MentionKind } from '../../doc/index.ts'
import type { KbEntry } from '../../kb/index.ts'
import { GROUP_NOUNS } from './group-nouns.ts'
import { ACTION_VERBS, NP_MODIFIERS, ORG_HEADS, PARTY_FAMILIES, PARTY_MEMBERS } from './lexicon.ts'
import { SKIP_POS, singularOf } from './phrase-words.ts'
import type { Ent } from './registry.ts'
import { affiliationOn, normTitle, personOn } from './roles.ts'
import type { Apposition, Found, Mod, PlaceFound, ScanEnv, Slot, SlotType } from './scan-env.ts'
import { ROLE_TITLES } from './titles.ts'
import {
  W_GROUP,
  W_GROUP_LONG,
  W_GROUP_SINGULAR,
  W_KB,
  W_PLURAL_GROUP,
  W_START,
  W_TITLE,
  type WordClasses,
  wordClasses,
} from './word-classes.ts'

/** An organisation run: [end, head word, start of the "of" part or -1]. */
export type OrgRun = readonly [number, string, number]

export abstract class TokenReaders {
  readonly slots: Slot[] = []
  readonly appositions: Apposition[] = []
  protected readonly kbMemo: Array<Found | null | undefined>
  protected readonly placeMemo: Array<PlaceFound | null | undefined>
  /** Country code -> its state entry. */
  protected readonly stateOf: ReadonlyMap<string, KbEntry>
  protected readonly titleMemo: Array<[string, number] | null | undefined>
  protected readonly groupMemo: Array<[string, string, number, boolean] | null | undefined>
  private readonly orgMemo: Array<OrgRun | null | undefined>
  /** The sector a modifier of the current phrase implies ("military spokesman" -> MIL). */
  protected modSector: string | null = null
  /** Demonyms coordinated with the phrase's last one ("Hungarian and Romanian officials"). */
  protected coordinated: Mod[] = []
  /** The word classes of this knowledge base, and of each token's norm (-1: not read yet). */
  private readonly classes: WordClasses
  private readonly wordMemo: Int8Array
  private readonly lemmaMemo: Int8Array

  constructor(protected readonly env: ScanEnv) {
    // packed arrays, one slot per token (+1 for look-ahead past the end)
    const n = env.v.n + 1
    this.kbMemo = new Array(n).fill(undefined)
    this.placeMemo = new Array(n).fill(undefined)
    this.stateOf = statesByCountry(env.kb.entries)
    this.titleMemo = new Array(n).fill(undefined)
    this.groupMemo = new Array(n).fill(undefined)
    this.orgMemo = new Array(n).fill(undefined)
    this.classes = wordClasses(env.index)
    this.wordMemo = new Int8Array(n).fill(-1)
    this.lemmaMemo = new Int8Array(n).fill(-1)
  }

  /** The word classes of token i's norm (`W_*` bits). */
  protected wordBits(i: number): number {
    const known = this.wordMemo[i]
    if (known !== undefined && known >= 0) return known
    const { v } = this.env
    // the commonest answer, none, read off the text: the norm string is not made for it
    const bits = v.shapeOf(i, this.classes.mayHave) ? this.classes(v.norm(i)) : 0
    if (known !== undefined) this.wordMemo[i] = bits
    return bits
  }

  /** The word classes of token i's lemma. */
  protected lemmaBits(i: number): number {
    const known = this.lemmaMemo[i]
    if (known !== undefined && known >= 0) return known
    // (a lemma equal to the norm has the norm's classes; the reader's own first test is as cheap);
    // most lemmas are in no class, which their first letters and length tell before any string is made
    const { v } = this.env
    const bits = v.lemmaShapeOf(i, this.classes.mayHave) ? this.classes(v.lemma(i)) : 0
    if (known !== undefined) this.lemmaMemo[i] = bits
    return bits
  }

  // ---------------------------------------------------------------- KB helpers

  protected kbAt(i: number): Found | null {
    // each memo read inline (not through one generic helper): the look-up of a token already read is
    // the commonest call of the scan, and a shared helper's call sites would see four element types;
    // stored only inside the packed array (a store at -1 or past the end makes it a dictionary), and
    // never read at a negative index (that read takes the slow path of a named property)
    const known = i >= 0 ? this.kbMemo[i] : undefined
    if (known !== undefined) return known
    const found = this.readKb(i)
    if (i >= 0 && i < this.kbMemo.length) this.kbMemo[i] = found
    return found
  }

  protected readKb(i: number): Found | null {
    const { v, index, kb } = this.env
    if (i >= v.n) return null
    const m = index.match(this.env.folded, v.start(i))
    if (!m) return null
    const next = v.tokenAt(m.end, i + 1)
    if (v.start(next) !== m.end && next < v.n && v.end(next - 1) !== m.end) return null
    const target = m.targets[0]!
    const entry = kb.byId.get(target.id)
    return entry ? { target, entry, next } : null
  }

  /** A gazetteer place at token i, memoised. */
  protected placeAt(i: number): PlaceFound | null {
    const known = i >= 0 ? this.placeMemo[i] : undefined
    if (known !== undefined) return known
    const found = this.readPlace(i)
    if (i >= 0 && i < this.placeMemo.length) this.placeMemo[i] = found
    return found
  }

  protected readPlace(i: number): PlaceFound | null {
    const { v, places } = this.env
    if (i >= v.n || !v.isCap(i)) return null
    const m = places.match(this.env.folded, v.start(i))
    if (!m) return null
    const next = v.tokenAt(m.end, i + 1)
    if (v.start(next) !== m.end && next < v.n && v.end(next - 1) !== m.end) return null
    const state = m.country === null ? null : (this.stateOf.get(m.country) ?? null)
    const name = v.text.slice(m.start, m.end)
    // (the demonyms are listed only for a demonym that may be plural)
    const plural =
      m.demonym &&
      name.endsWith('s') &&
      m.places.flatMap((p) => p.demonyms ?? []).some((d) => d !== name && name.startsWith(d))
    const id = m.places.length === 1 ? m.places[0]!.id : null
    return { state, id, name, demonym: m.demonym, plural, next }
  }

  /** A place at i that reads further than any KB name there ("Kyiv region" vs the capital "Kyiv"). */
  protected placeOver(i: number): PlaceFound | null {
    const p = this.placeAt(i)
    if (!p) return null
    const f = this.kbAt(i)
    return f && f.next >= p.next ? null : p
  }

  /** The sector a KB body gives its office holders (undefined for states and unknown ids). */
  protected readonly bodySectorOf = (id: string): string | null | undefined => {
    const body = this.env.kb.byId.get(id)
    return body && body.kind !== 'state' ? body.sector : undefined
  }

  private readonly chainOf = (id: string): string | null => this.env.kb.byId.get(id)?.affiliation ?? null

  kbEnt(entry: KbEntry): Ent {
    // a record made already is returned as it is: its dated view need not be worked out again
    const made = this.env.reg.get(entry.id)
    if (made) return made
    const view =
      entry.kind === 'person'
        ? personOn(entry, this.env.dated ? this.env.date : null, this.bodySectorOf)
        : { role: null, sector: entry.sector }
    return this.env.reg.ensure({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      country: entry.country,
      sector: view.sector,
      affiliation:
        entry.kind === 'person'
          ? affiliationOn(entry, this.env.dated ? this.env.date : null, this.chainOf, this.bodySectorOf)
          : entry.affiliation,
      role: view.role,
      known: true,
    })
  }

  protected mention(ent: Ent, from: number, to: number, kind: MentionKind): void {
    const { v } = this.env
    if (to <= from) return
    this.env.reg.mention(ent, {
      start: v.start(from),
      end: v.end(to - 1),
      kind,
      sentence: v.sentence(from),
      token: from,
    })
  }

  protected slot(
    type: SlotType,
    from: number,
    to: number,
    value: string,
    of: Ent | null,
    sector: string | null = null,
  ): void {
    const { v } = this.env
    this.slots.push({
      type,
      start: v.start(from),
      end: v.end(to - 1),
      sentence: v.sentence(from),
      token: from,
      value,
      of,
      sector,
    })
  }

  // ---------------------------------------------------------------- lexicon readers

  /** Longest role title at i: [title, next index]. Memoised per token. */
  protected title(i: number): [string, number] | null {
    const known = i >= 0 ? this.titleMemo[i] : undefined
    if (known !== undefined) return known
    const found = this.readTitle(i)
    if (i >= 0 && i < this.titleMemo.length) this.titleMemo[i] = found
    return found
  }

  protected readTitle(i: number): [string, number] | null {
    const { v } = this.env
    if ((this.wordBits(i) & W_TITLE) === 0) return null
    // "a 150-member parliament", "a three-judge panel": a number glued to the word makes it an adjective
    if (i >= 2 && v.glued(i) && v.word(i - 1) === '-' && v.pos(i - 2) === 'NUM') return null
    // the words from i joined, each length once (not rebuilt for every candidate length);
    // glued hyphens stay glued: "Secretary-General" -> "secretary-general"
    const longest = Math.min(4, v.n - i)
    let words = v.norm(i)
    TITLE_WORDS[1] = words
    for (let k = 1; k < longest; k++) {
      words += v.glued(i + k) ? v.norm(i + k) : ` ${v.norm(i + k)}`
      TITLE_WORDS[k + 1] = words
    }
    for (let len = longest; len >= 1; len--) {
      words = TITLE_WORDS[len]!
      const t = words.includes('defence') ? normTitle(words) : words
      const last = v.pos(i + len - 1)
      // a title is a noun: "the official news agency" has an adjective; "the army chief said" is tagged
      // ADJ but heads its phrase, as the subject of a verb
      const next = v.pos(i + len)
      const heads = last === 'ADJ' && (next === 'VERB' || next === 'AUX')
      // "secretary general", "attorney general": the postposed "general" (tagged ADJ) ends the title
      const postposed = len >= 2 && last === 'ADJ' && v.norm(i + len - 1) === 'general'
      if (ROLE_TITLES.has(t) && (last === 'NOUN' || last === 'PROPN' || heads || postposed))
        return [t, i + len]
    }
    return null
  }

  /** Longest group noun at i (by lemma or form): [lemma, sector, next index, plural]. Memoised. */
  protected group(i: number): [string, string, number, boolean] | null {
    const known = i >= 0 ? this.groupMemo[i] : undefined
    if (known !== undefined) return known
    const found = this.readGroup(i)
    if (i >= 0 && i < this.groupMemo.length) this.groupMemo[i] = found
    return found
  }

  protected readGroup(i: number): [string, string, number, boolean] | null {
    const { v } = this.env
    const bits = this.wordBits(i)
    const lemmaBits = this.lemmaBits(i)
    if ((bits & (W_GROUP | W_GROUP_SINGULAR)) === 0 && (lemmaBits & W_GROUP) === 0) return null
    // only a word that starts a group noun of several words is read further than itself
    const longest = ((bits | lemmaBits) & W_GROUP_LONG) !== 0 ? 3 : 1
    for (let len = longest; len >= 1; len--) {
      if (i + len > v.n) continue
      const last = i + len - 1
      // a participle used as a noun after a determiner: "the displaced", "Sudan's displaced"
      const nominal = len === 1 && v.pos(last) === 'VERB' && (v.pos(i - 1) === 'DET' || v.isPossessive(i - 1))
      if (v.pos(last) !== 'NOUN' && v.pos(last) !== 'PROPN' && v.pos(last) !== 'ADJ' && !nominal) continue
      let lemmas = v.lemma(i)
      let joined = v.norm(i)
      for (let k = 1; k < len; k++) {
        lemmas += ` ${v.lemma(i + k)}`
        joined += ` ${v.norm(i + k)}`
      }
      const plural = v.norm(last) !== v.lemma(last)
      const sector = groupSector(lemmas)
      if (sector) return [lemmas, sector, i + len, plural]
      const sectorJoined = groupSector(joined)
      if (sectorJoined) return [joined, sectorJoined, i + len, plural]
      const singular = singularOf(joined)
      const sectorSingular = groupSector(singular)
      if (sectorSingular) return [singular, sectorSingular, i + len, plural]
    }
    return null
  }

  /**
   * A capitalised run with an organisation head word: "Foreign Ministry", "Bank of Mexico",
   * "Massachusetts Institute of Technology". Returns [end, head word, start of the "of" part].
   */
  protected orgRun(i: number): OrgRun | null {
    // memoised like the readers above: a capitalised word is asked by the modifier, head and name readers
    const known = i >= 0 ? this.orgMemo[i] : undefined
    if (known !== undefined) return known
    const found = this.readOrgRun(i)
    if (i >= 0 && i < this.orgMemo.length) this.orgMemo[i] = found
    return found
  }

  private readOrgRun(i: number): OrgRun | null {
    const { v } = this.env
    if (!v.nameToken(i)) return null
    let end = v.nameRun(i)
    // a head word alone ("Union", "Party") names no organisation; "University of Tokyo" does
    const single = end - i < 2
    if (single && !(ORG_HEADS.has(v.norm(i)) && (v.norm(end) === 'of' || v.norm(end) === 'for'))) return null
    // "West Bank" is a place, not a bank; "Lagos State Government" reads its head after the place
    const place = this.placeOver(i)
    if (place && place.next >= end) return null
    let head: string | null = null
    for (let k = place ? place.next : i; k < end; k++) if (ORG_HEADS.has(v.norm(k))) head = v.norm(k)
    // "Social Democrats", "Progressive Conservatives": a party family's plural is a party
    if (head === null && !place && this.partyFamilyRun(i, end)) return [end, 'party', -1]
    let ofPart = -1
    const n = v.norm(end)
    if ((n === 'of' || n === 'for') && head !== null) {
      const from = v.norm(end + 1) === 'the' ? end + 2 : end + 1
      const more = v.nameRun(from)
      if (more > from) {
        ofPart = from
        end = more
      }
    }
    if (single && ofPart < 0) return null
    return head !== null ? [end, head, ofPart] : null
  }

  /** i..end is party-family words and a plural party name: "Social Democrats", "Young Republicans". */
  protected partyFamilyRun(i: number, end: number): boolean {
    const { v } = this.env
    if (end - i < 2 || !PARTY_MEMBERS.has(v.norm(end - 1))) return false
    for (let k = i; k < end - 1; k++) if (!PARTY_FAMILIES.has(v.norm(k))) return false
    return true
  }

  /** A speech or action verb at i, allowing auxiliaries before it ("has warned"). */
  protected acting(i: number): boolean {
    const { v } = this.env
    let j = i
    while (j < v.n && (v.pos(j) === 'AUX' || v.pos(j) === 'ADV' || v.pos(j) === 'PART') && j - i < 3) j++
    if (v.pos(j) === 'VERB') return ACTION_VERBS.has(v.lemma(j))
    // the tagger reads some past tenses after a name as adjectives ("Doha mediated the talks"); one
    // followed by a determiner or pronoun is the verb of the clause
    return v.pos(j) === 'ADJ' && OBJECT_START.has(v.pos(j + 1)) && pastOfAction(v.norm(j))
  }

  /**
   * True when the capital at from..i is the first of coordinated subjects that act: "Washington
   * and Moscow agreed", "Paris, Berlin and Rome rejected": every member is a capital or a state.
   */
  protected actingInCoordination(from: number, i: number): boolean {
    const { v } = this.env
    let j = i
    // "in Paris, France agreed": a comma alone is an address, not a coordination; an "and" must come
    let and = false
    for (let guard = 0; guard < 4 && (v.norm(j) === 'and' || v.isPunct(j, ',')); guard++) {
      const k = v.norm(j + 1) === 'and' ? j + 2 : j + 1
      if (k > j + 1 || v.norm(j) === 'and') and = true
      const f = this.kbAt(k)
      if (!f || (f.target.kind !== 'capital' && f.entry.kind !== 'state')) return false
      if (f.target.kind === 'demonym') return false
      j = f.next
    }
    // "between Paris and Berlin", "to Paris and Berlin": places after a preposition are no subjects
    return and && (from === 0 || v.pos(from - 1) !== 'ADP') && this.acting(j)
  }

  /**
   * True when the name at i is the object of a verb: right after it ("attacked Kabul", "visited
   * Beijing") or after a verb and a preposition of direction ("flew to Tehran", "marched into Kyiv").
   * A place merely located ("in Kabul", "from Kabul") is not.
   */
  protected objectOfAct(i: number): boolean {
    const { v } = this.env
    const before = i - 1
    if (before < 0) return false
    if (v.pos(before) === 'VERB') return !v.isCap(before)
    if (!TOWARDS.has(v.norm(before))) return false
    const verb = v.pos(before - 1) === 'ADV' ? before - 2 : before - 1
    return verb >= 0 && v.pos(verb) === 'VERB'
  }

  // ---------------------------------------------------------------- the phrase reader

  /** Cheap test: can a phrase of interest start at token i? Most tokens are skipped here. */
  protected interesting(i: number): boolean {
    const { v } = this.env
    if (v.isCap(i)) return true
    if (SKIP_POS.has(v.pos(i))) return false
    const bits = this.wordBits(i)
    if ((bits & (W_START | W_PLURAL_GROUP | W_KB)) !== 0 || v.pos(i) === 'NUM') return true
    return (this.lemmaBits(i) & W_START) !== 0
  }

  /** True when the word at j is a role or group noun that is not followed by another one. */
  protected isHeadHere(j: number): boolean {
    const t = this.title(j)
    const g = this.group(j)
    const next = Math.max(t?.[1] ?? 0, g?.[2] ?? 0)
    if (next === 0) return false
    return !(this.title(next) || this.group(next) || NP_MODIFIERS.has(this.env.v.norm(next)))
  }
}

/** Scratch for `readTitle`: the words from a token joined, by number of tokens (index 1 to 4). */
const TITLE_WORDS: string[] = ['', '', '', '', '']

function groupSector(key: string): string | undefined {
  return GROUP_NOUNS.get(key.includes('defence') ? key.replace(/defence/g, 'defense') : key)
}

/** Prepositions of direction after which a place is what an act is aimed at: "flew to Tehran". */
const TOWARDS: ReadonlySet<string> = new Set(['to', 'into', 'toward', 'towards'])

/** States by country code, built once per knowledge base (a document scan must not walk the KB). */
const statesOf = new WeakMap<readonly KbEntry[], Map<string, KbEntry>>()
function statesByCountry(entries: readonly KbEntry[]): Map<string, KbEntry> {
  let states = statesOf.get(entries)
  if (!states) {
    states = new Map()
    for (const e of entries) if (e.kind === 'state' && e.country !== null) states.set(e.country, e)
    statesOf.set(entries, states)
  }
  return states
}

const OBJECT_START = new Set(['DET', 'PRON', 'NUM'])

/** "mediated" -> mediate, "warned" -> warn, "planned" -> plan: an action verb's regular past tense. */
export function pastOfAction(word: string): boolean {
  if (word.length < 5 || !word.endsWith('ed')) return false
  const stem = word.slice(0, -2)
  return (
    ACTION_VERBS.has(`${stem}e`) ||
    ACTION_VERBS.has(stem) ||
    (stem.endsWith('i') && ACTION_VERBS.has(`${stem.slice(0, -1)}y`)) ||
    (stem.at(-1) === stem.at(-2) && ACTION_VERBS.has(stem.slice(0, -1)))
  )
}
