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

describe('TokenView.shapeOf', () => {
  const seen: number[][] = []
  const test = (c0: number, c1: number, length: number) => {
    seen.push([c0, c1, length])
    return false
  }

  it("passes a token's first two letters lower-cased and its length, read off the text", () => {
    const v = new TokenView('TAx é', [tok(0, 3, 'tax'), tok(4, 5, 'é')])
    seen.length = 0
    expect(v.shapeOf(0, test)).toBe(false)
    expect(seen).toEqual([[116, 97, 3]])
    // one letter: no pair to test, the norm is asked
    expect(v.shapeOf(1, test)).toBe(true)
    expect(v.shapeOf(5, test)).toBe(true)
  })

  it('asks the norm in a text where lower-casing lengthens a word (a dotted capital I)', () => {
    const v = new TokenView('TAx \u0130zmir', [tok(0, 3, 'tax'), tok(4, 9, 'izmir')])
    expect(v.shapeOf(0, test)).toBe(true)
    expect(v.norm(1).length).toBe(6)
  })
})

describe('TokenView dense reads', () => {
  const v = new TokenView('Ab cd', [
    { start: 0, end: 2, pos: 'PROPN', norm: 'ab', lemma: 'Ab', sentence: 0 } as Token,
    { start: 3, end: 5, pos: 'NOUN', norm: 'cd', lemma: 'cd', sentence: 1 } as Token,
  ])

  it('answers out of range as before: no tag, the end of the text, no sentence', () => {
    expect([v.pos(1), v.pos(-1), v.pos(2)]).toEqual(['NOUN', '', ''])
    expect([v.start(1), v.end(0), v.start(-1), v.end(2)]).toEqual([3, 2, 5, 5])
    expect([v.sentence(1), v.sentence(-1)]).toEqual([1, -1])
    expect([v.word(0), v.word(-1), v.norm(-1), v.lemma(5)]).toEqual(['Ab', '', '', ''])
  })

  it('tests a lemma by its lower-cased first letters and length without making it', () => {
    const seen: number[][] = []
    v.lemmaShapeOf(0, (c0, c1, length) => seen.push([c0, c1, length]) > 0)
    expect(seen).toEqual([[97, 98, 2]])
    expect(v.lemmaShapeOf(-1, () => false)).toBe(true)
  })
})
