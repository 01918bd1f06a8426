/**
 * What a role title or group noun without a name describes: "a Hamas official" (an unnamed person
 * affiliated to Hamas), "the spokesman" (a slot for coreference), "Israeli officials" (the state's
 * government), "Ukrainian soldiers" (a derived actor with the state's country and the noun's sector).
 */

import { PLACE_PARTS } from './group-nouns.ts'
import { NameReader, officeSector } from './name-reader.ts'
import { BODY_NOUNS, GOV_BODIES, HOLDINGS, MIL_LIKE, NEEDS_AFFILIATION, TIME_WORDS } from './phrase-words.ts'
import type { Ent } from './registry.ts'
import { type Mod, slug } from './scan-env.ts'
import { HONORIFIC_GENDER } from './titles.ts'

/** Possessive determiners: the group they own takes no affiliation from a following from/of/in. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your'])

export abstract class DescriptionReader extends NameReader {
  protected roleDescription(
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
        let run = v.nameRun(from)
        // "Minister of Foreign Affairs Sheikh Mohammed ...": the office ends where a known person's name starts
        let holder = -1
        for (let p = from + 1; p < run && holder < 0; p++)
          if (this.kbAt(p)?.entry.kind === 'person') holder = p
        if (holder > 0) run = holder
        if (run > from && !this.kbAt(from)) {
          title = `${title} of ${v.text.slice(v.start(from), v.end(run - 1)).toLowerCase()}`
          end = run
          if (holder > 0) {
            const named = this.name(holder, { title, mods, former, from: i })
            if (named > holder) return named
          }
        } else {
          // "professor of strategic studies at the University of X": the field, then the body
          let f = k + 1
          while (f - k <= 4 && !v.isCap(f) && (v.pos(f) === 'NOUN' || v.pos(f) === 'ADJ')) f++
          const body = f > k + 1 ? this.postmod(f) : null
          if (body) {
            title = `${title} ${v.text.slice(v.start(k), v.end(f - 1)).toLowerCase()}`
            aff = body[0]
            end = body[1]
          }
        }
      }
    }
    const modSector = this.modSector
    // "the spokesman, Ines Okonma,": the name is the role's holder
    if (v.isPunct(end, ',')) {
      // the affiliation read after the title counts too ("a member of the Syrian parliament, X,")
      const withAff: Mod[] = mods.length === 0 && aff ? [{ ent: aff, via: 'name' }] : mods
      const named = this.name(end + 1, { title, mods: withAff, former, from: i, apposed: [i, end] })
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
        sector: former ? 'ELI' : (officeSector(aff, title) ?? modSector ?? aff?.sector ?? null),
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
    // nor is one after a copula ("it is official": a predicate)
    const after = v.pos(i - 1)
    if (
      det === null &&
      !aff &&
      !v.isCap(k - 1) &&
      modSector === null &&
      (after === 'NOUN' || after === 'AUX')
    )
      return end
    this.slot('role', i, end, title, aff, officeSector(aff, title) ?? modSector)
    return end
  }

  protected groupPhrase(
    i: number,
    g: [string, string, number, boolean],
    det: 'def' | 'indef' | null,
    mods: Mod[],
    former: boolean,
  ): number {
    const { reg, v } = this.env
    const [lemma, nounSector, k0] = g
    // "the opposition newspaper La Prensa": a media noun names the unknown title that follows
    const titled = !g[3] && nounSector === 'JRN' && !this.kbAt(k0) && !this.placeOver(k0) ? v.nameRun(k0) : k0
    if (titled > k0) {
      const name = v.text.slice(v.start(k0), v.end(titled - 1))
      const aff = this.affiliationOf(mods)
      const ent = reg.ensure({
        id: slug(name),
        name,
        kind: 'organization',
        country: aff?.country ?? null,
        sector: 'JRN',
        affiliation: null,
        role: null,
        known: false,
      })
      this.mention(ent, i, titled, 'name')
      return titled
    }
    // "the rebel Kurdistan Workers' Party": the noun describes the name that follows
    if (!g[3] && (this.kbAt(k0) || v.nameRun(k0) - k0 >= 2)) return k0
    const k = BODY_NOUNS.has(v.lemma(k0)) || BODY_NOUNS.has(withoutS(v.norm(k0))) ? k0 + 1 : k0
    let end = k
    let aff = this.affiliationOf(mods)
    let viaDemonym = mods.length > 0 && mods[mods.length - 1]!.via === 'demonym'
    if (PLACE_PARTS.has(lemma) && !(viaDemonym && aff?.kind === 'state')) return k
    // "pull its troops from Pakistan": the possessor is the group's side, "from" the way out
    if (!aff && !POSSESSIVE_PRONOUNS.has(v.norm(i - 1))) {
      const post = this.postmod(k)
      if (post) {
        aff = post[0]
        end = post[1]
        viaDemonym = false
      }
    }
    // "Israeli intelligence officials", "army officers", "border patrol agents": a sector-giving modifier beats
    // a GOV or generic people noun ("the military government", "the civilian government" stay the government)
    const byMod =
      (nounSector === 'GOV' && this.modSector !== null && !GOV_BODIES.has(lemma)) ||
      (this.modSector !== null && (lemma === 'agent' || lemma === 'officer')) ||
      (nounSector === 'PTY' && this.modSector === 'OPP')
    const sector = former ? 'ELI' : byMod && this.modSector ? this.modSector : nounSector
    if (aff && (aff.kind === 'state' || aff.kind === 'organization' || aff.kind === 'group')) {
      const media = sector === 'JRN' && aff.sector === 'JRN'
      const same =
        aff.kind === 'state' ? sector === 'GOV' : sector === 'GOV' || sector === aff.sector || media
      if (same) {
        if (aff.kind === 'state') aff.governmental = true
        for (const c of this.coordinated) if (c.ent.kind === 'state') c.ent.governmental = true
        const last = mods[mods.length - 1]
        if (last?.from !== undefined && last.to !== undefined) {
          this.env.reg.unmention(aff, v.start(last.from), v.end(last.to - 1))
        }
        // "Hungarian and Romanian officials": each state keeps its own demonym as its mention
        const from = this.coordinated.length > 0 ? (last?.from ?? i) : i
        this.mention(aff, from, end, viaDemonym ? 'demonym' : 'description')
        return end
      }
      if (this.nounAfter(k) && end === k) return k
      // "French and German troops": the last state's body is named from its own demonym on
      const start = this.coordinated.length > 0 ? (mods[mods.length - 1]?.from ?? i) : i
      const phrase = this.env.v.text.slice(
        v.start(mods.length > 0 ? Math.max(start, i + (det ? 1 : 0)) : i),
        v.end(end - 1),
      )
      this.mention(
        this.derived(aff, sector, phrase.replace(/^(the|a|an)\s+/i, '')),
        start,
        end,
        'description',
      )
      // "French and German troops": each coordinated state gets its own body, named by its demonym
      for (const c of this.coordinated) {
        if (c.from === undefined || c.to === undefined) continue
        const name = `${v.text.slice(v.start(c.from), v.end(c.to - 1))} ${v.text.slice(v.start(k0 - 1), v.end(end - 1))}`
        this.env.reg.unmention(c.ent, v.start(c.from), v.end(c.to - 1))
        this.mention(this.derived(c.ent, sector, name), c.from, c.to, 'demonym')
      }
      // the demonym inside ("Tunisian" in "a Tunisian court") is part of this actor's mention
      const lastMod = mods[mods.length - 1]
      if (lastMod?.via === 'demonym' && lastMod.from !== undefined && lastMod.to !== undefined) {
        this.env.reg.unmention(aff, v.start(lastMod.from), v.end(lastMod.to - 1))
      }
      return end
    }
    if (aff) return end
    // "military operations", "military-ruled": the noun modifies another word and names no actor
    if (this.nounAfter(k)) return k
    if (v.word(k) === '-' && v.glued(k)) return k + 1
    if (
      det === 'def' &&
      sector === 'GOV' &&
      (lemma === 'government' || lemma === 'administration' || lemma === 'authority')
    ) {
      this.slot('state', i, end, lemma, null)
      return end
    }
    // "the Foreign Ministry" with no state before it: an unknown ministry, which placement gives the
    // state leading its paragraph (or the dateline's); "the ministry" alone names nothing yet
    const from = det ? i + 1 : i
    if (lemma === 'ministry' && mods.length === 0 && from < k0 - 1 && v.isCap(from) && v.isCap(k0 - 1)) {
      this.unknownOrg(from, k0, mods, 'ministry')
      return k0
    }
    if (NEEDS_AFFILIATION.has(lemma)) return end
    // "the Supreme Court", "the High Court": a capitalised state body with no state named is an
    // organisation that placement can give a country; its name is the whole noun
    const first = k0 - lemma.split(' ').length
    const body = lemma.includes(' ') && MIL_LIKE.has(sector) && v.isCap(first) && v.isCap(k0 - 1)
    const ent = reg.ensure({
      id: `any-${slug(lemma)}`,
      name: v.text.slice(v.start(body ? first : k - 1), v.end(k - 1)),
      kind: body ? 'organization' : 'group',
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

  /** The body of a state or group with another sector: "Ukrainian soldiers" -> `ukr-mil`. */
  protected derived(aff: Ent, sector: string, name: string): Ent {
    return this.env.reg.ensure({
      id: `${aff.id}-${sector.toLowerCase()}`,
      name,
      kind: MIL_LIKE.has(sector) ? 'organization' : 'group',
      country: aff.country,
      sector,
      affiliation: MIL_LIKE.has(sector) ? aff.id : null,
      role: null,
      known: false,
      named: false,
    })
  }

  /** A noun after a group noun that it modifies ("army operations"); a time word is no such noun ("officers today"). */
  private nounAfter(k: number): boolean {
    const { v } = this.env
    // "guerrilla camps", "rebel positions": the places belong to the group, which is the actor
    if (HOLDINGS.has(v.lemma(k))) return false
    return v.pos(k) === 'NOUN' && !this.group(k) && !this.title(k) && !TIME_WORDS.has(v.norm(k))
  }
}

/** The word without a final "s" (no regular expression run per phrase). */
function withoutS(w: string): string {
  return w.endsWith('s') ? w.slice(0, -1) : w
}
