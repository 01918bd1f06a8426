export type { Analysis } from './analysis.ts'
export { toAnalysis } from './analysis.ts'
