/** `cueKind` turns tokens away by lemma first; these check that every cue kind still gets through. */
import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/index.ts'
import { cueKind, mayStartCue } from './cues.ts'

/** Tokens from "word/POS/lemma" triples, one sentence, offsets as if separated by spaces. */
function toks(spec: string): Token[] {
  let at = 0
  return spec.split(' ').map((w) => {
    const [norm, pos, lemma] = w.split('/') as [string, string, string | undefined]
    const t = { start: at, end: at + norm.length, pos, norm, lemma: lemma ?? norm, sentence: 0 }
    at += norm.length + 1
    return t
  })
}

describe('cueKind', () => {
  it('finds a speech verb, "according to" and a noun of saying after a possessor', () => {
    expect(cueKind(toks('the/DET mayor/NOUN said/VERB/say that/SCONJ'), 2)).toBe('speech')
    expect(cueKind(toks('according/VERB/accord to/ADP the/DET union/NOUN'), 0)).toBe('according')
    expect(cueKind(toks('rejected/VERB/reject his/PRON claim/NOUN that/SCONJ'), 2)).toBe('nominal')
  })

  it('finds "point out" through its lemma', () => {
    expect(cueKind(toks('leaders/NOUN/leader pointed/VERB/point out/ADP that/SCONJ'), 1)).toBe('speech')
  })

  it('turns away words whose lemma is not one of saying', () => {
    expect(cueKind(toks('the/DET mayor/NOUN left/VERB/leave early/ADV'), 2)).toBeNull()
    expect(cueKind(toks('the/DET mayor/NOUN left/VERB/leave early/ADV'), 1)).toBeNull()
    expect(cueKind(toks('according/VERB/accord with/ADP the/DET rules/NOUN/rule'), 0)).toBeNull()
  })
})

describe('mayStartCue', () => {
  it('holds for every token that starts a cue, whatever its tag', () => {
    const cases: Array<[string, number]> = [
      ['the/DET mayor/NOUN said/VERB/say that/SCONJ', 2],
      ['Ian/PROPN Read/PROPN said/ADJ/say talks/NOUN/talk', 2],
      ['according/VERB/accord to/ADP the/DET union/NOUN', 0],
      ['rejected/VERB/reject his/PRON claim/NOUN that/SCONJ', 2],
      ['the/DET paper/NOUN reports/NOUN/report ./PUNCT', 2],
    ]
    for (const [spec, i] of cases) {
      const tokens = toks(spec)
      expect(cueKind(tokens, i)).not.toBeNull()
      expect(mayStartCue(tokens[i]!)).toBe(true)
    }
  })

  it('turns away other words by their tag or lemma', () => {
    const tokens = toks('the/DET mayor/NOUN left/VERB/leave ,/PUNCT saying/ADJ/say')
    expect(tokens.map(mayStartCue)).toEqual([false, false, false, false, false])
  })
})
