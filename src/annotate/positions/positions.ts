/**
 * The `positions` stage: who demands, offers or threatens what of whom, under which
 * preconditions, and where each party stands on the proposals on the table.
 *
 * Per sentence, the demand finders (`demands.ts`) and the stance finder (`stances.ts`) propose
 * positions; then one position is kept per party and ask (the same ask restated later in the
 * article keeps its first, usually fullest, evidence) and per party and stance value.
 */
import type { Doc, Position } from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'
import { bothSides, type Context, createContext } from './context.ts'
import { findDemands } from './demands.ts'
import { findStances } from './stances.ts'

export type PositionsOptions = Record<string, never>

export function positions(_options: PositionsOptions = {}): Stage<'positions'> {
  return {
    name: 'positions',
    requires: ['tokens', 'sentences', 'actors', 'quotes', 'proposals'],
    run: (doc: Doc) => ({ annotations: findPositions(doc) }),
  }
}

function findPositions(doc: Doc): Position[] {
  const ctx = createContext(doc)
  const found: Position[] = []
  for (const s of ctx.sentences) {
    found.push(...findDemands(ctx, s), ...findStances(ctx, s))
  }
  return markFramedPreconditions(ctx, dedupe(ctx, found))
}

const CONDITIONS_BEFORE =
  /\b(?:conditions|demands|preconditions)\b[^.;]{0,80}?\b(?:must|have to|need to|should) be (?:met|fulfilled|satisfied|accepted)\s+(?:before|prior to|first)|\bpreconditions? (?:for|to)\b/i

/**
 * "Both sides saying their conditions must be met before they'll even agree to pause fighting":
 * when the article frames a side's demands as conditions for a step, each of that side's demands
 * is a precondition, even where it is stated without "before" or "unless".
 */
function markFramedPreconditions(ctx: Context, found: Position[]): Position[] {
  const framed = new Set<string>()
  for (const s of ctx.sentences) {
    const sText = ctx.text.slice(s.start, s.end)
    const m = CONDITIONS_BEFORE.exec(sText)
    if (!m) continue
    const sides = /\b(both|the two) (sides|parties)\b/i.test(sText)
      ? bothSides(ctx, s)
      : ctx.parties.within(s.start, s.start + m.index).map((x) => ctx.parties.side(x.actor))
    for (const side of sides) framed.add(side)
  }
  if (framed.size === 0) return found
  return found.map((p) =>
    p.kind === 'demand' && !p.precondition && framed.has(ctx.parties.side(p.holder))
      ? { ...p, precondition: true }
      : p,
  )
}

const STOP = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'and',
  'or',
  'for',
  'in',
  'on',
  'its',
  'their',
  'his',
  'her',
  'no',
  'not',
  'do',
])

/** Near-synonyms folded before comparing asks. */
const FOLD: Record<string, string> = { complete: 'full', total: 'full', entire: 'full', truce: 'ceasefire' }

function words(s: string): Set<string> {
  const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '')
  return new Set(
    (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
      .filter((w) => !STOP.has(w))
      .map((w) => stem(FOLD[w] ?? w)),
  )
}

function similar(a: string, b: string): boolean {
  const x = words(a)
  const y = words(b)
  let common = 0
  for (const w of x) if (y.has(w)) common++
  return common / Math.max(1, Math.min(x.size, y.size)) >= 0.5
}

const length = (p: Position) => p.evidence.end - p.evidence.start

function dedupe(ctx: Context, found: readonly Position[]): Position[] {
  const kept: Position[] = []
  const sameSpan = (a: Position, b: Position) =>
    a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end
  for (const p of found) {
    const side = ctx.parties.side(p.holder)
    const at = kept.findIndex((k) => {
      if (k.kind !== p.kind || ctx.parties.side(k.holder) !== side) return false
      if (p.kind === 'stance') return k.stance === p.stance
      if (sameSpan(k, p) && k.content === p.content) return true
      return !sameSpan(k, p) && similar(k.content, p.content)
    })
    if (at < 0) kept.push(p)
    else if (p.kind === 'stance' && length(p) > length(kept[at]!)) kept[at] = p // a terse headline yields to the body
  }
  return kept.sort((a, b) => a.evidence.start - b.evidence.start)
}
