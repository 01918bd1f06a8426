export type { ActorFinder, ActorsOptions } from './actors.ts'
export { actors, createActorFinder } from './actors.ts'
