export type { EventsOptions } from './events.ts'
export { events } from './events.ts'
