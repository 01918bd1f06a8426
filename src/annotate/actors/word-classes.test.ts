import { describe, expect, it } from 'vitest'
import { createAliasIndex } from '../../kb/index.ts'
import { GROUP_FIRST, START_WORDS, TITLE_FIRST } from './phrase-words.ts'
import {
  W_GROUP,
  W_GROUP_SINGULAR,
  W_KB,
  W_PLURAL_GROUP,
  W_START,
  W_TITLE,
  wordClasses,
} from './word-classes.ts'

const index = createAliasIndex([{ id: 'vel', name: 'Velmora', aliases: ['Velmoran Union'] }])

describe('wordClasses', () => {
  const classes = wordClasses(index)

  it('finds every listed word past the filters', () => {
    for (const w of START_WORDS) expect(classes(w) & W_START).toBe(W_START)
    for (const w of TITLE_FIRST) expect(classes(w) & W_TITLE).toBe(W_TITLE)
    for (const w of GROUP_FIRST) expect(classes(w) & W_GROUP).toBe(W_GROUP)
    expect(classes('Velmoran') & W_KB).toBe(W_KB)
  })

  it('reads plurals and the British spelling of defence', () => {
    expect(classes('soldiers') & (W_GROUP_SINGULAR | W_PLURAL_GROUP)).toBe(W_GROUP_SINGULAR | W_PLURAL_GROUP)
    expect(classes('militias') & W_PLURAL_GROUP).toBe(W_PLURAL_GROUP)
    expect(classes('defence') & W_TITLE).toBe(W_TITLE)
  })

  it('gives no class to other words', () => {
    for (const w of ['table', 'quickly', 'velmora', 'zzyzx']) expect(classes(w)).toBe(0)
  })

  it('tells by first letters and length alone when no class can hold a word', () => {
    const code = (w: string, k: number) => w.charCodeAt(k)
    for (const w of ['soldiers', 'president', 'the', 'Velmoran'])
      expect(classes.mayHave(code(w, 0), code(w, 1), w.length)).toBe(true)
    expect(classes.mayHave(code('zz', 0), code('zz', 1), 11)).toBe(false)
    // letters beyond ASCII are left to the reader
    expect(classes.mayHave(0xe9, code('zz', 1), 11)).toBe(true)
  })
})
