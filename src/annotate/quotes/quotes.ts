/**
 * The `quotes` stage. First version pending: produces an empty layer until its mechanism lands.
 */
import type { Stage } from '../../pipeline/index.ts'

export type QuotesOptions = Record<string, never>

export function quotes(_options: QuotesOptions = {}): Stage<'quotes'> {
  return { name: 'quotes', requires: ['tokens', 'sentences', 'actors'], run: () => ({ annotations: [] }) }
}
