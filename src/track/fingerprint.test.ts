import { describe, expect, it } from 'vitest'
import {
  estimateJaccard,
  exactHash,
  fingerprint,
  hammingDistance,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
} from './index.ts'

const REPORT =
  'The Tern Dockers Guild demanded a nine percent raise from the Saltmarsh Port Board on Monday, and the board ' +
  'answered that it could not pay more than three percent this year. Mediator Odile Brask met both sides at the ' +
  'customs house and said the gap on pay had narrowed, while crane automation remained the sticking point.'

describe('fingerprints', () => {
  it('should give verbatim copies the same hash whatever their spacing, case and quote style', () => {
    expect(exactHash(REPORT)).toBe(exactHash(`  ${REPORT.toUpperCase().replace(/ /g, '\n ')}  `))
    expect(exactHash(REPORT)).not.toBe(exactHash(REPORT.replace('nine', 'ten')))
  })

  it('should find a copy with an outlet line added as near-identical', () => {
    const a = fingerprint(REPORT)
    const b = fingerprint(`${REPORT} Additional reporting by the Gull Times desk.`)
    expect(estimateJaccard(a.minhash, b.minhash)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD)
    expect(a.bands.some((band) => b.bands.includes(band))).toBe(true)
    expect(hammingDistance(a.simhash, b.simhash)).toBeLessThan(12)
  })

  it('should keep a different report on the same negotiation apart', () => {
    const other =
      'The Saltmarsh Port Board offered on Tuesday to freeze crane automation for two years, and the guild called ' +
      'the offer a step forward but said it still wants every job guaranteed before its members vote on the plan.'
    const a = fingerprint(REPORT)
    const b = fingerprint(other)
    expect(estimateJaccard(a.minhash, b.minhash)).toBeLessThan(0.2)
    expect(hammingDistance(a.simhash, b.simhash)).toBeGreaterThan(12)
  })

  it('should make one shingle of a text shorter than a shingle', () => {
    expect([...shingles('Talks resume')]).toEqual(['talks resume'])
    expect(shingles('').size).toBe(0)
  })
})
