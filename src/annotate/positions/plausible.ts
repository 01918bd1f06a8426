/**
 * Last checks on a demand, offer or threat found by any mechanism, for what the cue patterns
 * cannot see: a question asks rather than demands ("What do we have to lose?"), and content
 * with no content word ("this", "it") says nothing a reader could act on.
 */
import type { Position, Sentence } from '../../doc/index.ts'
import { tokensIn } from './content.ts'
import type { Context } from './context.ts'

const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM'])

/** Whether the sentence is a question: its last mark before any closing quotes is "?". */
export function isQuestion(text: string, s: Sentence): boolean {
  return /\?[\s"'”’)]*$/.test(text.slice(s.start, s.end))
}

export function plausiblePosition(ctx: Context, s: Sentence, p: Position): boolean {
  if (p.kind === 'stance') return true
  if (isQuestion(ctx.text, s)) return false
  const span = p.contentSpan
  if (!span) return true
  return tokensIn(ctx.tokens, span.start, span.end).some((t) => CONTENT_POS.has(t.pos))
}
