/**
 * The `positions` stage. First version pending: produces an empty layer until its mechanism lands.
 */
import type { Stage } from '../../pipeline/index.ts'

export type PositionsOptions = Record<string, never>

export function positions(_options: PositionsOptions = {}): Stage<'positions'> {
  return { name: 'positions', requires: ['tokens', 'sentences', 'actors', 'quotes', 'proposals'], run: () => ({ annotations: [] }) }
}
