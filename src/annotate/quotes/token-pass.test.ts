import { describe, expect, it } from 'vitest'
import type { Token } from '../../doc/index.ts'
import { prepareTokens, retagged } from './token-pass.ts'

/** Text and tokens from "Word/POS/lemma" triples, one sentence, words separated by spaces. */
function sentence(spec: string): { text: string; toks: Token[] } {
  let at = 0
  const words: string[] = []
  const toks = spec.split(' ').map((w) => {
    const [word, pos, lemma] = w.split('/') as [string, string, string | undefined]
    const norm = word.toLowerCase()
    const t = { start: at, end: at + word.length, pos, norm, lemma: lemma ?? norm, sentence: 0 }
    words.push(word)
    at += word.length + 1
    return t
  })
  return { text: words.join(' '), toks }
}

const tags = (toks: readonly Token[]) => toks.map((t) => `${t.pos}/${t.lemma}`)

describe('prepareTokens', () => {
  it('returns the input tokens in a plain array of its own when no correction applies', () => {
    const { text, toks } = sentence('the/DET mayor/NOUN left/VERB/leave early/ADV')
    const layerTokens = Object.freeze([...toks])
    const out = prepareTokens(text, layerTokens).toks
    expect(out).toEqual(toks)
    expect(out).not.toBe(layerTokens)
    expect(Object.isFrozen(out)).toBe(false)
    for (let i = 0; i < toks.length; i++) expect(out[i]).toBe(toks[i])
  })

  it('makes a capitalised word between proper nouns part of the name', () => {
    const { text, toks } = sentence('Velmora/PROPN Harbour/VERB Union/PROPN said/VERB/say')
    expect(tags(prepareTokens(text, toks).toks)).toEqual([
      'PROPN/velmora',
      'PROPN/harbour',
      'PROPN/union',
      'VERB/say',
    ])
  })

  it('reads "said" after a noun as the verb and an -ing form after a comma as a speech verb', () => {
    const { text, toks } = sentence(
      'the/DET minister/NOUN said/ADJ talks/NOUN ,/PUNCT warning/NOUN that/SCONJ',
    )
    const out = prepareTokens(text, toks).toks
    expect(tags(out)[2]).toBe('VERB/say')
    expect(tags(out)[5]).toBe('VERB/warn')
  })

  it('marks the tokens that may start a cue, corrected ones included', () => {
    const { text, toks } = sentence(
      'according/VERB/accord to/ADP Ostrand/PROPN ,/PUNCT the/DET envoy/NOUN said/ADJ talks/NOUN resumed/VERB/resume',
    )
    expect([...prepareTokens(text, toks).cueCandidates]).toEqual([1, 0, 0, 0, 0, 0, 1, 0, 0])
  })

  it('lists the tokens that start a sentence after the first', () => {
    const { text, toks } = sentence(
      'Talks/NOUN/talk ended/VERB/end ./PUNCT Ostrand/PROPN left/VERB/leave ./PUNCT Velmora/PROPN',
    )
    const split = toks.map((t, i) => ({ ...t, sentence: i < 3 ? 0 : i < 6 ? 1 : 2 }))
    expect(prepareTokens(text, split).sentenceStarts).toEqual([3, 6])
  })

  it('copies a retagged token with the same keys in the same order as the tokeniser', () => {
    const t: Token = { start: 4, end: 8, pos: 'ADJ', norm: 'said', lemma: 'said', sentence: 2 }
    const copy = retagged(t, 'VERB', 'say')
    expect(Object.keys(copy)).toEqual(Object.keys(t))
    expect(copy).toEqual({ ...t, pos: 'VERB', lemma: 'say' })
    expect(t.pos).toBe('ADJ')
  })
})
