/**
 * A set of words asked "maybe in it?" without making a string: two bits per word from a hash of its
 * UTF-16 units (a Bloom filter). No false "no"; a "yes" is confirmed by the real look-up. Used before
 * slicing a word out of the text (or hashing it into a Map) for the many words that are in no list.
 */

/** Bits in the filter (a power of two): 32 KiB, room for some thousands of words. */
const BITS = 1 << 18

export class WordFilter {
  private readonly bits = new Uint32Array(BITS >>> 5)

  add(word: string): void {
    const h = hashOf(word, 0, word.length)
    this.set(h)
    this.set(h >>> 14)
  }

  /** False when s[at, end) is surely not a word added; true when it may be. */
  mayHave(s: string, at: number, end: number): boolean {
    const h = hashOf(s, at, end)
    return this.has(h) && this.has(h >>> 14)
  }

  /** `mayHave` for a word whose `hashOf` the caller has already (it keys its own look-up with it). */
  mayHaveHash(h: number): boolean {
    return this.has(h) && this.has(h >>> 14)
  }

  private set(h: number): void {
    const b = h & (BITS - 1)
    this.bits[b >>> 5]! |= 1 << (b & 31)
  }

  private has(h: number): boolean {
    const b = h & (BITS - 1)
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0
  }
}

/**
 * FNV-1a over the UTF-16 units of s[at, end), as a signed 32-bit integer: a small integer, which a
 * Map takes as a key without boxing it (the filter reads the same bits either way).
 */
export function hashOf(s: string, at: number, end: number): number {
  let h = 0x811c9dc5
  for (let k = at; k < end; k++) h = Math.imul(h ^ s.charCodeAt(k), 0x01000193)
  return h | 0
}
