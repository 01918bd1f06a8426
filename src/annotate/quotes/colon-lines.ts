/**
 * "Ruiz: No deal before the vote", "RUIZ: We are not moving", "Q: What happens next?": a line
 * that opens with a short name and a colon attributes the rest of its sentence to that name
 * (headlines, interview transcripts). The colon is the cue.
 */
import type { UnitContext } from './content.ts'
import type { TokenRange } from './phrases.ts'
import type { Unit } from './units.ts'

const FREE = 0
const MAX_NAME = 3
const MIN_CONTENT = 4
const NAME_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'X'])
const UPPER = /^\p{Lu}/u
/** Labels that open a line with a colon without naming a source. */
const LABELS = new Set([
  'note',
  'update',
  'updated',
  'correction',
  'related',
  'photo',
  'photos',
  'video',
  'watch',
  'read',
  'see',
  'source',
  'sources',
  'editor',
  'disclosure',
  'warning',
  'when',
  'where',
  'what',
  'who',
  'why',
  'how',
  'tags',
  'topics',
  'contact',
  'email',
  'follow',
  'twitter',
])

export interface ColonLine {
  readonly cue: TokenRange
  readonly speaker: TokenRange
  readonly content: TokenRange
}

/**
 * The name-colon attribution that opens `unit`, if any; its content runs to the end of the
 * paragraph (`paragraphEnd`, a token index), as a transcript turn does, or to the first
 * attribution found earlier.
 */
export function colonLine(
  ctx: UnitContext,
  unit: Unit,
  paragraphEnd: number,
  state: Uint8Array,
): ColonLine | null {
  const { toks, text } = ctx
  let k = unit.first
  while (k < unit.end && k - unit.first < MAX_NAME) {
    const t = toks[k]!
    if (state[k] !== FREE || !NAME_POS.has(t.pos) || !UPPER.test(text.slice(t.start, t.start + 1))) break
    k++
  }
  const colon = toks[k]
  if (k === unit.first || !colon || colon.norm !== ':' || state[k] !== FREE) return null
  if (LABELS.has(toks[unit.first]!.norm)) return null
  // The line must start a paragraph or follow a line break: a colon inside running text introduces
  // a list or an explanation.
  const before = text.slice(Math.max(0, toks[unit.first]!.start - 2), toks[unit.first]!.start)
  if (toks[unit.first]!.start > 0 && !before.includes('\n')) return null
  const first = k + 1
  let end = first
  while (end < paragraphEnd && (state[end] === FREE || ctx.quoteOf[end]! >= 0)) end++
  // "Q: Do you …?": an interviewer's question reports nothing.
  if (toks[end - 1]?.norm === '?') return null
  while (end > first && toks[end - 1]!.pos === 'PUNCT' && ctx.quoteOf[end - 1]! < 0) end--
  if (!statement(ctx, first, end)) return null
  return { cue: { first: k, end: k + 1 }, speaker: { first: unit.first, end: k }, content: { first, end } }
}

/**
 * Enough words to be a statement ("Now or never" is a section heading), and not a list of names
 * ("Iowa: Ann Ruiz, Omar Haddad, …": many commas and no verb).
 */
function statement(ctx: UnitContext, first: number, end: number): boolean {
  let words = 0
  let commas = 0
  let verb = false
  for (let i = first; i < end; i++) {
    const t = ctx.toks[i]!
    if (t.pos !== 'PUNCT') words++
    if (t.norm === ',') commas++
    if (t.pos === 'VERB' || t.pos === 'AUX') verb = true
  }
  return words >= MIN_CONTENT && (verb || commas <= 2)
}
