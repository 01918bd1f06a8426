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

import type { KbEntry } from '../../kb/index.ts'
import { DescriptionReader } from './descriptions.ts'
import { FORMER, GROUP_NOUNS, MODIFIER_SECTORS, NP_MODIFIERS, PRONOUNS } from './lexicon.ts'
import { ORG_COREF, QUANTITY, STATE_COREF } from './phrase-words.ts'
import type { Ent } from './registry.ts'
import type { Found, Mod } from './scan-env.ts'

export type { Apposition, ScanEnv, Slot, SlotType } from './scan-env.ts'
export { slug } from './scan-env.ts'

/** Prepositions that attach an affiliation after the head: "police in Shanghai", "students across Iran". */
/** Nouns after a leader's name that make it stand for the government: "the Biden administration". */
const OFFICE_NOUNS = new Set(['administration', 'government', 'camp'])
const LEADER_TITLES = ['president', 'prime minister', 'chancellor']
/** "X-based", "X-led", "X-backed": the second half of a hyphenated country modifier. */
const HYPHEN_ORIGIN = new Set(['based', 'led', 'backed', 'sponsored', 'trained', 'funded'])
const AFTER_HEAD = new Set(['from', 'of', 'in', 'at', 'throughout', 'across'])

export class Scanner extends DescriptionReader {
  run(): void {
    const { v } = this.env
    let i = 0
    while (i < v.n) {
      const next = this.at(i)
      i = Math.max(next, i + 1, this.skipTo)
    }
  }

  // ---------------------------------------------------------------- the phrase reader

  /** Cheap test: can a phrase of interest start at token i? Most tokens are skipped here. */ private at(
    i: number,
  ): number {
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
    this.coordinated = []
    for (let guard = 0; guard < 8 && j < v.n; guard++) {
      // "Labour Minister X", "Planning and Investment Minister X": capitalised portfolio words are no actor
      const portfolio = this.portfolio(j)
      if (portfolio > j) {
        j = portfolio
        continue
      }
      const step = this.modifier(j, mods)
      if (step > j) {
        j = step
        // "Hungarian and Romanian officials": both states are what the head noun describes
        const last = mods[mods.length - 1]
        if (last?.via === 'demonym' && v.norm(j) === 'and' && this.kbAt(j + 1)?.target.kind === 'demonym') {
          this.coordinated.push(last)
          j++
        }
        continue
      }
      const n = v.norm(j)
      // a group noun modifying a role or another group noun: "intelligence agency officer"
      const g = this.group(j)
      // only a singular noun modifies ("army spokesman"); "the tanks head back" has a verb after it;
      // a longer KB name or organisation wins ("Congress Party" is not congress + party)
      if (g && !g[3] && (this.title(g[2]) || this.group(g[2])) && !this.namesFurther(j, g[2])) {
        if (g[1] !== 'GOV') this.modSector = g[1]
        j = g[2]
        continue
      }
      // a capitalised one-word KB name is a name, not an adjective ("Labour said")
      if (NP_MODIFIERS.has(n) && !this.isHeadHere(j) && !(v.isCap(j) && this.kbAt(j)?.next === j + 1)) {
        if (FORMER.has(n)) former = true
        const sector = GROUP_NOUNS.get(n) ?? MODIFIER_SECTORS.get(n)
        if (sector && sector !== 'GOV') this.modSector = sector
        j++
        if (v.word(j) === '-' && v.glued(j)) j++
        continue
      }
      if (v.pos(j) === 'NUM' || QUANTITY.has(n)) {
        j++
        continue
      }
      // "Nicaragua's Sandinista government", "former Socialist prime minister": one unknown
      // capitalised word between an affiliation (or "former") and the head noun qualifies it
      if ((mods.length > 0 || former) && (this.unknownQualifier(j) || this.nounQualifier(j))) {
        j++
        continue
      }
      break
    }
    return this.head(i, j, det, mods, former)
  }

  /** "the Biden administration": the person, then the state their office belongs to as the modifier. */
  private officeMod(person: KbEntry, j: number, after: number, kind: 'name' | 'alias', mods: Mod[]): number {
    const office = this.env.roles.officeOf(person, this.env.date)
    const state = office ? this.env.kb.byId.get(office) : undefined
    this.mention(this.kbEnt(person), j, after, kind)
    if (!state) return after
    mods.push({ ent: this.kbEnt(state), via: 'office', from: j, to: after + 1 })
    return after + 1
  }

  /** The end of capitalised portfolio words before "Minister"/"Ministry" at j, or j. */
  private portfolio(j: number): number {
    const { v } = this.env
    let k = j
    while (k - j < 4 && k < v.n && (v.isCap(k) || (v.norm(k) === 'and' && k > j))) {
      const f = this.kbAt(k)
      if ((f && (f.entry.kind === 'state' || f.target.kind === 'demonym')) || this.placeOver(k)) return j
      if (this.title(k) || this.group(k)) break
      k++
    }
    if (k === j || v.norm(k - 1) === 'and') return j
    return v.lemma(k) === 'minister' ? k : j
  }

  /** True when a KB name or an organisation run at j reads past `next`. */
  private namesFurther(j: number, next: number): boolean {
    const f = this.kbAt(j)
    if (f && f.next > next) return true
    const org = this.orgRun(j)
    return org !== null && org[0] > next
  }

  /** One capitalised word that is no name of its own, followed by a role title or group noun. */
  private unknownQualifier(j: number): boolean {
    const { v } = this.env
    if (!v.isCap(j) || this.kbAt(j) || this.placeAt(j) || this.title(j) || this.group(j)) return false
    if (v.nameRun(j) > j + 1 && !this.title(j + 1) && !this.group(j + 1)) return false
    return this.title(j + 1) !== null || this.group(j + 1) !== null
  }

  /** One lower-case noun between an affiliation and the head noun: "French paper workers". */
  private nounQualifier(j: number): boolean {
    const { v } = this.env
    if (v.isCap(j) || v.pos(j) !== 'NOUN' || this.title(j) || this.group(j)) return false
    const g = this.group(j + 1)
    return this.title(j + 1) !== null || (g !== null && g[2] === j + 2)
  }

  /** Reads one modifier at j; returns the index after it, or j. */
  protected modifier(j: number, mods: Mod[]): number {
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
      if (
        v.word(after) === '-' &&
        HYPHEN_ORIGIN.has(v.norm(after + 1)) &&
        (f.entry.kind === 'state' || f.target.kind === 'demonym')
      ) {
        // "a Somalia-based group", "Vietnamese-led forces": the country, not a mention of the state acting
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
        return OFFICE_NOUNS.has(v.lemma(after))
          ? this.officeMod(f.entry, j, after, f.target.kind === 'name' ? 'name' : 'alias', mods)
          : j
      }
      if (
        f.entry.kind === 'state' &&
        v.norm(after) === 'and' &&
        this.kbAt(after + 1)?.target.kind === 'demonym'
      ) {
        // "US and British forces": the state name stands as a demonym coordinated with the next one
        const ent = this.kbEnt(f.entry)
        this.mention(ent, j, after, f.target.kind === 'name' ? 'name' : 'alias')
        mods.push({ ent, via: 'demonym', from: j, to: after })
        return after
      }
      if (!poss && !headNext) return j
      const ent = this.kbEnt(f.entry)
      this.mention(ent, j, after, f.target.kind === 'name' ? 'name' : 'alias')
      mods.push({ ent, via: 'name', from: j, to: after })
      return rest
    }
    if (v.isCap(j) && OFFICE_NOUNS.has(v.lemma(j + 1)) && v.nameRun(j) === j + 1) {
      // "the Bush administration": the KB president, prime minister or chancellor of that surname
      const date = this.env.dated ? this.env.date : null
      let held: KbEntry | null = null
      for (const t of LEADER_TITLES) held ??= this.env.roles.bySurname(v.word(j), t, date)
      if (held) return this.officeMod(held, j, j + 1, 'alias', mods)
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

  /** "from Qatar", "of the European Council", "(Mexico)": an affiliation after the head. */
  protected postmod(k: number): [Ent, number] | null {
    const { v } = this.env
    const n = v.norm(k)
    let j = k
    const paren = v.word(k) === '('
    if (AFTER_HEAD.has(n) || paren) j++
    else if (n === 'based' && v.norm(k + 1) === 'in') j += 2
    else return null
    if (v.norm(j) === 'the') j++
    const place = paren || n === 'at' ? null : this.placeOver(j)
    if (place) {
      // "police in Shanghai", "the governor of Kherson": the place's country, no mention of it
      return place.state ? [this.kbEnt(place.state), place.next] : null
    }
    const org = paren ? null : this.orgAfter(j)
    if (org) return org
    const f = this.kbAt(j)
    if (!f || f.entry.kind === 'person') return null
    const g = f.target.kind === 'demonym' && !paren ? this.group(f.next) : null
    if (g) {
      // "a member of the Syrian parliament": the state's body named by the group noun
      const state = this.kbEnt(f.entry)
      if (g[1] === 'GOV') state.governmental = true
      const body =
        g[1] === 'GOV' ? state : this.derived(state, g[1], v.text.slice(v.start(j), v.end(g[2] - 1)))
      this.mention(body, j, g[2], 'description')
      return [body, g[2]]
    }
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

  /** "the University of St. Andrews", "the Chadian Human Rights League": an organisation after a head. */
  private orgAfter(j: number): [Ent, number] | null {
    const f = this.kbAt(j)
    const mods: Mod[] = []
    let from = j
    if (f?.target.kind === 'demonym') {
      mods.push({ ent: this.kbEnt(f.entry), via: 'demonym' })
      from = f.next
    } else if (f) return null
    const org = this.orgRun(from)
    if (!org) return null
    return [this.unknownOrg(from, org[0], mods, org[1], org[2]), org[0]]
  }

  protected head(i: number, j: number, det: 'def' | 'indef' | null, mods: Mod[], former: boolean): number {
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
    // "the Serbian Workers' Union": an organisation's name that starts with a group noun
    const org = g ? this.orgRun(j) : null
    if (g && org && org[0] > g[2])
      return Math.max(this.name(j, { title: null, mods, former, from: j }), j + 1)
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

  protected kbHead(j: number, f: Found, mods: Mod[]): number {
    const { v } = this.env
    if (f.entry.kind === 'person') return this.name(j, { title: null, mods, former: false, from: j })
    if (f.target.kind === 'capital') {
      if (this.acting(f.next)) {
        // "Washington has warned": the capital stands for the government
        const state = this.kbEnt(f.entry)
        if (state.kind === 'state') state.governmental = true
        this.mention(state, j, f.next, 'capital')
      }
      return f.next
    }
    const ent = this.kbEnt(f.entry)
    this.mention(ent, j, f.next, f.target.kind === 'name' ? 'name' : 'alias')
    if (v.isPossessive(f.next)) return f.next + 1
    return f.next
  }
}
