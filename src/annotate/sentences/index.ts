export type { SentencesOptions } from './sentences.ts'
export { sentences } from './sentences.ts'
