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

import { foldText } from '../../kb/index.ts'
import { monthNumber } from '../common/dates.ts'
import { GROUP_NOUNS, MODIFIER_SECTORS } from './group-nouns.ts'
import { FORMER, NP_MODIFIERS, PRONOUNS, UNKNOWN_SECTOR } from './lexicon.ts'
import { ModifierReader } from './modifiers.ts'
import { COMPASS, ORG_COREF, QUANTITY, STATE_COREF } from './phrase-words.ts'
import type { Ent } from './registry.ts'
import type { Found, Mod } from './scan-env.ts'
import { slug } from './scan-env.ts'

export type { Apposition, ScanEnv, Slot, SlotType } from './scan-env.ts'
export { slug } from './scan-env.ts'

/** Parts of a place: "in the north of the West Bank". */
const DIRECTIONS: ReadonlySet<string> = new Set([...COMPASS, 'centre', 'center', 'heart', 'outskirts'])
/** Punctuation that ends the clause a located phrase belongs to. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '"', '“', '”', '(', ')', '—', '–'])

/** Parts of speech that are never part of a name (see `TokenView.nameToken`). */
const FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'SCONJ', 'PUNCT', 'SYM'])

const DATELINE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--'])

export class Scanner extends ModifierReader {
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
    if (!this.interesting(i) || this.inertCapital(i)) return i + 1
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
    // "the deal", "a week": a lower-case word that no phrase reading can use ends the phrase at once
    if (det !== null && this.inert(j)) return i + 1
    const mods: Mod[] = []
    let former = false
    this.modSector = null
    this.coordinated = []
    for (let guard = 0; guard < 8 && j < v.n; guard++) {
      // "Labour Minister X", "Planning and Investment Minister X": capitalised portfolio words are no actor
      const portfolio = Math.max(this.portfolio(j), this.titleQualifiers(j))
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
        if (g[1] !== 'GOV' && g[1] !== UNKNOWN_SECTOR) this.modSector = g[1]
        j = g[2]
        continue
      }
      // a capitalised KB name is a name, not an adjective ("Labour said", "National Union for the Total
      // Independence of Angola"), unless an affiliation precedes it ("Chile's Defense Department")
      const kbName = v.isCap(j) ? this.kbAt(j) : null
      const named = kbName !== null && (mods.length === 0 || kbName.next === j + 1)
      // "the Supreme Court", "the National Assembly": a capitalised modifier that starts an
      // organisation's name is part of that name
      if (NP_MODIFIERS.has(n) && !this.isHeadHere(j) && !named && !(v.isCap(j) && this.orgRun(j))) {
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
      let [title, k] = t
      // "caucus member Rep. Ann Ruiz": a capitalised title right after another is the one the name bears
      const next = v.isCap(k) ? this.title(k) : null
      // "Prime Minister Sheikh Mohammed …": a form of address after the office is no office of its own
      const address =
        next !== null && FORMS_OF_ADDRESS.has(next[0]) && !FORMS_OF_ADDRESS.has(title) && v.isCap(next[1])
      if (next) [title, k] = address ? [title, next[1]] : next
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
      const ent = this.people(last.ent, v.word(last.from), `${last.place}-people`)
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
      // "Kazakhs", "ordinary Kazakhs": the people, civilians of that country; "Bosnian Serbs": a people
      // named after another state but living in the first one's
      const before = mods[mods.length - 2]
      const home =
        before?.via === 'demonym' && before.to === last.from && before.from !== undefined ? before : last
      this.env.reg.unmention(last.ent, v.start(last.from), v.end(last.to - 1))
      if (home !== last) this.env.reg.unmention(home.ent, v.start(home.from ?? i), v.end((home.to ?? j) - 1))
      const name = v.text.slice(v.start(home.from ?? last.from), v.end(j - 1))
      // "ethnic Syrians in northern Chad": a people living in another state are its civilians
      const lives = v.norm(j) === 'in' ? this.postmod(j) : null
      if (lives && lives[0].kind === 'state' && lives[0].country !== home.ent.country) {
        this.mention(this.people(lives[0], name, `${lives[0].id}-${slug(name)}`), i, lives[1], 'demonym')
        return lives[1]
      }
      this.mention(this.people(home.ent, name), i, j, 'demonym')
      return j
    }
    if (last?.via === 'demonym' && !last.plural && last.to === j && this.ethnicPlural(j)) {
      // "Iraqi Kurds", "Rwandan Hutus": an unknown people named after a demonym, civilians of its country
      if (last.from !== undefined) this.env.reg.unmention(last.ent, v.start(last.from), v.end(j - 1))
      this.mention(
        this.people(last.ent, v.text.slice(v.start(last.from ?? j), v.end(j))),
        i,
        j + 1,
        'demonym',
      )
      return j + 1
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

  /**
   * The country of the place a phrase ending at offset `end` is located in by the clause that follows
   * it ("were hurt in shelling in the north of the West Bank", "marched through the streets in Shanghai"): the
   * first "in <place or state>" within twelve words, before any comma; null for a place of several
   * countries, undefined when there is none.
   */
  locatedAfter(end: number): string | null | undefined {
    const { v } = this.env
    let i = v.firstTokenAt(end)
    const sentence = v.sentence(i)
    for (let k = 0; k < 12 && i < v.n && v.sentence(i) === sentence; k++, i++) {
      if (v.pos(i) === 'PUNCT' && CLAUSE_ENDS.has(v.word(i))) return undefined
      if (!v.lemmaIs(i, 'in')) continue
      let j = v.norm(i + 1) === 'the' ? i + 2 : i + 1
      if (DIRECTIONS.has(v.norm(j)) && v.norm(j + 1) === 'of') j += v.norm(j + 2) === 'the' ? 3 : 2
      const place = this.placeOver(j)
      if (place) return place.state?.country ?? null
      const f = this.kbAt(j)
      if (f?.entry.kind === 'state' && f.target.kind !== 'demonym') return f.entry.country
    }
    return undefined
  }

  /**
   * The state of the article's dateline ("ISLAMABAD (AP) —", "GAZA CITY, Gaza Strip —"): a capital,
   * state or gazetteer place in capitals opening the text and followed, past an agency in brackets,
   * by a dash. Null when the text has no dateline or its place is not one state's.
   */
  datelineState(): Ent | null {
    const { v, index, places, kb } = this.env
    const i = this.datelineEnd()
    if (i < 0) return null
    // the index knows "Islamabad", not "ISLAMABAD": read the dateline with its words title-cased
    // (same length, so the match ends where the name does)
    const head = foldText(v.text.slice(0, v.start(i))).replace(
      /\p{Lu}{2,}/gu,
      (w) => w[0] + w.slice(1).toLowerCase(),
    )
    const m = index.match(head, 0)
    const target = m?.targets[0]
    const entry = target ? kb.byId.get(target.id) : undefined
    if (entry?.kind === 'state' && target!.kind !== 'demonym') return this.kbEnt(entry)
    const place = places.match(head, 0)
    const state = place?.country ? this.stateOf.get(place.country) : undefined
    return state ? this.kbEnt(state) : null
  }

  /**
   * Where the dateline's place ends, or -1: capitals before a dash ("ISLAMABAD (AP) —"), capitals
   * before a comma and a month ("BEIJING, May 2. /TASS/."), or a name before a colon ("Doha: …").
   */
  private datelineEnd(): number {
    const { v } = this.env
    if (v.n < 3) return -1
    if (v.word(1) === ':' && v.isCap(0)) return 1
    let run = 0
    while (run < 4 && /^\p{Lu}{2,}$/u.test(v.word(run))) run++
    if (run === 0) return -1
    if (v.word(run) === ',' && monthNumber(v.word(run + 1)) !== null) return run
    let i = 0
    while (i < v.n && i < 10 && !DATELINE_DASHES.has(v.word(i))) i++
    return DATELINE_DASHES.has(v.word(i)) && v.sentence(i) === v.sentence(0) ? i : -1
  }

  /**
   * A capitalised function word ("In", "But", "Although"), pronoun ("I", "This") or other word that is
   * no name part ("Monday") and starts no KB form, place, title or group noun, with no "Minister" in
   * reach (portfolio words): nothing starts there.
   */
  private inertCapital(i: number): boolean {
    const { v } = this.env
    if (!v.isCap(i)) return false
    const pos = v.pos(i)
    const functionWord = FUNCTION_POS.has(pos)
    // pronouns, determiners, days, months ("I", "This", "Monday") are no name part either; those that
    // start a phrase ("He", "The", "Some") have a word class
    if (!functionWord && (pos === 'NUM' || v.nameToken(i))) return false
    if (this.wordBits(i) !== 0 || this.lemmaBits(i) !== 0 || this.kbAt(i) || this.placeAt(i)) return false
    for (let m = i + 1; m < v.n && m - i <= 4; m++) if (v.lemmaIs(m, 'minister')) return false
    // "That President Ana Ruiz …": a capitalised title after it would be read with it as a qualifier
    return functionWord || !this.capitalTitleAfter(i)
  }

  /** A lower-case word that starts no modifier, head or name: no title, group noun, KB form or class. */
  private inert(j: number): boolean {
    const { v } = this.env
    if (j >= v.n || v.isCap(j) || this.interesting(j) || this.title(j) || this.group(j) || this.kbAt(j))
      return false
    const lemma = v.lemma(j)
    return !ORG_COREF.has(lemma) && !STATE_COREF.has(lemma)
  }

  /** The people (civilians) of a state or place: `kaz-people`, `place-kashmir-people`. */
  private people(state: Ent, name: string, id = `${state.id}-people`): Ent {
    return this.env.reg.ensure({
      id,
      name,
      kind: 'group',
      country: state.country,
      sector: 'CVL',
      affiliation: null,
      role: null,
      known: false,
      named: false,
    })
  }

  /** One unknown capitalised plural word that names no place, KB actor or organisation: "Kurds". */
  private ethnicPlural(j: number): boolean {
    const { v } = this.env
    const w = v.word(j)
    return (
      v.isCap(j) &&
      w.length > 3 &&
      w.endsWith('s') &&
      !w.endsWith('ss') &&
      v.nameRun(j) === j + 1 &&
      !this.kbAt(j) &&
      !this.placeAt(j) &&
      !this.group(j) &&
      !this.title(j) &&
      (v.pos(j + 1) === 'VERB' || v.pos(j + 1) === 'AUX' || v.isPunct(j + 1, ',.;'))
    )
  }

  protected kbHead(j: number, f: Found, mods: Mod[]): number {
    const { v } = this.env
    if (f.entry.kind === 'person') return this.name(j, { title: null, mods, former: false, from: j })
    if (f.target.kind === 'capital') {
      if (this.acting(f.next) || this.actingInCoordination(j, f.next)) {
        // "Washington has warned": the capital stands for the government
        const state = this.kbEnt(f.entry)
        if (state.kind === 'state') state.governmental = true
        this.mention(state, j, f.next, 'capital')
      } else if (this.objectOfAct(j)) {
        // "attacked Kabul", "flew to Tehran": the capital an act is aimed at stands for its country
        this.mention(this.kbEnt(f.entry), j, f.next, 'capital')
      }
      return f.next
    }
    // "an Aerolux 340", "the Airbus A320": a company's name before a model number is its product
    if (f.entry.sector === 'BUS' && f.entry.kind === 'organization' && /\d/.test(v.word(f.next)))
      return f.next + 1
    const ent = this.kbEnt(f.entry)
    this.mention(ent, j, f.next, f.target.kind === 'name' ? 'name' : 'alias')
    if (v.isPossessive(f.next)) return f.next + 1
    return f.next
  }
}

/** Titles that are also forms of address: after an office they add no office. */
const FORMS_OF_ADDRESS: ReadonlySet<string> = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'sheikh', 'prince'])
