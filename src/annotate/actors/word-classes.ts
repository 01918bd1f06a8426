/**
 * What the phrase reader asks of a lower-cased word before anything else — can a phrase start with
 * it, does a title or group noun start with it — answered once per word and knowledge base, not once
 * per token: a small bit set, cached.
 */
import type { AliasIndex } from '../../kb/index.ts'
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

export type WordClasses = (word: string) => number

const byIndex = new WeakMap<AliasIndex, WordClasses>()

/** The word-class reader of one alias index (shared by every document scanned with it). */
export function wordClasses(index: AliasIndex): WordClasses {
  let reader = byIndex.get(index)
  if (!reader) {
    const cache = new Map<string, number>()
    reader = (word) => {
      let bits = cache.get(word)
      if (bits === undefined) {
        bits = classify(word, index)
        if (cache.size >= MAX_WORDS) cache.clear()
        cache.set(word, bits)
      }
      return bits
    }
    byIndex.set(index, reader)
  }
  return reader
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
