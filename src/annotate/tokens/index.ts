export type { TokensOptions } from './tokens.ts'
export { tokens } from './tokens.ts'
