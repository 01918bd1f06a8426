/**
 * Small questions about the tokens layer that the actors passes ask all the time.
 */
import type { Token } from '../../doc/index.ts'
import { MONTHS, WEEKDAYS } from '../common/dates.ts'

import { ORG_HEADS } from './lexicon.ts'

const DAYS_MONTHS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS])
const NAME_PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'de',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'ter',
  'abu',
])
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'if',
  'when',
  'while',
  'in',
  'on',
  'at',
  'for',
  'as',
  'after',
  'before',
  'meanwhile',
  'however',
  'his',
  'her',
  'their',
  'our',
  'its',
  'there',
  'here',
  'what',
  'who',
  'why',
  'how',
  'top',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
])

export class TokenView {
  private readonly norms: string[]
  private readonly lemmas: string[]

  private readonly caps: Uint8Array
  /**
   * Each token's offsets, sentence and part of speech copied into dense arrays once: the passes read
   * them many times per token, and a read here touches no token object (nor a negative index's slow path).
   */
  private readonly starts: Int32Array
  private readonly ends: Int32Array
  private readonly sentences: Int32Array
  private readonly tags: string[]
  private readonly names: Uint8Array
  private readonly runs: Int32Array
  /** Lower-casing lengthens a dotted capital I ("İ"): then a token's length is not its norm's. */
  private readonly lengthens: boolean

  constructor(
    readonly text: string,
    readonly toks: readonly Token[],
  ) {
    const n = toks.length
    // filled on demand: most tokens are never asked about
    this.norms = new Array<string>(n).fill('')
    this.lemmas = new Array<string>(n).fill('')
    this.caps = new Uint8Array(n)
    this.names = new Uint8Array(n).fill(2)
    this.runs = new Int32Array(n).fill(-1)
    this.lengthens = text.includes('\u0130')
    this.starts = new Int32Array(n)
    this.ends = new Int32Array(n)
    this.sentences = new Int32Array(n)
    this.tags = new Array<string>(n).fill('')
    for (let i = 0; i < n; i++) {
      const t = toks[i]!
      this.starts[i] = t.start
      this.ends[i] = t.end
      this.sentences[i] = t.sentence
      this.tags[i] = t.pos
      const c = text.charCodeAt(t.start)
      if (c >= 65 && c <= 90) this.caps[i] = 1
      else if (c >= 128) this.caps[i] = capital(text[t.start]!) ? 1 : 0
      else if (c >= 97 && c <= 122 && isSlipped(text.charCodeAt(t.start + 1))) {
        // "iSrael": a capital typed one letter late still marks a name
        this.caps[i] = SLIPPED_CAPITAL.test(text.slice(t.start, t.end)) ? 1 : 0
      }
    }
  }

  get n(): number {
    return this.toks.length
  }
  /** Token i, or undefined out of range (read without a negative index's slow path). */
  private tok(i: number): Token | undefined {
    return i >= 0 && i < this.toks.length ? this.toks[i] : undefined
  }
  word(i: number): string {
    return i >= 0 && i < this.starts.length ? this.text.slice(this.starts[i]!, this.ends[i]!) : ''
  }
  /** The token lower-cased as written (wink's `norm` also respells: "vice" -> "vise"). */
  norm(i: number): string {
    const t = this.tok(i)
    if (!t) return ''
    let n = this.norms[i]!
    if (n === '') {
      n = lowerCased(this.text, t)
      this.norms[i] = n
    }
    return n
  }
  /**
   * `test(c0, c1, length)` of token i's norm without making it: its first two letters lower-cased and its
   * length, read off the text. True (ask the norm) when those are not plain ASCII or not known.
   */
  shapeOf(i: number, test: (c0: number, c1: number, length: number) => boolean): boolean {
    if (i < 0 || i >= this.starts.length || this.lengthens) return true
    const start = this.starts[i]!
    const length = this.ends[i]! - start
    if (length < 2) return true
    return test(lowerAscii(this.text.charCodeAt(start)), lowerAscii(this.text.charCodeAt(start + 1)), length)
  }
  /** `shapeOf` for token i's lemma, lower-cased: the lemma's lower-case string is not made. */
  lemmaShapeOf(i: number, test: (c0: number, c1: number, length: number) => boolean): boolean {
    const l = this.tok(i)?.lemma
    if (l === undefined || this.lengthens || l.length < 2) return true
    return test(lowerAscii(l.charCodeAt(0)), lowerAscii(l.charCodeAt(1)), l.length)
  }
  lemma(i: number): string {
    const t = this.tok(i)
    if (!t) return ''
    let l = this.lemmas[i]!
    if (l === '') {
      l = hasUpper(t.lemma) ? t.lemma.toLowerCase() : t.lemma
      this.lemmas[i] = l
    }
    return l
  }
  pos(i: number): string {
    return i >= 0 && i < this.tags.length ? this.tags[i]! : ''
  }
  start(i: number): number {
    return i >= 0 && i < this.starts.length ? this.starts[i]! : this.text.length
  }
  end(i: number): number {
    return i >= 0 && i < this.ends.length ? this.ends[i]! : this.text.length
  }
  sentence(i: number): number {
    return i >= 0 && i < this.sentences.length ? this.sentences[i]! : -1
  }
  /** First token index starting at or after `offset`, from `from` (a short walk: the caller is near). */
  tokenAt(offset: number, from: number): number {
    let j = from
    while (j < this.starts.length && this.starts[j]! < offset) j++
    return j
  }
  /** First token index starting at or after `offset`, anywhere in the text (a binary search). */
  firstTokenAt(offset: number): number {
    let lo = 0
    let hi = this.toks.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.starts[mid]! < offset) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  /** True when token i's lemma, lower-cased, is `word` (a lower-case word); makes no string. */
  lemmaIs(i: number, word: string): boolean {
    const l = this.tok(i)?.lemma
    if (l === undefined || l.length !== word.length) return false
    if (l === word) return true
    // an ASCII first letter that differs even lower-cased: no string made
    const c = l.charCodeAt(0)
    if (c < 128 && (c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(0)) return false
    return l.toLowerCase() === word
  }
  isCap(i: number): boolean {
    return this.caps[i] === 1
  }
  /** No white space between tokens i-1 and i. */
  glued(i: number): boolean {
    return i > 0 && this.end(i - 1) === this.start(i)
  }
  isPossessive(i: number): boolean {
    const n = this.norm(i)
    return n === "'s" || n === '’s' || (n === "'" && this.glued(i)) || (n === '’' && this.glued(i))
  }
  isPunct(i: number, chars: string): boolean {
    return this.pos(i) === 'PUNCT' && chars.includes(this.word(i))
  }
  /** A capitalised token that can be part of a name. */
  nameToken(i: number): boolean {
    const known = this.names[i]
    if (known === undefined) return false
    if (known === 2) {
      const is = this.readNameToken(i)
      this.names[i] = is ? 1 : 0
      return is
    }
    return known === 1
  }

  private readNameToken(i: number): boolean {
    if (i >= this.toks.length || !this.isCap(i)) return false
    const p = this.pos(i)
    if (
      p === 'PUNCT' ||
      p === 'SYM' ||
      p === 'PRON' ||
      p === 'DET' ||
      p === 'CCONJ' ||
      p === 'SCONJ' ||
      p === 'ADP'
    )
      return false
    const n = this.norm(i)
    return !DAYS_MONTHS.has(n) && !NOT_NAMES.has(n)
  }
  /** The end (exclusive token index) of a run of name tokens from i, or i when there is none. */
  nameRun(i: number): number {
    if (i >= this.toks.length || !this.nameToken(i)) return i
    const memo = this.runs[i]!
    if (memo >= 0) return memo
    const end = this.readNameRun(i)
    this.runs[i] = end
    return end
  }

  private readNameRun(i: number): number {
    let j = i + 1
    let last = i + 1
    while (j < this.toks.length && j - i < 8) {
      if (this.nameToken(j) && !this.isPossessive(j)) {
        j++
        last = j
      } else if (
        this.isPossessive(j) &&
        this.norm(j).length === 1 &&
        this.norm(j - 1).endsWith('s') &&
        ORG_HEADS.has(this.norm(j + 1))
      ) {
        // "Kurdistan Workers' Party", "National Miners' Union": a plural possessive inside an organisation's name
        j++
      } else if (this.word(j) === '-' && this.glued(j) && j + 1 < this.toks.length && this.glued(j + 1)) {
        j++
      } else if (NAME_PARTICLES.has(this.norm(j)) && (this.nameToken(j + 1) || this.word(j + 1) === '-')) {
        j++
      } else break
    }
    return last
  }
}

/**
 * The token's text lower-cased. The tagger's `norm` is that string for nearly every token; it is
 * compared character by character and reused, so no new string is made (it respells some words,
 * "vice" -> "vise", and then the text is sliced).
 */
function lowerCased(text: string, t: Token): string {
  const norm = t.norm
  const length = t.end - t.start
  if (norm.length === length) {
    let k = 0
    for (; k < length; k++) {
      let c = text.charCodeAt(t.start + k)
      if (c >= 128) break
      if (c >= 65 && c <= 90) c += 32
      if (c !== norm.charCodeAt(k)) break
    }
    if (k === length) return norm
  }
  return text.slice(t.start, t.end).toLowerCase()
}

/** An ASCII capital made lower-case; any other code as it is (128 and above: not ASCII). */
function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c
}

/** True unless the string is plain ASCII without capitals (then lower-casing would return it as is). */
function hasUpper(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k)
    if (c >= 128 || (c >= 65 && c <= 90)) return true
  }
  return false
}

/** A word whose capital came one letter late ("iSrael", "gErmany"): the whole token. */
const SLIPPED_CAPITAL = /^[a-z][A-Z][a-z]{2,}$/
const SLIPPED_IN_TEXT = /(?<![\p{L}\p{N}])[a-z][A-Z][a-z]{2,}(?![\p{L}\p{N}])/gu

function isSlipped(code: number): boolean {
  return code >= 65 && code <= 90
}

/**
 * The (folded) text with every word whose capital slipped one letter ("iSrael") written as a name
 * ("Israel"), so knowledge-base names and places match it; same length, so offsets carry over.
 */
export function mendSlippedCapitals(text: string): string {
  return text.replace(SLIPPED_IN_TEXT, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
}

function capital(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase()
}
