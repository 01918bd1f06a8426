import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/index.ts'
import { TokenView } from './tokens-view.ts'

const text = 'Minister ministers Ministre KELVIN'
const tok = (start: number, end: number, lemma: string): Token =>
  ({ start, end, pos: 'NOUN', norm: lemma.toLowerCase(), lemma, sentence: 0 }) as Token

describe('TokenView.lemmaIs', () => {
  const v = new TokenView(text, [
    tok(0, 8, 'Minister'),
    tok(9, 18, 'minister'),
    tok(19, 27, 'Ministre'),
    // a non-ASCII first letter is lower-cased the long way: the Kelvin sign is a "k"
    tok(28, 34, '\u212aelvin'),
  ])

  it('compares the lower-cased lemma with a lower-case word', () => {
    expect(v.lemmaIs(0, 'minister')).toBe(true)
    expect(v.lemmaIs(1, 'minister')).toBe(true)
    expect(v.lemmaIs(2, 'minister')).toBe(false)
    expect(v.lemmaIs(0, 'finister')).toBe(false)
    expect(v.lemmaIs(3, 'kelvin')).toBe(true)
    expect(v.lemmaIs(9, 'minister')).toBe(false)
  })
})

describe('TokenView.nextLemma', () => {
  const words = 'The Labour Minister met the ministers today'.split(' ')
  let at = 0
  const toks = words.map((w) => {
    const t = tok(at, at + w.length, w === 'ministers' ? 'minister' : w)
    at += w.length + 1
    return t
  })
  const v = new TokenView(words.join(' '), toks)

  it('finds the first token after i with that lemma, n when none', () => {
    expect(v.nextLemma(0, 'minister')).toBe(2)
    expect(v.nextLemma(1, 'minister')).toBe(2)
    expect(v.nextLemma(2, 'minister')).toBe(5)
    expect(v.nextLemma(5, 'minister')).toBe(7)
    expect(v.nextLemma(-1, 'the')).toBe(0)
    expect(v.nextLemma(0, 'the')).toBe(4)
    expect(v.nextLemma(0, 'chancellor')).toBe(7)
    expect(v.nextLemma(9, 'minister')).toBe(7)
  })
})

describe('TokenView.firstTokenAt', () => {
  const v = new TokenView('ab cd  ef', [tok(0, 2, 'ab'), tok(3, 5, 'cd'), tok(7, 9, 'ef')])

  it('finds the first token starting at or after an offset, as a walk from the start would', () => {
    for (let offset = -1; offset <= 10; offset++) expect(v.firstTokenAt(offset)).toBe(v.tokenAt(offset, 0))
    expect(v.firstTokenAt(4)).toBe(2)
    expect(v.firstTokenAt(9)).toBe(3)
  })
})
