export type { QuotesOptions } from './quotes.ts'
export { quotes } from './quotes.ts'
