/**
 * @module parley
 * Parley as a library: `analyze({id, text})` returns the contract's analysis object.
 *
 * @example
 * import { analyze } from 'parley'
 * const analysis = analyze({ id: 'a1', text: 'Hamas said on Tuesday that …', published: '2024-06-04' })
 */
import type { Analysis } from './analysis/index.ts'
import { type AnalysisInput, createAnalyzer } from './pipeline/index.ts'

export type { Analysis } from './analysis/index.ts'
export type { Doc, Span } from './doc/index.ts'
export { ParleyError } from './errors.ts'
export type { AnalysisInput } from './pipeline/index.ts'
export { createAnalyzer } from './pipeline/index.ts'

let analyzer: ((input: AnalysisInput) => Analysis) | undefined

/** Analyses one article with the default pipeline (built on first use). */
export function analyze(input: AnalysisInput): Analysis {
  analyzer ??= createAnalyzer()
  return analyzer(input)
}
