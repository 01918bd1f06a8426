export type { ActorsOptions } from './actors.ts'
export { actors } from './actors.ts'
