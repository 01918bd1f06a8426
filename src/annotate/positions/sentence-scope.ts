/** Helpers the demand finders share: the sentence text, addressees, gates and reported clauses. */
import type { Position, Sentence, Span } from '../../doc/index.ts'
import { type DemandParts, demandPositions, gateIn, tokensIn } from './content.ts'
import { type Context, lastReportEnd } from './context.ts'

export function sentenceText(ctx: Context, s: Sentence): string {
  return ctx.text.slice(s.start, s.end)
}

export function addresseeFor(ctx: Context, holder: string, candidate: string | null): string | null {
  if (candidate && !ctx.parties.sameSide(candidate, holder)) return candidate
  return ctx.parties.counterpart(holder)
}

/** Demand positions whose precondition flag and gated step come from the clause `from..to`. */
export function gatedDemands(
  ctx: Context,
  s: Sentence,
  from: number,
  to: number,
  parts: Omit<DemandParts, 'precondition' | 'conditionSpan'>,
): Position[] {
  const { pre, span } = gate(ctx, s, from, to)
  return demandPositions(ctx.text, { ...parts, precondition: pre, conditionSpan: span }, ctx.tokens)
}

export function gate(
  ctx: Context,
  s: Sentence,
  from: number,
  to: number,
): { pre: boolean; span: Span | null } {
  const clause = ctx.text.slice(from, to)
  const found = gateIn(clause)
  if (found) return { pre: true, span: { start: from + found.index, end: to } }
  const whole = gateIn(sentenceText(ctx, s))
  if (whole && /\bif\b/i.test(whole[0])) return { pre: true, span: null }
  return { pre: false, span: null }
}

/** "Vela said the Republic must ...": a reporting verb without "that" also opens the reported clause. */
export function afterReport(text: string, from: number, at: number): number {
  const end = lastReportEnd(text, from, at)
  return Math.max(end, from)
}

/** A condition is a clause ("until Hamas is eliminated"), not a time ("until the next round"). */
export function hasVerb(ctx: Context, span: Span): boolean {
  const inside = tokensIn(ctx.tokens, span.start, span.end)
  const first = inside[0]
  if (first && (first.pos === 'PROPN' || first.pos === 'PRON')) return true
  // "the Republic breaks the truce": a named subject with words after it (the tagger may miss the verb)
  const opener = ctx.parties.within(span.start, span.end)[0]
  if (opener && /^(?:the\s+)?$/i.test(ctx.text.slice(span.start, opener.start)) && span.end - opener.end > 3)
    return true
  return inside.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
}
