/**
 * A fast index of every knowledge-base name, alias, demonym and capital (of actors, or of places). Entries are keyed by
 * their first word (diacritics folded), so matching at a position costs one Map lookup and a
 * few character comparisons; the longest alias wins. Matching is case-sensitive (as the KB
 * format says), folds diacritics ("Benitez" = "Benítez"), treats ’ as ' and lets one space in
 * an alias match any run of white space.
 */
import { hashOf, WordFilter } from './word-filter.ts'

/** What the index reads from an actor entry or a place: its names. */
export interface AliasSource {
  readonly id: string
  readonly name: string
  readonly aliases: readonly string[]
  readonly demonyms?: readonly string[] | undefined
  readonly capitals?: readonly string[] | undefined
}

export type AliasKind = 'name' | 'alias' | 'demonym' | 'capital'

export interface AliasTarget {
  readonly id: string
  readonly kind: AliasKind
}

export interface AliasMatch {
  readonly start: number
  readonly end: number
  /** Every entry the matched form belongs to, name/alias before demonym/capital. */
  readonly targets: readonly AliasTarget[]
}

interface Form {
  readonly folded: string
  readonly targets: AliasTarget[]
}

export interface AliasIndex {
  /** The longest form starting exactly at `at` in `folded` (a text passed through `foldText`). */
  match(folded: string, at: number): AliasMatch | null
  /** True when some form starts with this (folded) word: a cheap test before `match`. */
  starts(word: string): boolean
  /** Every (folded) word some form starts with. */
  firstWords(): IterableIterator<string>
  readonly size: number
}

const foldCache = new Map<string, string>()

/** One character folded: diacritics dropped, curly apostrophes straightened; length is kept. */
function foldChar(c: string): string {
  const code = c.charCodeAt(0)
  if (code < 128) return c
  let f = foldCache.get(c)
  if (f === undefined) {
    if (c === '\u2019' || c === '\u2018' || c === '\u02bc') f = "'"
    else {
      const base = c.normalize('NFD')[0] ?? c
      f = base.length === 1 && base.charCodeAt(0) < 0xd800 ? base : c
    }
    foldCache.set(c, f)
  }
  return f
}

/** The text with every character folded; same length, so offsets carry over. */
export function foldText(text: string): string {
  // the native search, not a loop over the characters, tells a plain ASCII text
  if (!NON_ASCII.test(text)) return text
  return text.replace(NON_ASCII_ALL, foldChar)
}

const NON_ASCII = /[^\x00-\x7f]/
const NON_ASCII_ALL = /[^\x00-\x7f]/g

const WORD = /[\p{L}\p{N}]/u

export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false
  const code = c.charCodeAt(0)
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  }
  return WORD.test(c)
}

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0'
}

/** End offset when `form` occurs at `at` (spaces matching runs of white space), else -1. */
function matchAt(text: string, at: number, form: string): number {
  let i = at
  for (let k = 0; k < form.length; k++) {
    const c = form[k]!
    if (c === ' ') {
      if (!isSpace(text[i])) return -1
      while (isSpace(text[i])) i++
    } else {
      if (text[i] !== c) return -1
      i++
    }
  }
  if (isWordChar(form[form.length - 1]) && isWordChar(text[i])) return -1
  return i
}

export function createAliasIndex(entries: readonly AliasSource[]): AliasIndex {
  const forms = new Map<string, Form>()
  const add = (raw: string, target: AliasTarget): void => {
    const folded = foldText(raw.trim().replace(/\s+/g, ' '))
    if (folded === '' || !isWordChar(folded[0])) return
    let form = forms.get(folded)
    if (!form) {
      form = { folded, targets: [] }
      forms.set(folded, form)
    }
    if (!form.targets.some((t) => t.id === target.id && t.kind === target.kind)) form.targets.push(target)
  }
  for (const e of entries) {
    add(e.name, { id: e.id, kind: 'name' })
    for (const a of e.aliases) add(a, { id: e.id, kind: 'alias' })
    for (const d of e.demonyms ?? []) add(d, { id: e.id, kind: 'demonym' })
    for (const c of e.capitals ?? []) add(c, { id: e.id, kind: 'capital' })
  }
  const rank: Record<AliasKind, number> = { name: 0, alias: 1, demonym: 2, capital: 3 }
  const byFirst = new Map<string, Bucket>()
  for (const form of forms.values()) {
    form.targets.sort((a, b) => rank[a.kind] - rank[b.kind])
    const firstEnd = wordEnd(form.folded, 0)
    const key = form.folded.slice(0, firstEnd)
    let bucket = byFirst.get(key)
    if (!bucket) {
      bucket = { byNext: new Map(), single: [] }
      byFirst.set(key, bucket)
    }
    const next = nextWord(form.folded, firstEnd)
    if (next === null) bucket.single.push(form)
    else {
      const list = bucket.byNext.get(next) ?? []
      list.push(form)
      bucket.byNext.set(next, list)
    }
  }
  const longestFirst = (a: Form, b: Form) => b.folded.length - a.folded.length
  for (const bucket of byFirst.values()) {
    bucket.single.sort(longestFirst)
    for (const list of bucket.byNext.values()) list.sort(longestFirst)
  }
  const firstMatch = (list: readonly Form[] | undefined, folded: string, at: number): AliasMatch | null => {
    if (list)
      for (const form of list) {
        const end = matchAt(folded, at, form.folded)
        if (end >= 0) return { start: at, end, targets: form.targets }
      }
    return null
  }

  // a first filter without making a string: the first two characters and the length of first words
  // (ASCII pairs in a table, others in a Map)
  const asciiShapes = new Uint32Array(128 * 128)
  const shapes = new Map<number, number>()
  // a second one, also without a string: two bits per first word, from a hash of its characters (most
  // capitalised words of an article start no form, and a slice and Map look-up each would be garbage)
  const firstFilter = new WordFilter()
  for (const key of byFirst.keys()) {
    const shape = shapeOf(key, 0, key.length)
    if (shape < 128 * 128) asciiShapes[shape]! |= lengthBit(key.length)
    else shapes.set(shape, (shapes.get(shape) ?? 0) | lengthBit(key.length))
    firstFilter.add(key)
  }
  // the buckets again, keyed by the hash of their words, so that a word of the text is looked up
  // without slicing it out (a slice per capitalised word, and per next word, was most of a match)
  const byHash = hashedBuckets(byFirst)

  return {
    size: forms.size,
    starts: (word) => byFirst.has(word),
    firstWords: () => byFirst.keys(),
    match(folded, at) {
      if (at > 0 && isWordCode(folded, at - 1)) return null
      const firstEnd = wordEnd(folded, at)
      const shape = shapeOf(folded, at, firstEnd)
      const lengths = shape < 128 * 128 ? asciiShapes[shape] : shapes.get(shape)
      if (lengths === undefined || (lengths & lengthBit(firstEnd - at)) === 0) return null
      const h = hashOf(folded, at, firstEnd)
      if (!firstFilter.mayHaveHash(h)) return null
      let bucket = byHash.get(h)
      while (bucket !== undefined && !sameText(bucket.word, folded, at, firstEnd)) bucket = bucket.collision
      if (bucket === undefined) return null
      // a form of several words is longer than any one-word form with the same first word
      let several: readonly Form[] | undefined
      if (bucket.byNext.size > 0) {
        let start = firstEnd
        while (start < folded.length && !isWordCode(folded, start)) start++
        if (start < folded.length) several = bucket.byNext.get(hashOf(folded, start, wordEnd(folded, start)))
      }
      return firstMatch(several, folded, at) ?? firstMatch(bucket.single, folded, at)
    },
  }
}

/**
 * Forms grouped by their first word, then by their second: "the" or "Republic" open dozens of
 * forms, and only those whose second word is the text's next word can match there.
 */
interface Bucket {
  readonly byNext: Map<string, Form[]>
  readonly single: Form[]
}

/**
 * A bucket found by the hash of its first word: `collision` chains the words of the same hash. Its
 * multi-word forms are listed by the hash of their second word, longest first; second words of the
 * same hash share one list, which changes nothing: a form matches only where the text's next word is
 * its own second word, and the forms of one second word keep their order.
 */
interface HashedBucket {
  readonly word: string
  readonly byNext: Map<number, Form[]>
  readonly single: readonly Form[]
  collision: HashedBucket | undefined
}

function hashedBuckets(byFirst: ReadonlyMap<string, Bucket>): Map<number, HashedBucket> {
  const byHash = new Map<number, HashedBucket>()
  for (const [word, bucket] of byFirst) {
    const byNext = new Map<number, Form[]>()
    for (const [next, list] of bucket.byNext) {
      const h = hashOf(next, 0, next.length)
      const shared = byNext.get(h)
      // a stable sort keeps the order of the forms of one second word
      byNext.set(h, shared ? [...shared, ...list].sort((a, b) => b.folded.length - a.folded.length) : list)
    }
    const h = hashOf(word, 0, word.length)
    byHash.set(h, { word, byNext, single: bucket.single, collision: byHash.get(h) })
  }
  return byHash
}

/** True when s[at, end) is `word` (no string made). */
function sameText(word: string, s: string, at: number, end: number): boolean {
  if (word.length !== end - at) return false
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== s.charCodeAt(at + k)) return false
  return true
}

/**
 * A number for the first two characters of the word s[at, end) (no string made): below 128 * 128
 * when both are ASCII.
 */
function shapeOf(s: string, at: number, end: number): number {
  const first = s.charCodeAt(at)
  const second = at + 1 < end ? s.charCodeAt(at + 1) : 0
  return first < 128 && second < 128 ? first * 128 + second : 128 * 128 + first * 1024 + (second & 1023)
}

/** `isWordChar(s[i])` without making the one-character string for ASCII. */
function isWordCode(s: string, i: number): boolean {
  const code = s.charCodeAt(i)
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
  return i < s.length && WORD.test(s[i]!)
}

/** One bit per word length (lengths of 30 and more share the last bit). */
function lengthBit(length: number): number {
  return 1 << Math.min(length, 30)
}

function wordEnd(s: string, at: number): number {
  let end = at
  while (end < s.length && isWordCode(s, end)) end++
  return end
}

/** The word after the non-word characters at `from`, or null at the end of the string. */
function nextWord(s: string, from: number): string | null {
  let start = from
  while (start < s.length && !isWordChar(s[start])) start++
  if (start >= s.length) return null
  return s.slice(start, wordEnd(s, start))
}
