/**
 * Where a mention sits in its noun phrase: inside a prepositional phrase, modifying a noun, modifying
 * a named head ("Freedonian Prime Minister X"), coordinated with the next one, owned by the subject.
 */
import type { Token } from '../../doc/index.ts'
import type { Mention } from './mentions.ts'

const PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'from',
  'to',
  'into',
  'throughout',
  'across',
  'against',
  'with',
  'for',
  'on',
  'over',
  'between',
  'by',
  'of',
  'about',
  'inside',
  'outside',
  'within',
  'around',
  'including',
])

export const POSSESSIVES = new Set(['its', 'their', 'his', 'her', 'our'])

/** True when the mention is the object of a preposition: "in Freedonia", "of the Sylvanian senate". */
export function inPrepositionalPhrase(m: Mention, tokens: readonly Token[], floor: number): boolean {
  for (let i = m.first - 1; i >= floor; i--) {
    const t = tokens[i]!
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'NOUN' || POSSESSIVES.has(t.norm))
      continue
    return (t.pos === 'ADP' || t.pos === 'VERB') && PREPOSITIONS.has(t.norm)
  }
  return false
}

/** Nouns of time that follow a subject without being modified by it ("the president today accused"). */
const TIME_NOUNS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'now', 'overnight'])

/** A mention that modifies the noun after it: "a Freedonian ally", "Sylvanian changes". */
export function isModifier(m: Mention, tokens: readonly Token[]): boolean {
  const next = tokens[m.last + 1]
  return next !== undefined && next.pos === 'NOUN' && !TIME_NOUNS.has(next.norm)
}

/**
 * The actor a mention modifies inside one noun phrase: "Freedonian Prime Minister X", "Sylvania's visiting
 * Queen X", "Ruritanian envoy X" -> X. Only titles, names, adjectives and a possessive may come between.
 */
export function headOf(m: Mention, mentions: readonly Mention[], tokens: readonly Token[]): Mention | null {
  for (let j = m.last + 1; j <= m.last + 5 && j < tokens.length; j++) {
    const head = mentions.find((x) => x.first === j)
    // Only a head of the same country: "the capital's forces" (no country) or a miscoded head stays out;
    // a possessor's named head counts whatever its country ("the warlord's militia network").
    if (head) {
      if (head.actor === m.actor) return null
      const sameCountry = head.country !== null && head.country === m.country
      const possessed = tokens[m.last + 1]?.norm === "'s" && !head.generic
      return sameCountry || possessed ? head : null
    }
    const t = tokens[j]!
    const inPhrase =
      t.pos === 'PROPN' ||
      t.pos === 'ADJ' ||
      (t.pos === 'NOUN' && !TIME_NOUNS.has(t.norm)) ||
      t.norm === "'s" ||
      (t.pos === 'VERB' && t.norm.endsWith('ing'))
    if (!inPhrase) return null
  }
  return null
}

export function coordinated(text: string, a: Mention, b: Mention): boolean {
  const between = text.slice(a.end, b.start)
  // A determiner only after "and" ("two nurses and a driver"): ", a local weekly" is an apposition.
  return (
    a.actor !== b.actor &&
    (/^\s*(?:,|and|,\s*and|&)\s*$/i.test(between) || /^,?\s*and\s+(?:a|an|the)\s+$/i.test(between))
  )
}

/** The subject's own belongings ("its troops") and generic nouns are poorer targets than named actors. */
export function ownedBySubject(m: Mention, tokens: readonly Token[]): boolean {
  const before = tokens[m.first - 1]
  return before !== undefined && POSSESSIVES.has(before.norm)
}
