/**
 * Preconditions that cannot both hold: side A asks for a step (a permanent cease-fire, the end of
 * the war) while side B makes that very step wait for something of its own ("no permanent
 * ceasefire until Hamas is eliminated", "destroyed before the war is ended"). Steps are compared
 * by topic, so "cease-fire", "truce" and "end of the war" meet.
 */
import type { Disconnect, Position } from '../../doc/index.ts'
import type { PartyIndex } from '../common/party-index.ts'

/** Topic of a phrase: the step it names, folded so that near-synonyms meet. */
const TOPICS: ReadonlyArray<[string, RegExp]> = [
  [
    'end of the war',
    /\b(cease-?fire|truce|armistice|end(?:ing|s|ed)?\s+(?:of\s+)?(?:the\s+|their\s+)?(?:war|fighting|hostilities|conflict)|(?:war|fighting|conflict)\s+(?:is|be|was)\s+(?:ended|over|stopped)|stop(?:ping)? the (?:war|fighting)|cessation of hostilities)\b/i,
  ],
  ['withdrawal', /\bwithdraw\w*|pull(?:ing)?[- ]?out\b/i],
  ['sanctions', /\bsanctions?|embargo|tariffs?|duties\b/i],
  ['talks', /\b(talks|negotiations?|summit|dialogue)\b/i],
  ['hostages and prisoners', /\b(hostages?|prisoners?|detainees?|captives?)\b/i],
  ['territory', /\b(territor\w+|land|borders?|regions?)\b/i],
  ['disarmament', /\b(disarm\w*|dismantl\w*|destroy\w*|eliminat\w*|defeat\w*)\b/i],
]

function topicsOf(phrase: string): Set<string> {
  const out = new Set<string>()
  for (const [name, re] of TOPICS) if (re.test(phrase)) out.add(name)
  return out
}

export function conflictingPreconditions(
  text: string,
  positions: readonly Position[],
  parties: PartyIndex,
): Disconnect[] {
  const demands = positions.filter((p) => p.kind === 'demand')
  const gated = demands.filter((p) => p.precondition && p.conditionSpan)
  const out: Disconnect[] = []
  const seen = new Set<string>()
  for (const b of gated) {
    const step = text.slice(b.conditionSpan!.start, b.conditionSpan!.end)
    const stepTopics = topicsOf(step)
    const askEnd = b.contentSpan
      ? Math.min(
          b.contentSpan.end,
          b.conditionSpan!.start > b.contentSpan.start ? b.conditionSpan!.start : b.contentSpan.end,
        )
      : 0
    const askText = b.contentSpan ? text.slice(b.contentSpan.start, askEnd) : b.content
    const asked = topicsOf(askText)
    for (const a of demands) {
      const sideA = parties.side(a.holder)
      const sideB = parties.side(b.holder)
      if (sideA === sideB || /^(do not|no)\b/.test(a.content)) continue
      if (a.addressee && parties.side(a.addressee) !== sideB) continue
      const aTopics = topicsOf(a.contentSpan ? text.slice(a.contentSpan.start, a.contentSpan.end) : a.content)
      // A asks for the step B gates, and B's own ask is something else
      const shared = [...aTopics].find((t) => stepTopics.has(t) && !asked.has(t))
      if (!shared) continue
      const key = [sideA, sideB, shared].join('|')
      if (seen.has(key)) continue
      seen.add(key)
      out.push({
        parties: [sideA, sideB],
        issue: `${shared}: ${nameOf(parties, sideA)} asks for it; ${nameOf(parties, sideB)} first requires ${shorten(askText)}`,
        basis: 'conflict',
        evidence: [a.evidence, b.evidence],
      })
    }
  }
  return out
}

function nameOf(parties: PartyIndex, id: string): string {
  return parties.actor(id)?.name ?? id
}

function shorten(phrase: string): string {
  const words = phrase
    .replace(/[“”"]/g, '')
    .replace(/\s+(?:must|should|has to|have to|needs? to)\s+be\s+/i, ' ')
    .trim()
    .split(/\s+/)
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : words.join(' ')
}
