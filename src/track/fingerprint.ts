/**
 * Content fingerprints for syndicated copies: an exact hash of the normalised text for verbatim
 * copies, and a MinHash signature over word shingles (with LSH band keys) plus a 64-bit SimHash
 * for near-identical copies (an agency story with a changed headline, a trimmed last paragraph).
 */
import { createHash } from 'node:crypto'

/** Words per shingle. Five words is long enough that unrelated news rarely shares one. */
export const SHINGLE_WORDS = 5
/** MinHash signature length; `LSH_BANDS` bands of `MINHASH_SIZE / LSH_BANDS` rows each. */
export const MINHASH_SIZE = 64
export const LSH_BANDS = 16
/** Estimated Jaccard similarity at or above which two texts are copies of one report. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7

/** Lower-cased words, with punctuation, quote styles and spacing differences gone. */
export function normalizeWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
}

/** SHA-256 of the normalised words: equal for copies that differ only in spacing and punctuation. */
export function exactHash(text: string): string {
  return createHash('sha256').update(normalizeWords(text).join(' ')).digest('hex')
}

/** The distinct word n-grams of a text (one shingle of all words when the text is shorter). */
export function shingles(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = normalizeWords(text)
  const out = new Set<string>()
  if (words.length === 0) return out
  if (words.length <= size) {
    out.add(words.join(' '))
    return out
  }
  for (let i = 0; i + size <= words.length; i++) out.add(words.slice(i, i + size).join(' '))
  return out
}

/** FNV-1a, 32 bits: fast and good enough to spread shingles before the MinHash permutations. */
function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

// Fixed permutation parameters (h * a + b mod 2^32, odd a), so signatures are comparable across runs.
const PERMUTATIONS = (() => {
  let seed = 0x9e3779b9
  const next = () => {
    seed ^= seed << 13
    seed ^= seed >>> 17
    seed ^= seed << 5
    return seed >>> 0
  }
  const a = new Uint32Array(MINHASH_SIZE)
  const b = new Uint32Array(MINHASH_SIZE)
  for (let i = 0; i < MINHASH_SIZE; i++) {
    a[i] = next() | 1
    b[i] = next()
  }
  return { a, b }
})()

/** MinHash signature of a shingle set: `MINHASH_SIZE` unsigned 32-bit minima. */
export function minHash(set: ReadonlySet<string>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff)
  for (const shingle of set) {
    const h = fnv1a(shingle)
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = (Math.imul(h, PERMUTATIONS.a[i]!) + PERMUTATIONS.b[i]!) >>> 0
      if (v < sig[i]!) sig[i] = v
    }
  }
  return sig
}

/** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++
  return a.length === 0 ? 0 : same / a.length
}

/** LSH band keys: two texts sharing any key are candidate copies (about 50% similar or more). */
export function bandKeys(sig: Uint32Array, bands = LSH_BANDS): string[] {
  const rows = sig.length / bands
  const keys: string[] = []
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5
    for (let r = 0; r < rows; r++) {
      h ^= sig[b * rows + r]!
      h = Math.imul(h, 0x01000193) >>> 0
    }
    keys.push(`${b}:${h.toString(36)}`)
  }
  return keys
}

/** 64-bit SimHash over the shingles, as 16 hex digits. */
export function simHash(set: ReadonlySet<string>): string {
  const weights = new Int32Array(64)
  for (const shingle of set) {
    // Two independently seeded 32-bit hashes make the 64 bits.
    const halves = [fnv1a(shingle), fnv1a(shingle, 0x01234567)]
    for (let bit = 0; bit < 64; bit++) {
      weights[bit]! += (halves[bit >> 5]! >>> (bit & 31)) & 1 ? 1 : -1
    }
  }
  let hex = ''
  for (let nibble = 0; nibble < 16; nibble++) {
    let v = 0
    for (let k = 0; k < 4; k++) if (weights[nibble * 4 + k]! > 0) v |= 1 << k
    hex += v.toString(16)
  }
  return hex
}

/** Number of differing bits between two SimHashes (0 = same; copies are usually under 10). */
export function hammingDistance(a: string, b: string): number {
  let d = 0
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    let x = Number.parseInt(a[i]!, 16) ^ Number.parseInt(b[i]!, 16)
    while (x) {
      d += x & 1
      x >>= 1
    }
  }
  return d
}

/** Everything the store keeps to find copies of a text. */
export interface Fingerprint {
  readonly hash: string
  readonly minhash: Uint32Array
  readonly bands: readonly string[]
  readonly simhash: string
}

export function fingerprint(text: string): Fingerprint {
  const set = shingles(text)
  const minhash = minHash(set)
  return { hash: exactHash(text), minhash, bands: bandKeys(minhash), simhash: simHash(set) }
}
