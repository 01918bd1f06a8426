/**
 * The left-to-right pass: at each token, read a noun phrase of the shapes news uses for actors
 * and record what it refers to.
 *
 *   [det] [modifiers: demonym | KB name (+ 's) | capital (+ 's) | Unknown Ministry | top, senior…]*
 *   head: role title ("prime minister") | group noun ("officials", "soldiers") | name
 *   [Name after a title] [, appositive ,] [from/of/in + KB actor]
 *
 * Definite role nouns, "the group" and pronouns become slots that the coreference pass fills.
 */
import type { MentionKind } from '../../doc/index.ts'
import type { AliasIndex, AliasTarget, Kb, KbEntry, PlaceIndex } from '../../kb/index.ts'
import {
  ACTION_VERBS,
  FORMER,
  GROUP_NOUNS,
  HONORIFIC_GENDER,
  NP_MODIFIERS,
  ORG_HEADS,
  PRONOUNS,
  ROLE_TITLES,
} from './lexicon.ts'
import type { Ent, Registry } from './registry.ts'
import { normTitle, personOn, type RoleIndex, titleSector } from './roles.ts'
import type { TokenView } from './tokens-view.ts'

export type SlotType = 'role' | 'org' | 'state' | 'pronoun'

export interface Slot {
  readonly type: SlotType
  readonly start: number
  readonly end: number
  readonly sentence: number
  readonly token: number
  /** Role slots: the title; pronoun slots: m / f / it. */
  readonly value: string
  /** The actor the phrase names as affiliation ("the Israeli prime minister" -> Israel). */
  readonly of: Ent | null
  /** Role slots: the sector the title or its modifiers imply. */
  readonly sector: string | null
}

export interface Apposition {
  readonly ent: Ent
  readonly role: string
  readonly at: number
}

export interface ScanEnv {
  readonly v: TokenView
  readonly folded: string
  readonly kb: Kb
  readonly index: AliasIndex
  /** The gazetteer: cities, regions and territories give a country, they are never actors. */
  readonly places: PlaceIndex
  readonly roles: RoleIndex
  /** The article's date, or the reference date when it has none. */
  readonly date: string
  /** False when the article has no date of its own. */
  readonly dated: boolean
  readonly reg: Registry
}

interface Mod {
  readonly ent: Ent
  readonly via: 'demonym' | 'name' | 'capital' | 'office' | 'org' | 'place'
  /** What the phrase calls the affiliation when it is not the actor's name ("Kerala" for India). */
  readonly label?: string
  /** The gazetteer place the modifier names. */
  readonly place?: string | null
  /** Token range of the modifier. */
  readonly from?: number
  readonly to?: number
  /** A plural demonym ("Kazakhs"): alone, it names the people. */
  readonly plural?: boolean
}

/** A place name at a token: its country's state entry (null when the form is ambiguous). */
interface PlaceFound {
  readonly state: KbEntry | null
  /** The place's id when the form names one place only. */
  readonly id: string | null
  readonly name: string
  /** A demonym ("Kashmiri"); plural ("Kashmiris"): alone, it names the inhabitants. */
  readonly demonym: boolean
  readonly plural: boolean
  /** Token index after the match. */
  readonly next: number
}

interface Found {
  readonly target: AliasTarget
  readonly entry: KbEntry
  /** Token index after the match. */
  readonly next: number
}

const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'state',
  'note',
  'explain',
  'write',
  'insist',
  'announce',
  'warn',
])
const ORG_COREF = new Set(['group', 'organization', 'organisation', 'movement', 'militia', 'faction'])
const STATE_COREF = new Set(['country', 'nation', 'kingdom', 'republic'])
/** Group nouns that name nothing without an affiliation ("the office", "the party"). */
const NEEDS_AFFILIATION = new Set([
  'official',
  'authority',
  'government',
  'administration',
  'regime',
  'cabinet',
  'leadership',
  'ministry',
  'department',
  'junta',
  'negotiator',
  'diplomat',
  'delegation',
  'office',
  'state',
  'leader',
  'force',
  'party',
  'court',
  'bank',
  'business',
  'company',
  'firm',
  'school',
  'hospital',
  'union',
  'assembly',
  'media',
  'public',
  'family',
  'people',
  'fleet',
  'jet',
  'tank',
  'guard',
  'agent',
  'general',
  'commander',
  'worker',
  'student',
  'intelligence',
])
const ORG_HEAD_SECTOR: Record<string, string> = {
  ministry: 'GOV',
  department: 'GOV',
  office: 'GOV',
  agency: 'GOV',
  council: 'GOV',
  commission: 'GOV',
  authority: 'GOV',
  cabinet: 'GOV',
  government: 'GOV',
  administration: 'GOV',
  bureau: 'GOV',
  service: 'GOV',
  party: 'PTY',
  movement: 'OPP',
  front: 'REB',
  brigades: 'REB',
  brigade: 'REB',
  army: 'MIL',
  forces: 'MIL',
  force: 'MIL',
  guard: 'MIL',
  fleet: 'MIL',
  navy: 'MIL',
  union: 'LAB',
  court: 'JUD',
  parliament: 'LEG',
  assembly: 'LEG',
  senate: 'LEG',
  congress: 'LEG',
  bank: 'BUS',
  corporation: 'BUS',
  company: 'BUS',
  'inc.': 'BUS',
  ltd: 'BUS',
  university: 'EDU',
  college: 'EDU',
  institute: 'EDU',
  police: 'COP',
  church: 'REL',
  cartel: 'CRM',
  times: 'JRN',
  post: 'JRN',
  news: 'JRN',
  network: 'JRN',
}
const QUANTITY = new Set([
  'dozen',
  'dozens',
  'over',
  'about',
  'around',
  'nearly',
  'almost',
  'hundred',
  'thousand',
  'more',
  'than',
])
/** Nouns that only say "a body of": "paramilitary organization", "gang confederations". */
const BODY_NOUNS = new Set([
  'organization',
  'organisation',
  'group',
  'unit',
  'confederation',
  'network',
  'outfit',
  'ring',
  'cell',
  'faction',
])
const TITLE_FIRST = new Set([...ROLE_TITLES.keys()].map((t) => t.split(' ')[0]!))
const GROUP_FIRST = new Set([...GROUP_NOUNS.keys()].map((t) => t.split(' ')[0]!))

/** Parts of speech no lower-case actor phrase starts with. */
const SKIP_POS = new Set(['PUNCT', 'ADP', 'VERB', 'AUX', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'SYM', 'INTJ'])
/** Every word a phrase of interest can start with, besides capitalised words and KB forms. */
const START_WORDS = new Set([
  ...TITLE_FIRST,
  ...GROUP_FIRST,
  ...NP_MODIFIERS,
  ...QUANTITY,
  ...PRONOUNS.keys(),
  'who',
  'the',
  'a',
  'an',
])

function singularOf(s: string): string {
  return s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') ? s.slice(0, -1) : s
}
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.'])
const MIL_LIKE = new Set(['GOV', 'MIL', 'COP', 'SPY', 'LEG', 'JUD'])

export function slug(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'actor'
  )
}

export class Scanner {
  readonly slots: Slot[] = []
  readonly appositions: Apposition[] = []
  private readonly surnames = new Map<string, Ent>()
  /** A name run read without result: the scan resumes after it, not inside it. */
  private skipTo = 0
  /** Full names seen without evidence, by surname, until the surname comes back alone. */
  private readonly candidates = new Map<string, { text: string; from: number; to: number }>()
  private readonly kbMemo: Array<Found | null | undefined>
  private readonly placeMemo: Array<PlaceFound | null | undefined>
  /** Country code -> its state entry. */
  private readonly stateOf: ReadonlyMap<string, KbEntry>
  private readonly titleMemo: Array<[string, number] | null | undefined>
  private readonly groupMemo: Array<[string, string, number, boolean] | null | undefined>
  /** The sector a modifier of the current phrase implies ("military spokesman" -> MIL). */
  private modSector: string | null = null

  constructor(private readonly env: ScanEnv) {
    // packed arrays, one slot per token (+1 for look-ahead past the end)
    const n = env.v.n + 1
    this.kbMemo = new Array(n).fill(undefined)
    this.placeMemo = new Array(n).fill(undefined)
    const states = new Map<string, KbEntry>()
    for (const e of env.kb.entries) if (e.kind === 'state' && e.country !== null) states.set(e.country, e)
    this.stateOf = states
    this.titleMemo = new Array(n).fill(undefined)
    this.groupMemo = new Array(n).fill(undefined)
  }

  run(): void {
    const { v } = this.env
    let i = 0
    while (i < v.n) {
      const next = this.at(i)
      i = Math.max(next, i + 1, this.skipTo)
    }
  }

  // ---------------------------------------------------------------- KB helpers

  private kbAt(i: number): Found | null {
    return memoAt(this.kbMemo, i, () => this.readKb(i))
  }

  private readKb(i: number): Found | null {
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
  private placeAt(i: number): PlaceFound | null {
    return memoAt(this.placeMemo, i, () => this.readPlace(i))
  }

  private readPlace(i: number): PlaceFound | null {
    const { v, places } = this.env
    if (i >= v.n || !v.isCap(i)) return null
    const m = places.match(this.env.folded, v.start(i))
    if (!m) return null
    const next = v.tokenAt(m.end, i + 1)
    if (v.start(next) !== m.end && next < v.n && v.end(next - 1) !== m.end) return null
    const state = m.country === null ? null : (this.stateOf.get(m.country) ?? null)
    const name = v.text.slice(m.start, m.end)
    const forms = m.places.flatMap((p) => p.demonyms ?? [])
    const plural = m.demonym && /s$/.test(name) && forms.some((d) => d !== name && name.startsWith(d))
    const id = m.places.length === 1 ? m.places[0]!.id : null
    return { state, id, name, demonym: m.demonym, plural, next }
  }

  /** A place at i that reads further than any KB name there ("Kyiv region" vs the capital "Kyiv"). */
  private placeOver(i: number): PlaceFound | null {
    const p = this.placeAt(i)
    if (!p) return null
    const f = this.kbAt(i)
    return f && f.next >= p.next ? null : p
  }

  kbEnt(entry: KbEntry): Ent {
    const view =
      entry.kind === 'person'
        ? personOn(entry, this.env.dated ? this.env.date : null, (id) => {
            const body = this.env.kb.byId.get(id)
            return body && body.kind !== 'state' ? body.sector : undefined
          })
        : { role: null, sector: entry.sector }
    return this.env.reg.ensure({
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      country: entry.country,
      sector: view.sector,
      affiliation: entry.affiliation,
      role: view.role,
      known: true,
    })
  }

  private mention(ent: Ent, from: number, to: number, kind: MentionKind): void {
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

  private slot(
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
  private title(i: number): [string, number] | null {
    return memoAt(this.titleMemo, i, () => this.readTitle(i))
  }

  private readTitle(i: number): [string, number] | null {
    const { v } = this.env
    if (!TITLE_FIRST.has(v.norm(i).replace(/defence/, 'defense'))) return null
    for (let len = 4; len >= 1; len--) {
      if (i + len > v.n) continue
      let words = v.norm(i)
      // glued hyphens stay glued: "Secretary-General" -> "secretary-general"
      for (let k = 1; k < len; k++) words += v.glued(i + k) ? v.norm(i + k) : ` ${v.norm(i + k)}`
      const t = words.includes('defence') ? normTitle(words) : words
      const last = v.pos(i + len - 1)
      // a title is a noun: "the official news agency" has an adjective
      if (ROLE_TITLES.has(t) && (last === 'NOUN' || last === 'PROPN')) return [t, i + len]
    }
    return null
  }

  /** Longest group noun at i (by lemma or form): [lemma, sector, next index, plural]. Memoised. */
  private group(i: number): [string, string, number, boolean] | null {
    return memoAt(this.groupMemo, i, () => this.readGroup(i))
  }

  private readGroup(i: number): [string, string, number, boolean] | null {
    const { v } = this.env
    const first = v.norm(i)
    if (!GROUP_FIRST.has(first) && !GROUP_FIRST.has(v.lemma(i)) && !GROUP_FIRST.has(singularOf(first)))
      return null
    for (let len = 3; len >= 1; len--) {
      if (i + len > v.n) continue
      const last = i + len - 1
      if (v.pos(last) !== 'NOUN' && v.pos(last) !== 'PROPN' && v.pos(last) !== 'ADJ') continue
      let lemmas = v.lemma(i)
      let joined = v.norm(i)
      for (let k = 1; k < len; k++) {
        lemmas += ` ${v.lemma(i + k)}`
        joined += ` ${v.norm(i + k)}`
      }
      for (const key of [lemmas, joined, singularOf(joined)]) {
        const sector = GROUP_NOUNS.get(key.includes('defence') ? key.replace(/defence/g, 'defense') : key)
        if (sector) return [key, sector, i + len, v.norm(last) !== v.lemma(last)]
      }
    }
    return null
  }

  /**
   * A capitalised run with an organisation head word: "Foreign Ministry", "Bank of Mexico",
   * "Massachusetts Institute of Technology". Returns [end, head word, start of the "of" part].
   */
  private orgRun(i: number): [number, string, number] | null {
    const { v } = this.env
    if (!v.nameToken(i)) return null
    let end = v.nameRun(i)
    // a head word alone ("Union", "Party") names no organisation
    if (end - i < 2) return null
    // "West Bank" is a place, not a bank; "Lagos State Government" reads its head after the place
    const place = this.placeOver(i)
    if (place && place.next >= end) return null
    let head: string | null = null
    for (let k = place ? place.next : i; k < end; k++) if (ORG_HEADS.has(v.norm(k))) head = v.norm(k)
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
    return head !== null ? [end, head, ofPart] : null
  }

  /** A speech or action verb at i, allowing auxiliaries before it ("has warned"). */
  private acting(i: number): boolean {
    const { v } = this.env
    let j = i
    while (j < v.n && (v.pos(j) === 'AUX' || v.pos(j) === 'ADV' || v.pos(j) === 'PART') && j - i < 3) j++
    return v.pos(j) === 'VERB' && ACTION_VERBS.has(v.lemma(j))
  }

  // ---------------------------------------------------------------- the phrase reader

  /** Cheap test: can a phrase of interest start at token i? Most tokens are skipped here. */
  private interesting(i: number): boolean {
    const { v } = this.env
    if (v.isCap(i)) return true
    if (SKIP_POS.has(v.pos(i))) return false
    const n = v.norm(i)
    if (START_WORDS.has(n) || START_WORDS.has(v.lemma(i)) || v.pos(i) === 'NUM') return true
    if (n.endsWith('s') && GROUP_FIRST.has(singularOf(n))) return true
    return this.env.index.starts(n)
  }

  private at(i: number): number {
    const { v } = this.env
    if (!this.interesting(i)) return i + 1
    const norm = v.norm(i)
    const pr = PRONOUNS.get(norm)
    if (norm === 'who' && v.isPunct(i - 1, ',') && this.acting(i + 1)) {
      this.slot('pronoun', i, i + 1, 'who', null)
      return i + 1
    }
    if (pr && (v.pos(i) === 'PRON' || v.pos(i) === 'DET')) {
      // "it" and "they" only as the subject of a speech or action verb ("it said", "they rejected"):
      // "it is expected", "they were killed" refer to nothing or to victims
      const subjectOnly = norm === 'it' || norm === 'they'
      if (!subjectOnly || this.acting(i + 1)) this.slot('pronoun', i, i + 1, pr, null)
      return i + 1
    }
    let j = i
    let det: 'def' | 'indef' | null = null
    if (norm === 'the') {
      det = 'def'
      j++
    } else if (norm === 'a' || norm === 'an') {
      det = 'indef'
      j++
    }
    const mods: Mod[] = []
    let former = false
    this.modSector = null
    for (let guard = 0; guard < 8 && j < v.n; guard++) {
      const step = this.modifier(j, mods)
      if (step > j) {
        j = step
        continue
      }
      const n = v.norm(j)
      // a group noun modifying a role or another group noun: "intelligence agency officer"
      const g = this.group(j)
      // only a singular noun modifies ("army spokesman"); "the tanks head back" has a verb after it
      if (g && !g[3] && (this.title(g[2]) || this.group(g[2]))) {
        if (g[1] !== 'GOV') this.modSector = g[1]
        j = g[2]
        continue
      }
      if (NP_MODIFIERS.has(n) && !this.isHeadHere(j)) {
        if (FORMER.has(n)) former = true
        const sector = GROUP_NOUNS.get(n)
        if (sector && sector !== 'GOV') this.modSector = sector
        j++
        if (v.word(j) === '-' && v.glued(j)) j++
        continue
      }
      if (v.pos(j) === 'NUM' || QUANTITY.has(n)) {
        j++
        continue
      }
      break
    }
    return this.head(i, j, det, mods, former)
  }

  /** True when the word at j is a role or group noun that is not followed by another one. */
  private isHeadHere(j: number): boolean {
    const t = this.title(j)
    const g = this.group(j)
    const next = Math.max(t?.[1] ?? 0, g?.[2] ?? 0)
    if (next === 0) return false
    return !(this.title(next) || this.group(next) || NP_MODIFIERS.has(this.env.v.norm(next)))
  }

  /** Reads one modifier at j; returns the index after it, or j. */
  private modifier(j: number, mods: Mod[]): number {
    const { v, kb } = this.env
    const place = this.placeOver(j)
    if (place) {
      // "Shanghai police", "Donetsk separatists", "Kerala's chief minister": the place gives its country;
      // a place is never an actor itself, so nothing is mentioned here
      const after = place.next
      const poss = v.isPossessive(after)
      const rest = poss ? after + 1 : after
      const headNext =
        this.title(rest) !== null || this.group(rest) !== null || NP_MODIFIERS.has(v.norm(rest))
      if (!place.state || !(poss || headNext || place.demonym)) return j
      mods.push({
        ent: this.kbEnt(place.state),
        via: 'place',
        from: j,
        to: after,
        label: place.name,
        place: place.id,
        plural: place.plural,
      })
      return rest
    }
    const f = this.kbAt(j)
    if (f) {
      const after = f.next
      if (v.word(after) === '-' && v.norm(after + 1) === 'based' && f.entry.kind === 'state') {
        // "a Somalia-based group": the country, not a mention of the state acting
        mods.push({ ent: this.kbEnt(f.entry), via: 'name', from: j, to: after + 2 })
        return after + 2
      }
      const poss = v.isPossessive(after)
      const rest = poss ? after + 1 : after
      const headNext =
        this.title(rest) !== null || this.group(rest) !== null || NP_MODIFIERS.has(v.norm(rest))
      if (f.target.kind === 'demonym') {
        const state = this.kbEnt(f.entry)
        const form = v.word(j)
        const plural =
          /s$/.test(form) && (f.entry.demonyms ?? []).some((d) => d !== form && form.startsWith(d))
        mods.push({ ent: state, via: 'demonym', from: j, to: after, plural })
        this.mention(state, j, after, 'demonym')
        return rest
      }
      if (f.target.kind === 'capital') {
        if (!poss && !headNext) return j
        mods.push({ ent: this.kbEnt(f.entry), via: 'capital' })
        return rest
      }
      if (f.entry.kind === 'person') {
        const lemma = v.lemma(after)
        if (lemma === 'administration' || lemma === 'government' || lemma === 'camp') {
          const office = this.env.roles.officeOf(f.entry, this.env.date)
          const state = office ? kb.byId.get(office) : undefined
          this.mention(this.kbEnt(f.entry), j, after, f.target.kind === 'name' ? 'name' : 'alias')
          if (!state) return after
          mods.push({ ent: this.kbEnt(state), via: 'office', from: j, to: after + 1 })
          return after + 1
        }
        return j
      }
      if (!poss && !headNext) return j
      const ent = this.kbEnt(f.entry)
      this.mention(ent, j, after, f.target.kind === 'name' ? 'name' : 'alias')
      mods.push({ ent, via: 'name', from: j, to: after })
      return rest
    }
    const org = this.orgRun(j)
    if (org) {
      const [end] = org
      const poss = v.isPossessive(end)
      const rest = poss ? end + 1 : end
      if (poss || this.title(rest) !== null) {
        const ent = this.unknownOrg(j, end, mods, org[1], org[2])
        mods.push({ ent, via: 'org' })
        return rest
      }
    }
    return j
  }

  private affiliationOf(mods: readonly Mod[]): Ent | null {
    return mods.length > 0 ? mods[mods.length - 1]!.ent : null
  }

  /** "from Qatar", "of the European Council", "(Mexico)": an affiliation after the head. */
  private postmod(k: number): [Ent, number] | null {
    const { v } = this.env
    const n = v.norm(k)
    let j = k
    const paren = v.word(k) === '('
    if (n === 'from' || n === 'of' || n === 'in' || n === 'at' || paren) j++
    else return null
    if (v.norm(j) === 'the') j++
    const place = paren || n === 'at' ? null : this.placeOver(j)
    if (place) {
      // "police in Shanghai", "the governor of Kherson": the place's country, no mention of it
      return place.state ? [this.kbEnt(place.state), place.next] : null
    }
    const f = this.kbAt(j)
    if (!f || f.entry.kind === 'person') return null
    let end = f.next
    if (paren) {
      if (v.word(end) !== ')') return null
      end++
    }
    const ent = this.kbEnt(f.entry)
    if (f.target.kind !== 'capital')
      this.mention(ent, j, f.next, f.target.kind === 'demonym' ? 'demonym' : f.target.kind)
    return [ent, end]
  }

  private head(i: number, j: number, det: 'def' | 'indef' | null, mods: Mod[], former: boolean): number {
    const { v } = this.env
    // a role title: a named person follows, or the phrase describes one
    const t = this.title(j)
    const g = this.group(j)
    const kbFirst = this.placeOver(j) ? null : this.kbAt(j)
    if (kbFirst && kbFirst.target.kind !== 'demonym' && kbFirst.next > Math.max(t?.[1] ?? 0, g?.[2] ?? 0)) {
      return this.kbHead(j, kbFirst, mods)
    }
    // "a major offensive", "a general strike": the word modifies a noun and is no title
    const modifiesNoun =
      t !== null && v.pos(t[1]) === 'NOUN' && !v.isCap(t[1]) && !this.title(t[1]) && !this.group(t[1])
    if (t && !modifiesNoun && (!g || t[1] >= g[2]) && !g?.[3]) {
      const [title, k] = t
      const named = this.name(k, { title, mods, former, from: j })
      if (named > k) return named
      return this.roleDescription(i, k, det, title, mods, former)
    }
    if (g) return this.groupPhrase(i, g, det, mods, former)
    // "the group", "the country"
    if (det === 'def' && mods.length === 0) {
      const lemma = v.lemma(j)
      // "the group said" but not "the movement of goods"
      if (ORG_COREF.has(lemma) && v.norm(j) === lemma && v.norm(j + 1) !== 'of') {
        this.slot('org', i, j + 1, lemma, null)
        return j + 1
      }
      if (STATE_COREF.has(lemma) && v.norm(j) === lemma) {
        this.slot('state', i, j + 1, lemma, null)
        return j + 1
      }
    }
    // a knowledge-base actor or a name
    const f = this.kbAt(j)
    if (f && f.target.kind !== 'demonym') return this.kbHead(j, f, mods)
    const last = mods[mods.length - 1]
    if (last?.via === 'place' && last.plural && last.to === j && last.from !== undefined && last.place) {
      // "Kashmiris", "the Gazans": the inhabitants, civilians of the place's country; never a side
      const ent = this.env.reg.ensure({
        id: `${last.place}-people`,
        name: v.word(last.from),
        kind: 'group',
        country: last.ent.country,
        sector: 'CVL',
        affiliation: null,
        role: null,
        known: false,
        named: false,
      })
      this.mention(ent, i, j, 'demonym')
      return j
    }
    if (last?.plural && last.to === j && det === 'def') {
      // "the Iranians" (said, rejected…): in news, the side, i.e. the state
      if (last.from !== undefined) this.env.reg.unmention(last.ent, v.start(last.from), v.end(j - 1))
      this.mention(last.ent, i, j, 'demonym')
      return j
    }
    if (last?.plural && last.to === j && last.from !== undefined) {
      // "Kazakhs", "ordinary Kazakhs": the people, civilians of that country
      const ent = this.env.reg.ensure({
        id: `${last.ent.id}-people`,
        name: v.word(last.from),
        kind: 'group',
        country: last.ent.country,
        sector: 'CVL',
        affiliation: null,
        role: null,
        known: false,
        named: false,
      })
      this.env.reg.unmention(last.ent, v.start(last.from), v.end(last.to - 1))
      this.mention(ent, i, j, 'demonym')
      return j
    }
    if (last?.via === 'office' && last.to === j) {
      // "the Biden administration": the government of the state the person leads
      last.ent.governmental = true
      this.mention(last.ent, i, j, 'description')
      return j
    }
    if (mods.length > 0) {
      // "Israeli" alone before another noun ("an Israeli stance"): the demonym was mentioned already
      const named = this.name(j, { title: null, mods, former, from: j })
      return Math.max(named, j)
    }
    const named = this.name(j, { title: null, mods, former, from: j })
    return named > j ? named : i + 1
  }

  private kbHead(j: number, f: Found, mods: Mod[]): number {
    const { v } = this.env
    if (f.entry.kind === 'person') return this.name(j, { title: null, mods, former: false, from: j })
    if (f.target.kind === 'capital') {
      if (this.acting(f.next)) this.mention(this.kbEnt(f.entry), j, f.next, 'capital')
      return f.next
    }
    const ent = this.kbEnt(f.entry)
    this.mention(ent, j, f.next, f.target.kind === 'name' ? 'name' : 'alias')
    if (v.isPossessive(f.next)) return f.next + 1
    return f.next
  }

  private roleDescription(
    i: number,
    k: number,
    det: 'def' | 'indef' | null,
    titleWord: string,
    mods: Mod[],
    former: boolean,
  ): number {
    const { v, reg } = this.env
    let title = titleWord
    let end = k
    let aff = this.affiliationOf(mods)
    if (!aff) {
      const post = this.postmod(k)
      if (post) {
        aff = post[0]
        end = post[1]
      } else if (v.norm(k) === 'of') {
        // "Director of Central Intelligence": the office's full title
        const from = v.norm(k + 1) === 'the' ? k + 2 : k + 1
        const run = v.nameRun(from)
        if (run > from && !this.kbAt(from)) {
          title = `${title} of ${v.text.slice(v.start(from), v.end(run - 1)).toLowerCase()}`
          end = run
        }
      }
    }
    const modSector = this.modSector
    // "the spokesman, Ines Okonma,": the name is the role's holder
    if (v.isPunct(end, ',')) {
      const named = this.name(end + 1, { title, mods, former, from: i, apposed: [i, end] })
      if (named > end + 1) return named
    }
    if (det === 'indef' || former) {
      const stem = `${aff ? aff.id : 'unnamed'}-${slug(title)}`
      const ent = reg.ensure({
        id: reg.freshId(stem),
        name: aff
          ? `${mods[mods.length - 1]?.label ?? aff.name} ${title}`
          : `${former ? 'former ' : ''}${title}`,
        kind: 'person',
        country: aff?.country ?? null,
        sector: former ? 'ELI' : (bodySector(aff) ?? titleSector(title) ?? modSector ?? aff?.sector ?? null),
        affiliation: aff?.id ?? null,
        role: title,
        known: false,
        named: false,
        gender: HONORIFIC_GENDER.get(title) ?? null,
      })
      this.mention(ent, i, end, 'description')
      return end
    }
    // a bare lower-case role word right after a noun ("the tanks head back") is no person
    if (det === null && !aff && !v.isCap(k - 1) && modSector === null && v.pos(i - 1) === 'NOUN') return end
    this.slot('role', i, end, title, aff, bodySector(aff) ?? titleSector(title) ?? modSector)
    return end
  }

  private groupPhrase(
    i: number,
    g: [string, string, number, boolean],
    det: 'def' | 'indef' | null,
    mods: Mod[],
    former: boolean,
  ): number {
    const { reg, v } = this.env
    const [lemma, nounSector, k0] = g
    // "the rebel Kurdistan Workers' Party": the noun describes the name that follows
    if (!g[3] && (this.kbAt(k0) || v.nameRun(k0) - k0 >= 2)) return k0
    const k = BODY_NOUNS.has(v.lemma(k0)) || BODY_NOUNS.has(v.norm(k0).replace(/s$/, '')) ? k0 + 1 : k0
    let end = k
    let aff = this.affiliationOf(mods)
    let viaDemonym = mods.length > 0 && mods[mods.length - 1]!.via === 'demonym'
    if (!aff) {
      const post = this.postmod(k)
      if (post) {
        aff = post[0]
        end = post[1]
        viaDemonym = false
      }
    }
    const sector = former ? 'ELI' : nounSector
    if (aff && (aff.kind === 'state' || aff.kind === 'organization' || aff.kind === 'group')) {
      const media = sector === 'JRN' && aff.sector === 'JRN'
      const same =
        aff.kind === 'state' ? sector === 'GOV' : sector === 'GOV' || sector === aff.sector || media
      if (same) {
        if (aff.kind === 'state') aff.governmental = true
        const last = mods[mods.length - 1]
        if (last?.from !== undefined && last.to !== undefined) {
          this.env.reg.unmention(aff, v.start(last.from), v.end(last.to - 1))
        }
        this.mention(aff, i, end, viaDemonym ? 'demonym' : 'description')
        return end
      }
      if (v.pos(k) === 'NOUN' && !this.group(k) && !this.title(k) && end === k) return k
      const phrase = this.env.v.text.slice(v.start(mods.length > 0 ? i + (det ? 1 : 0) : i), v.end(end - 1))
      const ent = reg.ensure({
        id: `${aff.id}-${sector.toLowerCase()}`,
        name: phrase.replace(/^(the|a|an)\s+/i, ''),
        kind: MIL_LIKE.has(sector) ? 'organization' : 'group',
        country: aff.country,
        sector,
        affiliation: MIL_LIKE.has(sector) ? aff.id : null,
        role: null,
        known: false,
        named: false,
      })
      this.mention(ent, i, end, 'description')
      // the demonym inside ("Tunisian" in "a Tunisian court") is part of this actor's mention
      const lastMod = mods[mods.length - 1]
      if (lastMod?.via === 'demonym' && lastMod.from !== undefined && lastMod.to !== undefined) {
        this.env.reg.unmention(aff, v.start(lastMod.from), v.end(lastMod.to - 1))
      }
      return end
    }
    if (aff) return end
    // "military operations", "military-ruled": the noun modifies another word and names no actor
    if (v.pos(k) === 'NOUN' && !this.group(k) && !this.title(k)) return k
    if (v.word(k) === '-' && v.glued(k)) return k + 1
    if (
      det === 'def' &&
      sector === 'GOV' &&
      (lemma === 'government' || lemma === 'administration' || lemma === 'authority')
    ) {
      this.slot('state', i, end, lemma, null)
      return end
    }
    if (NEEDS_AFFILIATION.has(lemma)) return end
    const ent = reg.ensure({
      id: `any-${slug(lemma)}`,
      name: v.text.slice(v.start(k - 1), v.end(k - 1)),
      kind: 'group',
      country: null,
      sector,
      affiliation: null,
      role: null,
      known: false,
      named: false,
    })
    this.mention(ent, i, end, 'description')
    return end
  }

  /** "… in Scotland", "… in Israel" right after a name: the country of the place or state. */
  private locatedIn(k: number): string | null {
    const { v } = this.env
    if (v.norm(k) !== 'in') return null
    const j = v.norm(k + 1) === 'the' ? k + 2 : k + 1
    const place = this.placeOver(j)
    if (place) return place.state?.country ?? null
    const f = this.kbAt(j)
    return f && f.entry.kind === 'state' ? f.entry.country : null
  }

  private unknownOrg(from: number, to: number, mods: readonly Mod[], head?: string, ofPart = -1): Ent {
    const { v, reg } = this.env
    const name = v.text.slice(v.start(from), v.end(to - 1))
    let aff = this.affiliationOf(mods)
    if (!aff && ofPart >= 0) {
      const f = this.kbAt(ofPart)
      if (f && f.entry.kind === 'state' && f.next === to) aff = this.kbEnt(f.entry)
      const p = f ? null : this.placeOver(ofPart)
      if (p?.state && p.next === to) aff = this.kbEnt(p.state)
    }
    // "Madras High Court", "Lagos State Government": the place the name starts with gives the country
    const place = aff ? null : this.placeOver(from)
    if (place?.state && place.next < to) aff = this.kbEnt(place.state)
    const sector = ORG_HEAD_SECTOR[head ?? v.norm(to - 1)] ?? null
    const state = aff?.kind === 'state' ? aff : null
    const id = state ? `${state.id}-${slug(name)}` : slug(name)
    const ent = reg.ensure({
      id,
      name,
      kind: 'organization',
      country: aff?.country ?? this.locatedIn(to),
      sector,
      affiliation: aff?.id ?? null,
      role: null,
      known: false,
    })
    this.mention(ent, from, to, 'name')
    return ent
  }

  /**
   * A name at k: a KB person, a known surname, or an unknown capitalised run that the context
   * shows to be a person (a title before it, an appositive after it, a speech verb) or an
   * organisation (its last word is "Ministry", "Party"…). Returns the index after it, or k.
   */
  name(
    k: number,
    ctx: { title: string | null; mods: Mod[]; former: boolean; from: number; apposed?: [number, number] },
  ): number {
    const { v, reg } = this.env
    let ent: Ent | null = null
    let end = k
    let kind: MentionKind = 'name'
    const f = this.kbAt(k)
    if (f && f.entry.kind === 'person' && f.target.kind !== 'demonym') {
      ent = this.kbEnt(f.entry)
      end = f.next
      kind = f.target.kind === 'name' ? 'name' : 'alias'
    } else if (f) {
      return k
    } else {
      const org = ctx.title ? null : this.orgRun(k)
      if (org) {
        this.unknownOrg(k, org[0], ctx.mods, org[1], org[2])
        return v.isPossessive(org[0]) ? org[0] + 1 : org[0]
      }
      const runEnd = v.nameRun(k)
      if (runEnd === k) return k
      const text = v.text.slice(v.start(k), v.end(runEnd - 1))
      const known = runEnd - k === 1 ? this.surnames.get(text) : undefined
      const candidate = runEnd - k === 1 && !known ? this.candidates.get(text) : undefined
      if (known) {
        ent = known
        end = runEnd
      } else if (candidate) {
        // a full name seen earlier without evidence, now taken up by its surname: a person
        ent = this.person(candidate.text)
        this.mention(ent, candidate.from, candidate.to, 'name')
        this.surnames.set(text, ent)
        this.candidates.delete(text)
        end = runEnd
      } else if (!ctx.title && this.placeOver(k)?.next === runEnd) {
        // a place named alone ("the West Bank", "Donetsk said") is no actor and no person
        this.skipTo = runEnd
        return k
      } else {
        const apposition = !ctx.title && this.appositive(runEnd) !== null
        const speaks =
          !ctx.title && runEnd - k >= 2 && SPEECH.has(v.lemma(runEnd)) && v.pos(runEnd) === 'VERB'
        const saidBy = !ctx.title && runEnd - k >= 2 && SPEECH.has(v.lemma(k - 1)) && v.pos(k - 1) === 'VERB'
        // ", who said": only people are "who"
        const who = runEnd - k >= 2 && v.isPunct(runEnd, ',') && v.norm(runEnd + 1) === 'who'
        // "Ana Ruiz (Chile)", "Ana Ruiz (Chilean)": a person placed in a country
        const placed = runEnd - k >= 2 && v.word(runEnd) === '(' ? this.kbAt(runEnd + 1) : null
        const country = placed && placed.entry.kind === 'state' ? this.kbEnt(placed.entry) : null
        if (!ctx.title && !apposition && !speaks && !saidBy && !who && !country) {
          // "Maria Lopez" without evidence yet: a person if her surname comes back alone
          const words = runEnd - k
          if (words >= 2 && words <= 4 && v.pos(k) === 'PROPN' && v.pos(runEnd - 1) === 'PROPN') {
            const surname = v.word(runEnd - 1)
            if (!this.candidates.has(surname)) this.candidates.set(surname, { text, from: k, to: runEnd })
          }
          // resume after the run, but not past a KB name inside it ("Northern Cyprus")
          let skip = k + 1
          while (skip < runEnd && !this.kbAt(skip)) skip++
          this.skipTo = skip
          return k
        }
        if (v.pos(k) !== 'PROPN' && runEnd - k === 1 && !ctx.title) return k
        if (country && placed) {
          const ent = this.person(text)
          ent.country ??= country.country
          this.describe(ent, ctx.title, ctx.mods, ctx.former)
          this.mention(ent, k, runEnd, 'name')
          this.surnames.set(v.word(runEnd - 1), ent)
          return placed.next
        }
        ent = reg.ensure({
          id: reg.get(slug(text))?.kind === 'person' ? slug(text) : reg.freshId(slug(text)),
          name: text,
          kind: 'person',
          country: null,
          sector: null,
          affiliation: null,
          role: null,
          known: false,
        })
        if (runEnd - k >= 2) this.surnames.set(v.word(runEnd - 1), ent)
        end = runEnd
      }
    }
    this.describe(ent, ctx.title, ctx.mods, ctx.former)
    this.mention(ent, k, end, kind)
    if (ctx.apposed) {
      this.mention(ent, ctx.apposed[0], ctx.apposed[1], 'role')
      if (ctx.title) this.appositions.push({ ent, role: ctx.title, at: v.start(ctx.apposed[0]) })
    }
    // "Ines Okonma, a Hamas spokesman,"
    const app = this.appositive(end)
    if (app) {
      const [title, mods, from, to] = app
      this.describe(ent, title, mods, false)
      this.mention(ent, from, to, 'description')
      return to
    }
    if (v.isPossessive(end)) return end + 1
    return end
  }

  /** The record of an unknown person named `text`. */
  private person(text: string): Ent {
    const { reg } = this.env
    return reg.ensure({
      id: reg.get(slug(text))?.kind === 'person' ? slug(text) : reg.freshId(slug(text)),
      name: text,
      kind: 'person',
      country: null,
      sector: null,
      affiliation: null,
      role: null,
      known: false,
    })
  }

  /** Fills a person's role, affiliation, country and sector from a title and its modifiers. */
  private describe(ent: Ent, title: string | null, mods: readonly Mod[], former: boolean): void {
    const aff = this.affiliationOf(mods)
    if (title && HONORIFICS.has(title)) {
      ent.gender ??= HONORIFIC_GENDER.get(title) ?? null
    } else if (title) {
      if (ent.known && ent.role !== null && !roleSays(ent.role, title)) ent.role = title
      ent.role ??= former ? `former ${title}` : title
      ent.gender ??= HONORIFIC_GENDER.get(title) ?? null
      if (!ent.known)
        ent.sector ??= former
          ? 'ELI'
          : (bodySector(aff) ?? titleSector(title) ?? this.modSector ?? aff?.sector ?? null)
    }
    if (aff && aff !== ent) {
      if (!ent.known) {
        ent.affiliation ??= aff.id
        ent.country ??= aff.country
        ent.sector ??= aff.sector
      }
    }
  }

  /** ", a Hamas spokesman," after a name: [title, mods, first token, index after]. */
  private appositive(k: number): [string, Mod[], number, number] | null {
    const { v } = this.env
    if (!v.isPunct(k, ',')) return null
    let j = k + 1
    const from = j
    if (v.norm(j) === 'a' || v.norm(j) === 'an' || v.norm(j) === 'the') j++
    const mods: Mod[] = []
    for (let guard = 0; guard < 6; guard++) {
      const step = this.modifier(j, mods)
      if (step > j) j = step
      else if (NP_MODIFIERS.has(v.norm(j)) && !this.isHeadHere(j)) j++
      else break
    }
    const t = this.title(j)
    if (!t) return null
    let end = t[1]
    if (mods.length === 0) {
      const post = this.postmod(end)
      if (post) {
        mods.push({ ent: post[0], via: 'name' })
        end = post[1]
      }
    }
    if (!(v.isPunct(end, ',.;') || end >= v.n || v.pos(end) === 'VERB')) return null
    return [t[0], mods, from, end]
  }
}

/** True when a KB office already says what the title says ("prime minister" ~ "Prime Minister"). */
function roleSays(role: string, title: string): boolean {
  const r = normTitle(role)
  const t = normTitle(title)
  return r === t || r.endsWith(` ${t}`) || t.endsWith(` ${r}`)
}

/** A body that is not a state gives its own sector to its office holders (IGO, LAB, REB…). */
function bodySector(aff: Ent | null): string | null {
  return aff && aff.kind !== 'state' && aff.kind !== 'person' && aff.sector !== 'GOV' ? aff.sector : null
}

/** The value for token i, read once per token: `undefined` marks a token not read yet. */
function memoAt<T>(memo: Array<T | null | undefined>, i: number, read: () => T | null): T | null {
  const known = memo[i]
  if (known !== undefined) return known
  const found = read()
  memo[i] = found
  return found
}
