/**
 * The `disconnects` stage. First version pending: produces an empty layer until its mechanism lands.
 */
import type { Stage } from '../../pipeline/index.ts'

export type DisconnectsOptions = Record<string, never>

export function disconnects(_options: DisconnectsOptions = {}): Stage<'disconnects'> {
  return { name: 'disconnects', requires: ['sentences', 'actors', 'positions'], run: () => ({ annotations: [] }) }
}
