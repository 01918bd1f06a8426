/**
 * The gazetteer index: every place name and alias, matched with the same rules as actor names
 * (case-sensitive, diacritics folded, longest form wins, word boundaries). A form shared by places
 * of different countries ("Punjab": India and Pakistan) matches but gives no country. Demonyms
 * ("Kashmiri", "Gazans") are matched too and flagged.
 */
import { type AliasIndex, createAliasIndex } from './alias-index.ts'
import type { KbPlace } from './schema.ts'

export interface PlaceMatch {
  readonly start: number
  readonly end: number
  /** Every place the matched form names (usually one). */
  readonly places: readonly KbPlace[]
  /** The country all of them lie in, or null when they disagree. */
  readonly country: string | null
  /** The form is a demonym ("Kashmiri", "Gazans"), not the place's name. */
  readonly demonym: boolean
}

export interface PlaceIndex {
  /** The longest place form starting exactly at `at` in `folded` (a text passed through `foldText`). */
  match(folded: string, at: number): PlaceMatch | null
  /** True when some place form starts with this (folded) word. */
  starts(word: string): boolean
  readonly size: number
}

export function createPlaceIndex(places: readonly KbPlace[]): PlaceIndex {
  const index: AliasIndex = createAliasIndex(places)
  const byId = new Map(places.map((p) => [p.id, p]))
  return {
    size: index.size,
    starts: (word) => index.starts(word),
    match(folded, at) {
      const m = index.match(folded, at)
      if (!m) return null
      const found: KbPlace[] = []
      for (const t of m.targets) {
        const p = byId.get(t.id)
        if (p && !found.includes(p)) found.push(p)
      }
      if (found.length === 0) return null
      const country = found.every((p) => p.country === found[0]!.country) ? found[0]!.country : null
      const demonym = m.targets.every((t) => t.kind === 'demonym')
      return { start: m.start, end: m.end, places: found, country, demonym }
    },
  }
}
