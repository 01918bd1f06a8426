/**
 * The `events` stage. First version pending: produces an empty layer until its mechanism lands.
 */
import type { Stage } from '../../pipeline/index.ts'

export type EventsOptions = Record<string, never>

export function events(_options: EventsOptions = {}): Stage<'events'> {
  return { name: 'events', requires: ['tokens', 'sentences', 'actors'], run: () => ({ annotations: [] }) }
}
