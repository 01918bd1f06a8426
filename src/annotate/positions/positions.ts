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
import { type Context, createContext } from './context.ts'
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
  return dedupe(ctx, found)
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

function dedupe(ctx: Context, found: readonly Position[]): Position[] {
  const kept: Position[] = []
  const sameSpan = (a: Position, b: Position) =>
    a.evidence.start === b.evidence.start && a.evidence.end === b.evidence.end
  for (const p of found) {
    const side = ctx.parties.side(p.holder)
    const duplicate = kept.some((k) => {
      if (k.kind !== p.kind || ctx.parties.side(k.holder) !== side) return false
      if (p.kind === 'stance') return k.stance === p.stance
      if (sameSpan(k, p) && k.content === p.content) return true
      const overlapping = k.evidence.start < p.evidence.end && p.evidence.start < k.evidence.end
      if (overlapping && !sameSpan(k, p)) return similar(k.content, p.content)
      return !sameSpan(k, p) && similar(k.content, p.content)
    })
    if (!duplicate) kept.push(p)
  }
  return kept.sort((a, b) => a.evidence.start - b.evidence.start)
}
