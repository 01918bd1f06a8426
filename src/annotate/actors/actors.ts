/**
 * The `actors` stage. First version pending: produces an empty layer until its mechanism lands.
 */
import type { Stage } from '../../pipeline/index.ts'

export type ActorsOptions = Record<string, never>

export function actors(_options: ActorsOptions = {}): Stage<'actors'> {
  return { name: 'actors', requires: ['tokens', 'sentences'], run: () => ({ annotations: [] }) }
}
