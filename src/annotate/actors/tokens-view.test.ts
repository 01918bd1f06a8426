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

describe('TokenView.firstTokenAt', () => {
  const v = new TokenView('ab cd  ef', [tok(0, 2, 'ab'), tok(3, 5, 'cd'), tok(7, 9, 'ef')])

  it('finds the first token starting at or after an offset, as a walk from the start would', () => {
    for (let offset = -1; offset <= 10; offset++) expect(v.firstTokenAt(offset)).toBe(v.tokenAt(offset, 0))
    expect(v.firstTokenAt(4)).toBe(2)
    expect(v.firstTokenAt(9)).toBe(3)
  })
})
