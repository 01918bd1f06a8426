import { describe, expect, it } from 'vitest'
import { firstFrom } from './coref.ts'

describe('firstFrom', () => {
  const placed = [3, 8, 8, 15, 40].map((start) => ({ start }))

  it('finds the first mention starting at or after an offset, as a walk would', () => {
    for (let at = 0; at <= 45; at++) {
      const walked = placed.findIndex((p) => p.start >= at)
      expect(firstFrom(placed, at)).toBe(walked < 0 ? placed.length : walked)
    }
    expect(firstFrom([], 5)).toBe(0)
  })
})
