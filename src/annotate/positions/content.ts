/**
 * Building a position from its pieces: the short paraphrase, the split of a compound ask
 * ("a permanent cease-fire and full withdrawal" -> two asks) and the precondition test.
 */
import type { Position, Span, Token } from '../../doc/index.ts'
import { firstStartingAt, trimSpan } from '../../doc/index.ts'

/** What a precondition gates: talks, a truce, a deal, the war's end, a next phase. */
export const STEP =
  /\b(talks|negotiat\w*|agree\w*|deal|truce|cease-?fire|pause|peace|war|phase|plans?|accept|sign\w*|support\w*|summit|meet\w*|end\w*|resum\w*|start\w*|enter\w*|return\w*)\b/i
const GATE =
  /\b(before|until|unless|only if|only when|only after|as long as|provided that|on condition that|first require\w*|precondition|in exchange for|in return for|as a condition for|conditions? for)\b|\b(?:must|should|has to|have to|needs? to)\b[^.;]{0,40}\bfirst\b/i
const IF_STEP =
  /\bif\b[^.;]*\b(talks|negotiat\w*|agreement|deal|truce|cease-?fire|peace)\b|\b(talks|negotiat\w*|agreement|deal|truce|cease-?fire|peace)\b[^.;]*\bif\b/i

/** The precondition cue in `clause` (or null): "before the war is ended", "if the US wants talks". */
export function gateIn(clause: string): RegExpExecArray | null {
  const gate = GATE.exec(clause)
  if (gate) return gate
  return IF_STEP.exec(clause)
}

/** A compact paraphrase of an ask: the clause without its modal, cue words and trailing punctuation. */
export function paraphrase(text: string): string {
  const words = text
    .replace(/[“”"‘’]/g, '')
    .replace(/^\s*(that|to|for|on|unless|until|if|only if)\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:]+$/, '')
    .split(' ')
  return words.length > 16 ? `${words.slice(0, 16).join(' ')} …` : words.join(' ')
}

/**
 * The items of a compound ask. Splits at "as well as", and at "and" when both sides have at least
 * three words and the right side opens a new phrase (a determiner, adjective or name) rather than
 * continuing a coordinated modifier ("US and EU sanctions", "health and pension funds").
 */
export function splitItems(text: string, span: Span, tokens: readonly Token[]): Span[] {
  const inside = tokensIn(tokens, span.start, span.end)
  const cuts: number[] = []
  for (let i = 1; i < inside.length - 1; i++) {
    const t = inside[i]!
    const wellAs = t.norm === 'as' && inside[i + 1]?.norm === 'well' && inside[i + 2]?.norm === 'as'
    if (wellAs) {
      cuts.push(i, i + 3)
      i += 2
      continue
    }
    // a list "A, B and C": a comma counts as a conjunction when an "and" follows in the ask
    const listComma =
      t.norm === ',' &&
      inside.slice(i + 1).some((x) => x.norm === 'and') &&
      ['DET', 'ADJ'].includes(inside[i + 1]?.pos ?? '')
    if (t.norm !== 'and' && t.norm !== 'plus' && !listComma) continue
    const left = inside.slice(lastCut(cuts), i).filter((x) => /\p{L}/u.test(x.norm))
    const right = inside.slice(i + 1).filter((x) => /\p{L}/u.test(x.norm))
    const prev = inside[i - 1]!
    const next = inside[i + 1]!
    if (left.length < 3 || right.length < 3) continue
    if (!['DET', 'ADJ', 'PROPN', 'NUM'].includes(next.pos)) continue
    if (prev.pos === 'PROPN' && next.pos === 'PROPN') continue
    if (/^(between|both)$/.test(left[left.length - 2]?.norm ?? '')) continue
    cuts.push(i, i + 1)
  }
  if (cuts.length === 0) return [span]
  const out: Span[] = []
  let from = span.start
  for (let k = 0; k < cuts.length; k += 2) {
    const endTok = inside[cuts[k]!]!
    const nextTok = inside[cuts[k + 1]!]
    out.push(trimSpan(text, { start: from, end: endTok.start }))
    from = nextTok ? nextTok.start : span.end
  }
  out.push(trimSpan(text, { start: from, end: span.end }))
  return out.map((s) => trimPunctuation(text, s)).filter((s) => s.end - s.start > 2)
}

function lastCut(cuts: number[]): number {
  return cuts.length ? cuts[cuts.length - 1]! : 0
}

/** Drops dangling dashes, commas and quote marks at the ends of a span. */
export function trimPunctuation(text: string, s: Span): Span {
  let { start, end } = s
  while (start < end && /[\s,;:–—\-“”"‘(]/.test(text[start]!)) start++
  while (end > start && /[\s,;:–—\-“”"’)]/.test(text[end - 1]!)) end--
  return { start, end }
}

export interface DemandParts {
  readonly holder: string
  readonly addressee: string | null
  /** Where the ask is stated; split into items when compound. */
  readonly ask: Span
  /** The minimal clause with cue, holder side and ask. */
  readonly evidence: Span
  readonly precondition: boolean
  readonly conditionSpan: Span | null
  /** Text placed before each item's paraphrase ("Hamas" for "Hamas eliminated ..."). */
  readonly prefix?: string
  readonly kind?: 'demand' | 'threat' | 'offer'
}

const SHORT_EVIDENCE_WORDS = 20

/** One position per item of the ask; items share the evidence when it is short, as annotators do. */
export function demandPositions(text: string, parts: DemandParts, tokens: readonly Token[]): Position[] {
  const items = splitItems(text, parts.ask, tokens)
  const evidenceWords = tokensIn(tokens, parts.evidence.start, parts.evidence.end).length
  return items.map((item, k) => {
    const evidence =
      items.length === 1 || evidenceWords <= SHORT_EVIDENCE_WORDS
        ? parts.evidence
        : k === 0
          ? { start: parts.evidence.start, end: Math.max(item.end, Math.min(parts.evidence.end, item.end)) }
          : item
    const content = paraphrase(text.slice(item.start, item.end))
    return {
      kind: parts.kind ?? 'demand',
      holder: parts.holder,
      addressee: parts.addressee,
      content: parts.prefix ? `${parts.prefix} ${content}` : content,
      contentSpan: item,
      precondition: parts.precondition,
      conditionSpan: parts.conditionSpan,
      proposal: null,
      stance: null,
      evidence,
    }
  })
}

/** The tokens inside `[start, end)`, found by binary search over the sorted `tokens` layer. */
export function tokensIn(tokens: readonly Token[], start: number, end: number): Token[] {
  const out: Token[] = []
  for (let i = firstStartingAt(tokens, start); i < tokens.length && tokens[i]!.start < end; i++)
    if (tokens[i]!.end <= end) out.push(tokens[i]!)
  return out
}
