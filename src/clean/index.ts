export { findAgencyCredit } from './agency-credit.ts'
export type { CleanedText } from './clean-text.ts'
export { cleanText } from './clean-text.ts'
