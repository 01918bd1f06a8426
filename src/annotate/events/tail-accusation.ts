import type { Doc, Event, Token } from '../../doc/index.ts'
import { ACCUSING_TAIL_VERBS } from './clauses.ts'
import { lemmaOf } from './match-triggers.ts'
import type { Mention } from './participants.ts'
import { findEventDate } from './place-and-date.ts'

/**
 * "The ministry keeps ignoring the court's rulings, a watchdog group protested": when the reported
 * clause names no event of its own, the accusing verb of the tail is the event, from the tail's actor
 * to the subject of the report.
 */
export function tailAccusation(
  doc: Doc,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  range: { readonly start: number; readonly end: number },
  tailStart: number,
  sentence: { start: number; end: number },
): Event | null {
  let verb = -1
  for (let i = range.end - 1; i > tailStart; i--) {
    if (tokens[i]!.pos === 'VERB') {
      verb = ACCUSING_TAIL_VERBS.has(lemmaOf(tokens[i]!)) ? i : -1
      break
    }
  }
  if (verb < 0) return null
  const speaker = mentions.find((m) => m.first > tailStart && m.last < verb) ?? null
  const subject = mentions.find((m) => m.first >= range.start && m.last < tailStart) ?? null
  if (!speaker && !subject) return null
  const trigger = { start: tokens[verb]!.start, end: tokens[verb]!.end }
  return {
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    source: speaker?.actor ?? null,
    target: subject?.actor ?? null,
    status: 'done',
    date: findEventDate(doc.text, doc.meta.published, sentence, trigger.start, 'past'),
    location: null,
    trigger,
    evidence: sentence,
  }
}
