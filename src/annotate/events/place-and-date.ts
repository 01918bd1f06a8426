/**
 * Where and when: the place is the first "in/at/near <Capitalised Name>" of the clause after the
 * trigger (else of the sentence); the date is the date expression nearest the trigger, resolved
 * against the publication date by `common/dates.ts` (future tense for announced events).
 */
import type { Token } from '../../doc/index.ts'
import { findDates, type Tense } from '../common/dates.ts'

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside'])
const NOT_PLACES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|the|a|an|parliament|congress|court|talks|response|principle|addition|particular|total|fact|part|order|favor|favour|charge|power|office|recent|an|interview)$/

/** The name after "in/at/near (the)": a run of capitalised proper nouns, joined by "of"/"-". */
function placeAt(text: string, tokens: readonly Token[], i: number, end: number): string | null {
  let j = i + 1
  if (tokens[j]?.norm === 'the') j++
  const first = j
  while (j < end) {
    const t = tokens[j]!
    const word = text.slice(t.start, t.end)
    if (t.pos === 'PROPN' && /^\p{Lu}/u.test(word) && !NOT_PLACES.test(t.norm)) {
      j++
      continue
    }
    if ((t.norm === 'of' || t.norm === '-') && tokens[j + 1]?.pos === 'PROPN' && j > first) {
      j++
      continue
    }
    break
  }
  if (j === first) return null
  return text.slice(tokens[first]!.start, tokens[j - 1]!.end)
}

export function findLocation(
  text: string,
  tokens: readonly Token[],
  trigger: number,
  clauseEnd: number,
  sentenceStart: number,
  sentenceEnd: number,
): string | null {
  return scanPlaces(text, tokens, trigger, clauseEnd) ?? scanPlaces(text, tokens, sentenceStart, sentenceEnd)
}

function scanPlaces(text: string, tokens: readonly Token[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) {
    if (!PLACE_PREPOSITIONS.has(tokens[i]!.norm) || tokens[i]!.pos !== 'ADP') continue
    const place = placeAt(text, tokens, i, to)
    if (place) return place
  }
  return null
}

export function findEventDate(
  text: string,
  published: string | null,
  sentence: { start: number; end: number },
  triggerOffset: number,
  tense: Tense,
): string | null {
  if (!published) return null
  const dates = findDates(text.slice(sentence.start, sentence.end), published, tense, sentence.start)
  let best: { date: string; distance: number } | null = null
  for (const d of dates) {
    const distance = Math.abs(d.start - triggerOffset)
    if (!best || distance < best.distance) best = { date: d.date, distance }
  }
  return best?.date ?? null
}
