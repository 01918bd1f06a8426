import { describe, expect, it } from 'vitest'
import { WordFilter } from './word-filter.ts'

describe('WordFilter', () => {
  const words = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}ord`)
  const filter = new WordFilter()
  for (const w of words) filter.add(w)

  it('never says no to a word added, read anywhere in a text', () => {
    const text = ` ${words.join(' ')} `
    let at = 1
    for (const w of words) {
      expect(filter.mayHave(text, at, at + w.length)).toBe(true)
      at += w.length + 1
    }
  })

  it('says no to nearly every other word', () => {
    const others = Array.from({ length: 5000 }, (_, k) => `other${k}`)
    const yes = others.filter((w) => filter.mayHave(w, 0, w.length)).length
    expect(yes).toBeLessThan(50)
  })

  it('tells words apart by every character, non-ASCII included', () => {
    const f = new WordFilter()
    f.add('Zürich')
    expect(f.mayHave('in Zürich.', 3, 9)).toBe(true)
    expect(f.mayHave('Zurich', 0, 6)).toBe(false)
  })
})
