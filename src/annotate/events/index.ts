export type { EventsOptions } from './events.ts'
export { ALL_STATUSES, DEFAULT_STATUSES, events } from './events.ts'
