/**
 * Where the content of an attitude stops before material that belongs to the clause around it,
 * not to what is believed, wanted or endorsed: an adverbial clause ("refused [to speak] as she
 * left"), a side clause set off by a comma ("hoped [to win New Hampshire], where …"), and the
 * main clause after a fronted subordinate one ("When he learned [that the vote was off], she
 * walked out"). Time adjuncts ("endorsed Cruz last week") stay: PolNeAR keeps them about as often
 * as not, and cutting them lowered the train figures.
 */
import type { Token } from '../../doc/index.ts'
import type { UnitContext } from './content.ts'
import { isComma } from './phrases.ts'

/** Conjunctions that open a subordinate clause, wherever it stands. */
const CLAUSE_OPENERS = [
  'because',
  'when',
  'while',
  'after',
  'before',
  'although',
  'though',
  'since',
  'unless',
  'whereas',
  'as',
  'once',
]

/**
 * What opens an adverbial clause after the content: the circumstances of the attitude, not its
 * content ("declined [to comment] because …", "supported [the bill] despite …").
 */
const SUBORDINATORS = new Set([...CLAUSE_OPENERS, 'until', 'despite'])

/** Whether an adverbial clause or a "despite" phrase starts at token `k`. */
export function adverbialAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k]!
  if (!SUBORDINATORS.has(t.norm)) return false
  // "as a candidate", "as well as": "as" opens a clause only when the tagger says so.
  if (t.norm === 'as') return t.pos === 'SCONJ' && toks[k + 1]?.norm !== 'well'
  // "before the convention", "after the debate": a time phrase, kept.
  if (
    (t.norm === 'before' || t.norm === 'after' || t.norm === 'since' || t.norm === 'until') &&
    t.pos !== 'SCONJ'
  )
    return false
  return true
}

/**
 * The end of a content that starts at `r` and ends at `end`, cut before the first adverbial
 * clause outside quotes that follows at least one word of content.
 */
export function cutAdverbial(ctx: UnitContext, r: number, end: number): number {
  const { toks, quoteOf } = ctx
  for (let k = r + 1; k < end; k++) {
    if (quoteOf[k]! >= 0) continue
    if (adverbialAt(toks, k)) return trimPunct(ctx, r, k)
    // "even as …", "even though …"
    if (toks[k]!.norm === 'even' && k + 1 < end && adverbialAt(toks, k + 1)) return trimPunct(ctx, r, k)
  }
  return end
}

/** What opens a fronted subordinate clause ("If …, then …", "When …, she …"). */
const FRONTED = new Set([...CLAUSE_OPENERS, 'if'])

/**
 * Whether the verb at `i` sits in a subordinate clause that opens its unit ("When he learned
 * that …, she …"): a subordinating conjunction between the unit's start and the verb, with no
 * comma between them.
 */
export function inFrontedClause(ctx: UnitContext, first: number, i: number): boolean {
  const { toks, quoteOf } = ctx
  for (let k = i - 1; k >= first; k--) {
    if (quoteOf[k]! >= 0) return false
    const t = toks[k]!
    if (isComma(t) || t.norm === ';' || t.norm === ':') return false
    if (FRONTED.has(t.norm) && (t.pos === 'SCONJ' || t.norm === 'if' || t.norm === 'when'))
      return k === first || k === first + 1
  }
  return false
}

/** The first comma outside quotes after `r`, else `end`: where a fronted clause ends. */
export function firstComma(ctx: UnitContext, r: number, end: number): number {
  for (let k = r + 1; k < end; k++)
    if (ctx.quoteOf[k]! < 0 && isComma(ctx.toks[k])) return trimPunct(ctx, r, k)
  return end
}

function trimPunct(ctx: UnitContext, r: number, e: number): number {
  while (e > r && ctx.toks[e - 1]!.pos === 'PUNCT' && ctx.quoteOf[e - 1]! < 0) e--
  return e
}

/** Words that open a side clause after a comma: ", where voters …", ", with …". */
const SIDE_OPENERS = new Set(['where', 'which', 'who', 'whom', 'whose', 'with', 'both', 'except'])

/** A clause content cut before a side clause that a comma or dash sets off. */
export function cutSideClause(ctx: UnitContext, r: number, end: number): number {
  const { toks } = ctx
  for (let k = r + 2; k < end; k++) {
    if (ctx.quoteOf[k]! >= 0 || ctx.quoteOf[k - 1]! >= 0) continue
    const p = toks[k - 1]!
    if ((isComma(p) || DASHES.has(p.norm)) && SIDE_OPENERS.has(toks[k]!.norm)) return k - 1
  }
  return end
}

const DASHES = new Set(['—', '–', '--'])
