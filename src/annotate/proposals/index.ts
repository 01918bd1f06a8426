export type { ProposalsOptions } from './proposals.ts'
export { proposals } from './proposals.ts'
