/**
 * The modifiers of a noun phrase and what attaches after its head: demonyms, KB names, places,
 * unknown organisations, leaders' offices ("the Biden administration"), portfolio words, qualifiers,
 * coordinated demonyms; and after the head, "from/of/in/at X" affiliations.
 */
import type { KbEntry } from '../../kb/index.ts'
import { DescriptionReader } from './descriptions.ts'
import { NP_MODIFIERS, ORG_HEADS } from './lexicon.ts'
import { COMPASS, ORG_COREF } from './phrase-words.ts'
import type { Ent } from './registry.ts'
import type { Mod } from './scan-env.ts'
import { W_TITLE } from './word-classes.ts'

/** Nouns after a leader's name that make it stand for the government: "the Biden administration". */
export const OFFICE_NOUNS = new Set(['administration', 'government', 'camp'])
const LEADER_TITLES = ['president', 'prime minister', 'chancellor']
/** "X-based", "X-led", "X-backed": the second half of a hyphenated country modifier. */
const HYPHEN_ORIGIN = new Set(['based', 'led', 'backed', 'sponsored', 'trained', 'funded'])
/** Prepositions that attach an affiliation after the head: "police in Shanghai", "students across Iran". */
const AFTER_HEAD = new Set(['from', 'of', 'in', 'at', 'throughout', 'across'])
/** Nouns of a settlement or division naming the place after them: "the West Bank city of Tulkarm". */
const PLACE_NOUNS = new Set([
  'city',
  'town',
  'village',
  'region',
  'province',
  'district',
  'port',
  'camp',
  'state',
])

/** Head words of a business named "<state> <head>": "Kenya Railways", "Nigeria Telecom". */
const BUSINESS_HEADS = new Set([
  'airlines',
  'airways',
  'railways',
  'telecom',
  'telecommunications',
  'petroleum',
  'oil',
  'steel',
  'motors',
  'shipping',
  'mining',
  'electric',
  'electricity',
  'post',
  'airports',
  'ports',
  'holdings',
  'insurance',
])

export abstract class ModifierReader extends DescriptionReader {
  /** "the Biden administration": the person, then the state their office belongs to as the modifier. */
  protected officeMod(
    person: KbEntry,
    j: number,
    after: number,
    kind: 'name' | 'alias',
    mods: Mod[],
  ): number {
    const office = this.env.roles.officeOf(person, this.env.date)
    const state = office ? this.env.kb.byId.get(office) : undefined
    this.mention(this.kbEnt(person), j, after, kind)
    if (!state) return after
    mods.push({ ent: this.kbEnt(state), via: 'office', from: j, to: after + 1 })
    return after + 1
  }

  /** The end of capitalised portfolio words before "Minister"/"Ministry" at j, or j. */
  protected portfolio(j: number): number {
    const { v } = this.env
    // cheap test first: a "Minister" within the next four words
    if (!v.isCap(j)) return j
    let m = j + 1
    while (m < v.n && m - j <= 4 && !v.lemmaIs(m, 'minister')) m++
    if (m >= v.n || m - j > 4) return j
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

  /**
   * The end of capitalised words that qualify a capitalised title before a name, or j: "House
   * Speaker Ann Ruiz", "House Minority Leader Ann Ruiz". None of them may be a KB name, a place, an
   * organisation head, a modifier or a title itself, so "White House Press Secretary" keeps its body.
   */
  protected titleQualifiers(j: number): number {
    const { v } = this.env
    if (!v.isCap(j) || !this.capitalTitleAfter(j)) return j
    let k = j
    while (k - j < 3 && k < v.n && v.isCap(k) && !this.title(k)) {
      const n = v.norm(k)
      // "Ousted Chancellor X", "Acting President X": a modifier of the title keeps its meaning
      if (this.kbAt(k) || this.placeOver(k) || this.group(k) || ORG_HEADS.has(n) || NP_MODIFIERS.has(n))
        return j
      k++
    }
    const t = k > j ? this.title(k) : null
    if (!t || !v.isCap(k) || FUNCTION_POS.has(v.pos(t[1])) || this.title(t[1])) return j
    // a full name, or a surname the article has given someone: "Martin Luther King Jr." and title-case
    // headlines ("Told A Female Reporter Not To …") have no name after the "title"
    const run = v.nameRun(t[1])
    return run - t[1] >= 2 || (run > t[1] && this.surnames.has(v.word(t[1]))) ? k : j
  }

  /**
   * Cheap test before `titleQualifiers`: one of the (at most three) capitalised words right after j can
   * start a role title. Most capitalised words have none in reach, and then the qualifier reading would
   * only read KB names and places ahead of the scan.
   */
  protected capitalTitleAfter(j: number): boolean {
    const { v } = this.env
    for (let k = j + 1; k - j <= 3 && k < v.n && v.isCap(k); k++)
      if ((this.wordBits(k) & W_TITLE) !== 0) return true
    return false
  }

  /** A capitalised business head word at j ("Railways" after "Kenya") that names no other actor. */
  private businessHead(j: number): boolean {
    const { v } = this.env
    return v.isCap(j) && BUSINESS_HEADS.has(v.norm(j)) && !this.kbAt(j) && !this.placeAt(j)
  }

  /** True when a KB name or an organisation run at j reads past `next`. */
  protected namesFurther(j: number, next: number): boolean {
    const f = this.kbAt(j)
    if (f && f.next > next) return true
    const org = this.orgRun(j)
    return org !== null && org[0] > next
  }

  /** One capitalised word that is no name of its own, followed by a role title or group noun. */
  protected unknownQualifier(j: number): boolean {
    const { v } = this.env
    if (!v.isCap(j) || this.kbAt(j) || this.placeAt(j) || this.title(j) || this.group(j)) return false
    if (v.nameRun(j) > j + 1 && !this.title(j + 1) && !this.group(j + 1)) return false
    return this.title(j + 1) !== null || this.group(j + 1) !== null
  }

  /** One lower-case noun between an affiliation and the head noun: "French paper workers". */
  protected nounQualifier(j: number): boolean {
    const { v } = this.env
    if (v.isCap(j) || v.pos(j) !== 'NOUN' || this.title(j) || this.group(j)) return false
    const g = this.group(j + 1)
    return this.title(j + 1) !== null || (g !== null && g[2] === j + 2)
  }

  /** Reads one modifier at j; returns the index after it, or j. */
  protected modifier(j: number, mods: Mod[]): number {
    const { v } = this.env
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
      if (f.entry.kind === 'state' && f.target.kind !== 'demonym' && !poss && this.businessHead(after)) {
        // "Kenya Railways", "Syria Airlines": a business named after its state, with its country
        const ent = this.unknownOrg(j, after + 1, [{ ent: this.kbEnt(f.entry), via: 'name' }], 'company')
        mods.push({ ent, via: 'org' })
        return after + 1
      }
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
    if (!paren) j = this.describedPlace(j)
    const place = paren || n === 'at' ? null : this.placeOver(j)
    if (place) {
      // "police in Shanghai", "the governor of Kherson": the place's country, no mention of it;
      // "the mayor of the West Bank city of Tulkarm": the named place, else the larger one
      const inner = PLACE_NOUNS.has(v.lemma(place.next)) && v.norm(place.next + 1) === 'of'
      const named = inner ? this.placeOver(place.next + 2) : null
      const state = named?.state ?? place.state
      return state ? [this.kbEnt(state), named?.next ?? place.next] : null
    }
    const org = paren ? null : this.orgAfter(j)
    if (org) return org
    const f = this.kbAt(j)
    if (!f || f.entry.kind === 'person') return null
    // "the director of the US Central Intelligence Agency": the state qualifies the body named after it
    const inner = f.entry.kind === 'state' && f.target.kind !== 'demonym' && !paren ? this.kbAt(f.next) : null
    if (
      inner &&
      inner.entry.kind !== 'person' &&
      inner.entry.kind !== 'state' &&
      inner.target.kind !== 'demonym'
    ) {
      if (f.target.kind !== 'capital') this.mention(this.kbEnt(f.entry), j, f.next, f.target.kind)
      const body = this.kbEnt(inner.entry)
      this.mention(body, f.next, inner.next, inner.target.kind === 'name' ? 'name' : 'alias')
      return [body, inner.next]
    }
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
    // "of the Hamas movement": the generic noun after the name is part of it
    if (!paren && f.target.kind !== 'demonym' && ORG_COREF.has(v.norm(end))) end++
    return [ent, end]
  }

  /**
   * Past descriptive words before a place or a KB body: "from army-ruled Pakistan", "of the western
   * West Bank city", "of the radical Hamas movement": at most two lower-case adjectives, hyphenated
   * compounds or unknown capitalised words; j when no place or KB state or body follows them.
   */
  private describedPlace(j: number): number {
    const { v } = this.env
    let k = j
    for (let n = 0; n < 2; n++) {
      if (this.placeAt(k) || this.kbAt(k)) break
      if (v.word(k + 1) === '-' && v.glued(k + 1) && v.glued(k + 2) && !v.isCap(k + 2)) k += 3
      else if (
        v.isCap(k) ? v.nameToken(k) && v.nameToken(k + 1) : v.pos(k) === 'ADJ' || COMPASS.has(v.norm(k))
      )
        k++
      else break
    }
    if (k === j) return j
    const f = this.placeOver(k) ? null : this.kbAt(k)
    return f ? (f.entry.kind !== 'person' && f.target.kind !== 'demonym' ? k : j) : this.placeOver(k) ? k : j
  }

  /** "the University of St. Andrews", "the Chadian Human Rights League": an organisation after a head. */
  protected orgAfter(j: number): [Ent, number] | null {
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
}

/** Parts of speech no name starts with (the tagger often calls a first name a verb, so no PROPN test). */
const FUNCTION_POS: ReadonlySet<string> = new Set([
  'ADP',
  'PART',
  'DET',
  'PRON',
  'AUX',
  'CCONJ',
  'SCONJ',
  'ADV',
])
