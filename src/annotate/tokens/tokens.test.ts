import { describe, expect, it } from 'vitest'
import { createDoc } from '../../doc/index.ts'
import { tokens } from './tokens.ts'

const stage = tokens()
const run = (text: string) => stage.run(createDoc('t', text)).annotations

describe('tokens', () => {
  it('gives each token its offsets, tag, normal form, lemma and sentence', () => {
    const text = 'The ferrymen were striking.\nThey stopped.'
    const out = run(text)
    expect(out.map((t) => text.slice(t.start, t.end))).toEqual([
      'The',
      'ferrymen',
      'were',
      'striking',
      '.',
      'They',
      'stopped',
      '.',
    ])
    expect(out.find((t) => text.slice(t.start, t.end) === 'stopped')).toMatchObject({
      pos: 'VERB',
      norm: 'stopped',
      lemma: 'stop',
      sentence: 1,
    })
  })

  it('reads the lemma of a word under the tag it has here, not the one it had before', () => {
    // "leaves" is first a verb, then a noun: the lemma remembered per word must follow the tag.
    const verb = run('She leaves the harbour at dawn.').find((t) => t.norm === 'leaves')!
    const noun = run('She raked the leaves.').find((t) => t.norm === 'leaves')!
    expect([verb.pos, verb.lemma]).toEqual(['VERB', 'leave'])
    expect([noun.pos, noun.lemma]).toEqual(['NOUN', 'leaf'])
    // The same word twice in one sentence, under two tags.
    const saws = run('The carpenter saw the saw.').filter((t) => t.norm === 'saw')
    expect(saws.map((t) => [t.pos, t.lemma])).toEqual([
      ['VERB', 'see'],
      ['NOUN', 'saw'],
    ])
  })

  it('keeps the normal form and lemma of contractions and gives the same tokens on a second read', () => {
    const text = "The pilots don't fly. They're tired."
    const first = run(text)
    expect(first.map((t) => t.norm)).toContain('not')
    expect(first.find((t) => text.slice(t.start, t.end) === "'re")?.lemma).toBe('be')
    expect(run(text)).toEqual(first)
  })

  it('finds offsets after runs of spaces and line breaks', () => {
    const text = 'Talks   resumed.\n\n  Envoys   met.'
    const out = run(text)
    for (const t of out) expect(text.slice(t.start, t.end).trim()).toBe(text.slice(t.start, t.end))
    expect(out.map((t) => text.slice(t.start, t.end))).toEqual([
      'Talks',
      'resumed',
      '.',
      'Envoys',
      'met',
      '.',
    ])
    expect(out.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1])
  })
})
