/**
 * Names at a token: a KB person, a surname seen before, or an unknown capitalised run that the context
 * shows to be a person (a title, an appositive, a speech verb) or an organisation (a head word); and
 * how a title and its modifiers describe a person (role, affiliation, country, sector).
 */
import type { MentionKind } from '../../doc/index.ts'
import { isGenericName } from './generic-bodies.ts'
import { NP_MODIFIERS, PARTY_MEMBERS } from './lexicon.ts'
import { HONORIFICS, ORG_HEAD_SECTOR, SPEECH } from './phrase-words.ts'
import type { Ent } from './registry.ts'
import { roleForTitle, roleSector, titleMatches, titleSector } from './roles.ts'
import { type Mod, slug } from './scan-env.ts'
import { HONORIFIC_GENDER } from './titles.ts'
import { TokenReaders } from './token-readers.ts'

/**
 * A government-like organisation whose name speaks of intelligence is an intelligence service; not a
 * committee overseeing one, nor a firm ("… Intelligence Group", "… Intelligence Unit").
 */
const INTELLIGENCE = /\bIntelligence\b(?!.*\b(?:Committee|Caucus|Subcommittee|Group|Unit|Company|Inc|Ltd)\b)/

export abstract class NameReader extends TokenReaders {
  protected readonly surnames = new Map<string, Ent>()
  /** A name run read without result: the scan resumes after it, not inside it. */
  protected skipTo = 0
  /** Full names seen without evidence, by surname, until the surname comes back alone. */
  protected readonly candidates = new Map<string, { text: string; from: number; to: number }>()

  /** Reads one modifier at j; returns the index after it, or j. */
  protected abstract modifier(j: number, mods: Mod[]): number
  /** "from Qatar", "of the European Council": an affiliation after the head. */
  protected abstract postmod(k: number): [Ent, number] | null

  protected affiliationOf(mods: readonly Mod[]): Ent | null {
    return mods.length > 0 ? mods[mods.length - 1]!.ent : null
  }

  /** "… in Scotland", "… in Israel" right after a name: the country of the place or state. */
  protected locatedIn(k: number): string | null {
    const { v } = this.env
    if (v.norm(k) !== 'in') return null
    const j = v.norm(k + 1) === 'the' ? k + 2 : k + 1
    const place = this.placeOver(j)
    if (place) return place.state?.country ?? null
    const f = this.kbAt(j)
    return f && f.entry.kind === 'state' ? f.entry.country : null
  }

  protected unknownOrg(start: number, to: number, mods: readonly Mod[], head?: string, ofPart = -1): Ent {
    const { v, reg } = this.env
    // "the New York Police Department", "Pennsylvania State University": a place right before the
    // run is the first part of the name
    const lastMod = mods[mods.length - 1]
    const from =
      lastMod?.via === 'place' && lastMod.to === start && lastMod.from !== undefined && v.isCap(lastMod.from)
        ? lastMod.from
        : start
    // "the Freedom Party (PVV)": a KB organisation's short name in brackets names the run
    const short = v.word(to) === '(' && v.word(to + 2) === ')' ? this.kbAt(to + 1) : null
    if (
      short &&
      short.next === to + 2 &&
      (short.entry.kind === 'organization' || short.entry.kind === 'group')
    ) {
      const known = this.kbEnt(short.entry)
      this.mention(known, from, to, 'alias')
      return known
    }
    // "Shin Bet Security Service": generic institution words right after a KB body's name describe
    // that body ("Senate Intelligence Committee", "Yale Daily News" are bodies of their own)
    const generic = isGenericName(v.text.slice(v.start(from), v.end(to - 1)))
    for (let j = from - 1; generic && j >= 0 && from - j <= 4; j--) {
      const f = this.kbAt(j)
      if (!f || f.next !== from) continue
      if (f.entry.kind === 'organization' || f.entry.kind === 'group') {
        const known = this.kbEnt(f.entry)
        this.mention(known, from, to, 'alias')
        return known
      }
      break
    }
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
    // "Ministry of Intelligence", "General Intelligence Directorate": an intelligence service of a state
    const base = ORG_HEAD_SECTOR[head ?? v.norm(to - 1)] ?? null
    const sector = (base === 'GOV' || base === null) && INTELLIGENCE.test(name) ? 'SPY' : base
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
   * A capitalised run ending in a party's plural ("House Democrats", "Iowa Republicans", "Even
   * Democrats" opening a sentence) is never a person. In a chamber the members are the party itself;
   * otherwise the scan resumes at the plural, which names the party on its own.
   */
  private partyMembers(k: number, runEnd: number): number {
    const { v } = this.env
    const party = this.kbAt(runEnd - 1)
    let chamber = true
    for (let j = k; j < runEnd - 1; j++) if (!CHAMBERS.has(v.norm(j))) chamber = false
    if (chamber && party && party.next === runEnd && party.entry.sector === 'PTY') {
      this.mention(this.kbEnt(party.entry), k, runEnd, 'alias')
      return v.isPossessive(runEnd) ? runEnd + 1 : runEnd
    }
    this.skipTo = runEnd - 1
    return k
  }

  /**
   * A name at k: a KB person, a known surname, or an unknown capitalised run that the context
   * shows to be a person (a title before it, an appositive after it, a speech verb) or an
   * organisation (its last word is "Ministry", "Party"…). Returns the index after it, or k.
   */
  protected name(
    k: number,
    ctx: { title: string | null; mods: Mod[]; former: boolean; from: number; apposed?: [number, number] },
  ): number {
    const { v } = this.env
    let ent: Ent | null = null
    let end = k
    let kind: MentionKind = 'name'
    const f = this.kbAt(k)
    // "Rep. Andy Harris ... Mr. Harris": a surname the article has already given to someone beats a
    // KB person known by that surname alone
    const local = f && f.next === k + 1 ? this.surnames.get(v.word(k)) : undefined
    if (local && f && local.id !== f.entry.id && v.isCap(k)) {
      ent = local
      end = k + 1
    } else if (f && f.entry.kind === 'person' && f.target.kind !== 'demonym') {
      ent = this.kbEnt(f.entry)
      end = f.next
      kind = f.target.kind === 'name' ? 'name' : 'alias'
      // "Speaker Mike Johnson ... Mr. Johnson": the surname now names this person
      if (end - k >= 2 && !this.surnames.has(v.word(end - 1))) this.surnames.set(v.word(end - 1), ent)
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
      if (runEnd - k >= 2 && PARTY_MEMBERS.has(v.norm(runEnd - 1))) return this.partyMembers(k, runEnd)
      const text = v.text.slice(v.start(k), v.end(runEnd - 1))
      // "Al Thani", "van Dijk": a surname with its particle
      const particle = runEnd - k === 2 && SURNAME_PARTICLES.has(v.norm(k))
      const known =
        runEnd - k === 1 ? this.surnames.get(text) : particle ? this.surnames.get(v.word(k + 1)) : undefined
      const candidate = runEnd - k === 1 && !known ? this.candidates.get(text) : undefined
      // "President Bush": the KB person of that surname who held that title (on the date, else the latest)
      const titled =
        ctx.title && runEnd - k === 1 && !known && !candidate
          ? this.env.roles.bySurname(text, ctx.title, this.env.dated ? this.env.date : null)
          : null
      if (known) {
        ent = known
        end = runEnd
      } else if (titled) {
        ent = this.kbEnt(titled)
        this.surnames.set(text, ent)
        end = runEnd
        kind = 'alias'
      } else if (candidate) {
        // a full name seen earlier without evidence, now taken up by its surname: a person
        ent = this.person(candidate.text)
        this.mention(ent, candidate.from, candidate.to, 'name')
        this.surnames.set(text, ent)
        this.candidates.delete(text)
        end = runEnd
      } else if (!ctx.title && this.placeOver(k)?.next === runEnd) {
        // a place named alone ("the West Bank", "Donetsk said") is no actor and no person; a city an
        // act is aimed at ("shelled Aleppo", "marched into Mosul") stands for its country
        const place = this.placeOver(k)
        if (place?.state && !place.demonym && this.objectOfAct(k)) {
          this.mention(this.kbEnt(place.state), k, runEnd, 'description')
        }
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
          // "talks in the Palais Coburg", "at the Hotel Bristol": "in/at the" introduces a place, not a person
          const placeNamed = v.norm(k - 1) === 'the' && LOCATIVE.has(v.norm(k - 2))
          if (
            words >= 2 &&
            words <= 4 &&
            !placeNamed &&
            v.pos(k) === 'PROPN' &&
            v.pos(runEnd - 1) === 'PROPN'
          ) {
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
        ent = this.person(text)
        if (runEnd - k >= 2) this.surnames.set(v.word(runEnd - 1), ent)
        end = runEnd
      }
    }
    if (
      !ent.known &&
      ctx.title &&
      ctx.mods.length === 0 &&
      (v.norm(end) === 'of' || v.norm(end) === 'from')
    ) {
      // "President Abdou Diouf of Senegal", "Judge Ana Ruiz of the Supreme Court": the body after the name
      const post = this.postmod(end)
      if (post && post[0].kind !== 'person') {
        this.describe(ent, ctx.title, [{ ent: post[0], via: 'name' }], ctx.former)
        this.mention(ent, k, end, kind)
        return post[1]
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
  protected person(text: string): Ent {
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
  protected describe(ent: Ent, title: string | null, mods: readonly Mod[], former: boolean): void {
    const aff = this.affiliationOf(mods)
    if (title && HONORIFICS.has(title)) {
      ent.gender ??= HONORIFIC_GENDER.get(title) ?? null
    } else if (title) {
      if (ent.known && ent.role !== null && !titleMatches(ent.role, title)) ent.role = title
      if (ent.known && former) {
        // "ousted president Akayev", "former Prime Minister X": a former office holder, whatever the KB date says
        ent.sector = 'ELI'
        ent.role = `former ${title}`
      } else if (ent.known) {
        // "President Mugabe" in a text dated after his term, "Prime Minister Haniyeh" when the KB's latest
        // office is another: the title says which office the text speaks of
        const entry = this.env.kb.byId.get(ent.id)
        const held = entry ? roleForTitle(entry, title, this.env.dated ? this.env.date : null) : null
        if (entry && held) {
          ent.sector = roleSector(entry, held, this.bodySectorOf)
          ent.role = held.title
        }
      }
      ent.role ??= former ? `former ${title}` : title
      ent.gender ??= HONORIFIC_GENDER.get(title) ?? null
      if (!ent.known)
        ent.sector ??= former ? 'ELI' : (officeSector(aff, title) ?? this.modSector ?? aff?.sector ?? null)
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
  protected appositive(k: number): [string, Mod[], number, number] | null {
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

/** Words for a legislature or its parts before a party's plural ("House Democrats"). */
const CHAMBERS: ReadonlySet<string> = new Set([
  'house',
  'senate',
  'congressional',
  'parliamentary',
  'assembly',
])

/** Prepositions of place: "in the <Name>" is a building or a venue. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at', 'inside', 'outside', 'near', 'from'])

const SURNAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ben',
  'abu',
  'de',
  'del',
  'da',
  'di',
  'van',
  'von',
  'le',
  'la',
  'du',
])

/** A body that is not a state gives its own sector to its office holders (IGO, LAB, REB…). */
export function bodySector(aff: Ent | null): string | null {
  return aff && aff.kind !== 'state' && aff.kind !== 'person' && aff.sector !== 'GOV' ? aff.sector : null
}

/**
 * The sector an office title gives its holder: the body's own when it is not a state or a government
 * body ("chairman of a union" LAB); a body of unknown sector does not make its president GOV
 * ("president of the Farmers' Association"), other titles keep theirs ("spokesman", "general").
 */
export function officeSector(aff: Ent | null, title: string): string | null {
  const body = bodySector(aff)
  if (body !== null) return body
  const own = titleSector(title)
  const nonState = aff !== null && aff.kind !== 'state' && aff.kind !== 'person' && aff.sector === null
  return nonState && own === 'GOV' ? null : own
}
