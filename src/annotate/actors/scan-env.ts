/**
 * The shared shapes of the left-to-right scan: its environment, the slots that coreference fills,
 * appositions, and what the token readers return.
 */
import type { AliasIndex, AliasTarget, Kb, KbEntry, PlaceIndex } from '../../kb/index.ts'
import type { Ent, Registry } from './registry.ts'
import type { RoleIndex } from './roles.ts'
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

export interface Mod {
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
export interface PlaceFound {
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

export interface Found {
  readonly target: AliasTarget
  readonly entry: KbEntry
  /** Token index after the match. */
  readonly next: number
}

const slugs = new Map<string, string>()

/** An id part made of a name: ASCII lower case and hyphens (cached: names recur across articles). */
export function slug(s: string): string {
  let made = slugs.get(s)
  if (made === undefined) {
    made =
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '') || 'actor'
    if (slugs.size >= 10_000) slugs.clear()
    slugs.set(s, made)
  }
  return made
}
