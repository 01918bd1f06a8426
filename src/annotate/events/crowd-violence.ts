/**
 * Property destroyed by a crowd is a violent protest (CAMEO 145, PLOVER PROTEST with mode riot), not
 * the coercion a state or an armed group exerts when it razes a building: the actor decides the type.
 */
import type { Token } from '../../doc/index.ts'
import type { ClauseCode } from './code-clause.ts'
import { lemmaOf } from './match-triggers.ts'
import type { Mention } from './mentions.ts'

const CROWD_HEADS = new Set([
  'protester',
  'protestor',
  'demonstrator',
  'rioter',
  'mob',
  'crowd',
  'marcher',
  'activist',
  'looter',
  'hooligan',
])

export function crowdViolence(
  code: ClauseCode,
  source: Mention | null,
  tokens: readonly Token[],
): ClauseCode {
  if (code.type !== 'COERCE' || code.mode !== 'destroy' || !source) return code
  // the lemma, or the singular of a plural the tagger did not lemmatise
  const head = tokens[source.last]!
  if (!CROWD_HEADS.has(lemmaOf(head)) && !CROWD_HEADS.has(head.norm.replace(/s$/, ''))) return code
  return { ...code, type: 'PROTEST', cameo: '145', mode: 'riot' }
}
