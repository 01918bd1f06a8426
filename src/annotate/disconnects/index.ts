export type { DisconnectsOptions } from './disconnects.ts'
export { disconnects } from './disconnects.ts'
