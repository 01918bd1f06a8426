/**
 * The `proposals` stage. First version pending: produces an empty layer until its mechanism lands.
 */
import type { Stage } from '../../pipeline/index.ts'

export type ProposalsOptions = Record<string, never>

export function proposals(_options: ProposalsOptions = {}): Stage<'proposals'> {
  return { name: 'proposals', requires: ['tokens', 'sentences', 'actors'], run: () => ({ annotations: [] }) }
}
