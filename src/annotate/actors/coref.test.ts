import { describe, expect, it } from 'vitest'
import { firstStartingAt } from '../../doc/index.ts'
import { firstInSentence } from './coref.ts'

describe('firstStartingAt (the search coreference uses)', () => {
  const placed = [3, 8, 8, 15, 40].map((start) => ({ start }))

  it('finds the first mention starting at or after an offset, as a walk would', () => {
    for (let at = 0; at <= 45; at++) {
      const walked = placed.findIndex((p) => p.start >= at)
      expect(firstStartingAt(placed, at)).toBe(walked < 0 ? placed.length : walked)
    }
    expect(firstStartingAt([], 5)).toBe(0)
  })
})

describe('firstInSentence', () => {
  const placed = [0, 0, 2, 2, 2, 5].map((sentence) => ({ sentence }))

  it('finds the first mention of a sentence or a later one', () => {
    expect(firstInSentence(placed, 0)).toBe(0)
    expect(firstInSentence(placed, 1)).toBe(2)
    expect(firstInSentence(placed, 2)).toBe(2)
    expect(firstInSentence(placed, 3)).toBe(5)
    expect(firstInSentence(placed, 6)).toBe(6)
  })
})
