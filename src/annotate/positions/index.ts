export type { PositionsOptions } from './positions.ts'
export { positions } from './positions.ts'
