/**
 * What the phrase reader asks of a lower-cased word before anything else — can a phrase start with
 * it, does a title or group noun start with it — answered once per word and knowledge base, not once
 * per token: a small bit set, cached.
 */
import type { AliasIndex } from '../../kb/index.ts'
import { WordFilter } from '../../kb/word-filter.ts'
import { GROUP_NOUNS } from './group-nouns.ts'
import { GROUP_FIRST, START_WORDS, singularOf, TITLE_FIRST } from './phrase-words.ts'

/** The word is in START_WORDS. */
export const W_START = 1
/** A group noun starts with the word. */
export const W_GROUP = 2
/** A group noun starts with the word made singular ("soldiers" -> "soldier"). */
export const W_GROUP_SINGULAR = 4
/** The word ends in "s" and a group noun starts with its singular. */
export const W_PLURAL_GROUP = 8
/** A knowledge-base form starts with the word. */
export const W_KB = 16
/** A role title starts with the word ("defence" read as "defense"). */
export const W_TITLE = 32

/** A group noun of two or more words starts with the word ("border" in "border guards"). */
export const W_GROUP_LONG = 64

const GROUP_LONG_FIRST: ReadonlySet<string> = new Set(
  [...GROUP_NOUNS.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!),
)

/** Words kept per index; the cache starts again past this (a long batch meets an open vocabulary). */
const MAX_WORDS = 50_000

export interface WordClasses {
  (word: string): number
  /**
   * False when no word of any class has this length and these first two (lower-case ASCII) letters:
   * the test the reader starts with, asked of a token's text before its lower-cased form is made.
   */
  mayHave(c0: number, c1: number, length: number): boolean
}

const byIndex = new WeakMap<AliasIndex, WordClasses>()

/** The word-class reader of one alias index (shared by every document scanned with it). */
export function wordClasses(index: AliasIndex): WordClasses {
  let reader = byIndex.get(index)
  if (!reader) {
    const cache = new Map<string, number>()
    const shapes = classShapes(index)
    const words = classWords(index)
    const read = (word: string): number => {
      // most words are in no class: their first two letters and length say so without a Map look-up
      if (word.length >= 2) {
        const c0 = word.charCodeAt(0)
        const c1 = word.charCodeAt(1)
        if (c0 < 128 && c1 < 128 && (shapes[c0 * 128 + c1]! & lengthBit(word.length)) === 0) return 0
      }
      if (!words.mayHave(word, 0, word.length)) return 0
      let bits = cache.get(word)
      if (bits === undefined) {
        bits = classify(word, index)
        if (cache.size >= MAX_WORDS) cache.clear()
        cache.set(word, bits)
      }
      return bits
    }
    reader = Object.assign(read, {
      mayHave: (c0: number, c1: number, length: number) =>
        c0 >= 128 || c1 >= 128 || (shapes[c0 * 128 + c1]! & lengthBit(length)) !== 0,
    })
    byIndex.set(index, reader)
  }
  return reader
}

/**
 * For each pair of ASCII first letters, a bit per word length that some word of a class has. A word
 * whose singular starts a group noun is the noun, or it + "s", or "-y" made "-ies"; "defence" read as
 * "defense" keeps the first two letters and the length.
 */
function classShapes(index: AliasIndex): Uint32Array {
  const shapes = new Uint32Array(128 * 128)
  const add = (word: string): void => {
    if (word.length < 2) return
    const c0 = word.charCodeAt(0)
    const c1 = word.charCodeAt(1)
    if (c0 < 128 && c1 < 128) shapes[c0 * 128 + c1]! |= lengthBit(word.length)
  }
  for (const w of START_WORDS) add(w)
  for (const w of TITLE_FIRST) add(w)
  for (const w of GROUP_LONG_FIRST) add(w)
  for (const w of GROUP_FIRST) {
    add(w)
    add(`${w}s`)
    if (w.endsWith('y')) add(`${w.slice(0, -1)}ies`)
  }
  for (const w of index.firstWords()) add(w)
  return shapes
}

/**
 * Every word that can be in a class (a superset): the words of the lists, the plural forms whose
 * singular starts a group noun, and "defence" spellings of "defense" words, as `classify` reads them.
 */
function classWords(index: AliasIndex): WordFilter {
  const words = new WordFilter()
  const addSpellings = (w: string): void => {
    for (const v of spellings(w.replace(/defence/g, 'defense'))) words.add(v)
  }
  for (const w of START_WORDS) words.add(w)
  for (const w of TITLE_FIRST) addSpellings(w)
  for (const w of GROUP_LONG_FIRST) addSpellings(w)
  for (const w of GROUP_FIRST) {
    words.add(w)
    words.add(`${w}s`)
    if (w.endsWith('y')) words.add(`${w.slice(0, -1)}ies`)
  }
  for (const w of index.firstWords()) words.add(w)
  return words
}

/** Every way of writing each "defense" in w as "defense" or "defence". */
function spellings(w: string): string[] {
  const at = w.indexOf('defense')
  if (at < 0) return [w]
  const rest = spellings(w.slice(at + 7))
  const head = w.slice(0, at)
  return rest.flatMap((r) => [`${head}defense${r}`, `${head}defence${r}`])
}

/** One bit per word length (lengths of 31 and more share the last bit). */
function lengthBit(length: number): number {
  return (1 << Math.min(length, 31)) >>> 0
}

function classify(word: string, index: AliasIndex): number {
  const singular = singularOf(word)
  let bits = 0
  if (START_WORDS.has(word)) bits |= W_START
  if (GROUP_FIRST.has(word)) bits |= W_GROUP
  if (GROUP_FIRST.has(singular)) bits |= W_GROUP_SINGULAR
  if (word.endsWith('s') && GROUP_FIRST.has(singular)) bits |= W_PLURAL_GROUP
  if (index.starts(word)) bits |= W_KB
  if (TITLE_FIRST.has(word.includes('defence') ? word.replace(/defence/, 'defense') : word)) bits |= W_TITLE
  if (GROUP_LONG_FIRST.has(word.replace(/defence/g, 'defense'))) bits |= W_GROUP_LONG
  return bits
}
