/**
 * Noun-phrase chunking over UD POS tags, enough to find who speaks: the subject before a cue
 * ("the Israeli prime minister said"), the inverted subject after it ("said Ines Okonma, the
 * spokesman"), appositions ("Peter Ruiz, the mayor, said") and relative clauses ("Ruiz, who
 * leads the talks, said"). Ranges are token indices, half-open.
 */

import type { Token } from '../../doc/index.ts'
import { MONTHS, WEEKDAYS } from '../common/dates.ts'
import { STANDALONE_DETERMINERS, SUBJECT_PRONOUNS, TIME_WORDS } from './lexicon.ts'

export interface TokenRange {
  readonly first: number
  readonly end: number
}

// Tag tests are comparisons rather than Set lookups: the chunker runs them on every token it walks.
/** A tag that can sit inside a noun phrase. */
function npInnerTag(pos: string): boolean {
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'ADJ' || pos === 'NUM' || pos === 'DET'
}
/** A tag that can head a noun phrase. */
function npHeadTag(pos: string): boolean {
  return pos === 'PROPN' || pos === 'NOUN' || pos === 'NUM' || pos === 'PRON'
}
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
const GENITIVE = new Set(["'s", '’s', "'", '’', 's'])
const LINKS = new Set(['of', 'for', 'at', 'from', 'to'])
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'that'])
const QUOTE_CLOSERS = new Set(['”', '"', "''", '’'])
const COMPARATIVE = new Set(['than', 'less', 'more', 'about', 'nearly', 'almost', 'just'])
const TIME_NOUNS = new Set([
  'past',
  'day',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
])
const RELATIVE_THAT = new Set(['that', 'which'])
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves'])
// after "in", "May" is the month
const MONTH_NAMES = new Set(MONTHS)
const WEEKDAY_NAMES = new Set(WEEKDAYS)
const YEAR = /^(?:19|20)\d\d$/

export function isComma(t: Token | undefined): boolean {
  return t !== undefined && (t.norm === ',' || t.norm === ';')
}

function isNounish(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'NUM')
}

/** A token that can sit inside a noun phrase (not at its very start when it is a pronoun). */
function isInner(t: Token): boolean {
  if (npInnerTag(t.pos)) return true
  if ((t.pos === 'PART' || t.pos === 'PUNCT') && GENITIVE.has(t.norm)) return true
  if (t.pos === 'PRON' && POSSESSIVES.has(t.norm)) return true
  return t.norm === '-' || t.norm === '.' || t.norm === '&'
}

/** The start of the noun phrase ending at token `last` (inclusive), not going below `lo`. */
export function chunkLeft(toks: readonly Token[], last: number, lo: number): number {
  const head = toks[last]!
  if (head.pos === 'PRON') return last
  let i = last
  while (i - 1 >= lo) {
    const p = toks[i - 1]!
    if (isInner(p)) {
      i--
      continue
    }
    // The second half of a hyphenated compound: "the self-described socialist".
    if (toks[i - 2]?.norm === '-' && toks[i - 2]!.end === p.start && i - 3 >= lo) {
      i -= 3
      continue
    }
    // A parenthesis inside a name: "Sen. Ann Ruiz (D-Calif.) said".
    if (p.norm === ')') {
      const open = openingParen(toks, i - 1, lo)
      if (open > lo && isNounish(toks[open - 1])) {
        i = open
        continue
      }
    }
    const before = toks[i - 2]
    // "a source close to him", "people close to the campaign".
    if (p.norm === 'to' && before?.norm === 'close' && i - 3 >= lo && isNounish(toks[i - 3])) {
      i -= 2
      continue
    }
    if (LINKS.has(p.norm) && i - 2 >= lo && isNounish(before) && toks[i]!.pos !== 'PRON') {
      i--
      continue
    }
    if (p.norm === 'and' && i - 2 >= lo && before?.pos === 'PROPN' && toks[i]!.pos === 'PROPN') {
      i--
      continue
    }
    break
  }
  // Never start on a genitive mark or a punctuation token.
  while (i < last && (toks[i]!.pos === 'PUNCT' || toks[i]!.pos === 'PART')) i++
  return i
}

function openingParen(toks: readonly Token[], close: number, lo: number): number {
  for (let k = close - 1; k >= lo && close - k <= 8; k--) if (toks[k]!.norm === '(') return k
  return -1
}

function closingParen(toks: readonly Token[], open: number, hi: number): number {
  for (let k = open + 1; k < hi && k - open <= 8; k++) if (toks[k]!.norm === ')') return k
  return -1
}

/** The end (exclusive) of the noun phrase starting at `first`, not reaching `hi`. */
export function chunkRight(toks: readonly Token[], first: number, hi: number): number {
  const t = toks[first]
  if (!t) return first
  if (t.pos === 'PRON' && !POSSESSIVES.has(t.norm))
    return SUBJECT_PRONOUNS.has(t.norm) || t.norm === 'them' ? first + 1 : first
  let i = first
  while (i < hi) {
    const c = toks[i]!
    // "in the Times that anger …": a determiner after a noun opens the next phrase.
    if (c.pos === 'DET' && i > first && isNounish(toks[i - 1])) break
    if (isInner(c) && !(c.norm === '.' && i > first)) {
      i++
      continue
    }
    // "the printed card", "the elected officials": a participle between a determiner and a noun.
    if (
      c.pos === 'VERB' &&
      c.norm.endsWith('ed') &&
      i > first &&
      toks[i - 1]!.pos === 'DET' &&
      (toks[i + 1]?.pos === 'NOUN' || toks[i + 1]?.pos === 'PROPN')
    ) {
      i++
      continue
    }
    if (LINKS.has(c.norm) && i > first && isNounish(toks[i - 1]) && i + 1 < hi && isInner(toks[i + 1]!)) {
      i++
      continue
    }
    if (c.norm === 'and' && toks[i - 1]?.pos === 'PROPN' && toks[i + 1]?.pos === 'PROPN') {
      i++
      continue
    }
    // A parenthesis after a name: "Rep. Ann Ruiz (D-Calif.)".
    if (c.norm === '(' && i > first && isNounish(toks[i - 1])) {
      const close = closingParen(toks, i, hi)
      if (close > 0) {
        i = close + 1
        continue
      }
    }
    break
  }
  return hasHead(toks, first, i) ? i : first
}

function hasHead(toks: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (npHeadTag(toks[i]!.pos)) return true
  return false
}

/** "the self-described socialist": a tagger may call the head an adjective; a determiner vouches for it. */
function startsWithDeterminer(toks: readonly Token[], first: number): boolean {
  const t = toks[first]!
  return t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVES.has(t.norm))
}

/** Steps left over adverbs, auxiliaries, "not" and time phrases ("has also", "on Tuesday"). */
export function skipLeftModifiers(toks: readonly Token[], from: number, lo: number): number {
  let j = from
  // Within each rule the neighbours' tags come before the word-list lookups: they are cheaper.
  while (j >= lo) {
    const t = toks[j]!
    // "less than two weeks ago said": a span of time before "ago".
    if (t.norm === 'ago' && j - 1 >= lo) {
      j = chunkLeft(toks, j - 1, lo) - 1
      while (j >= lo && COMPARATIVE.has(toks[j]!.norm)) j--
      continue
    }
    // A parenthetical adverb: "officials, however, said".
    if (isComma(t) && toks[j - 1]?.pos === 'ADV' && isComma(toks[j - 2]) && j - 2 > lo) {
      j -= 3
      continue
    }
    // A parenthetical phrase: "officials, in fact, said".
    const open = isComma(t) ? parentheticalStart(toks, j, lo) : -1
    if (open >= 0 && j - open === 3) {
      j = open - 1
      continue
    }
    // "has since said": "since" between an auxiliary and the verb is an adverb.
    const since = t.norm === 'since' && toks[j - 1]?.pos === 'AUX'
    if (t.pos === 'ADV' || t.pos === 'AUX' || (t.pos === 'PART' && t.norm === 'not') || since) {
      j--
      continue
    }
    // "earlier in the day touted": a time noun after a preposition and a determiner.
    if (toks[j - 1]?.pos === 'DET' && toks[j - 2]?.pos === 'ADP' && j - 2 >= lo && TIME_NOUNS.has(t.norm)) {
      j -= 3
      continue
    }
    // "prosecutors in April charged", "who in 2010 said".
    if (toks[j - 1]?.norm === 'in' && j - 1 > lo && (MONTH_NAMES.has(t.norm) || YEAR.test(t.norm))) {
      j -= 2
      continue
    }
    if (WEEKDAY_NAMES.has(t.norm) || (TIME_WORDS.has(t.norm) && t.pos !== 'PRON' && t.pos !== 'DET')) {
      j--
      if (j >= lo && (toks[j]!.norm === 'on' || toks[j]!.norm === 'last' || toks[j]!.norm === 'this')) j--
      continue
    }
    break
  }
  return j
}

const PARENTHETICAL_REACH = 6

/** The comma opening ", in fact," or ", at a later briefing," that ends at the comma `close`, or -1. */
function parentheticalStart(toks: readonly Token[], close: number, lo: number): number {
  for (let k = close - 1; k > lo && close - k <= PARENTHETICAL_REACH; k--) {
    if (!isComma(toks[k])) continue
    if (toks[k + 1]!.pos !== 'ADP' || k + 2 >= close) return -1
    // ", in fact," or a phrase with a determiner (", at a later briefing,"), not ", in July 2012,".
    if (close - k > 3 && toks[k + 2]!.pos !== 'DET') return -1
    for (let i = k + 2; i < close; i++) if (!npInnerTag(toks[i]!.pos) && toks[i]!.pos !== 'ADV') return -1
    return k > lo ? k : -1
  }
  return -1
}

/**
 * The subject noun phrase ending just before `cue` (after adverbs and auxiliaries), with any
 * apposition or relative clause between commas: "Ruiz, the mayor, said" -> "Ruiz, the mayor".
 */
export function subjectBefore(toks: readonly Token[], cue: number, lo: number): TokenRange | null {
  let j = skipLeftModifiers(toks, cue - 1, lo)
  if (j < lo) return null
  const end = j + 1
  if (toks[j]!.norm === ')') {
    const open = openingParen(toks, j, lo)
    if (open > lo && isNounish(toks[open - 1])) j = open - 1
  }
  const last = toks[j]!
  if (isComma(last) || isDash(last)) {
    const across = subjectAcrossComma(toks, j, lo)
    if (across || !isComma(last)) return across
    // "Ruiz, at a later briefing, said": a parenthetical phrase with a determiner.
    const open = parentheticalStart(toks, j, lo)
    return open >= 0 ? subjectBefore(toks, open, lo) : null
  }
  // 'Ruiz, host of the “Morning Hour,” said': the comma inside the closing mark.
  // ",''": the closing mark in two apostrophe tokens.
  const close = last.norm === "'" && toks[j - 1]?.norm === "'" ? j - 1 : j
  if ((QUOTE_CLOSERS.has(last.norm) || close < j) && isComma(toks[close - 1]) && close - 1 > lo)
    return titleInPhrase(toks, close, lo) ? subjectAcrossComma(toks, close - 1, lo) : null
  // "a source close to him said".
  if (last.pos === 'PRON' && toks[j - 1]?.norm === 'to' && toks[j - 2]?.norm === 'close' && j - 3 >= lo) {
    // "Those close to him say".
    if (STANDALONE_DETERMINERS.has(toks[j - 3]!.norm)) return { first: j - 3, end }
    return isNounish(toks[j - 3]) ? { first: chunkLeft(toks, j - 3, lo), end } : null
  }
  // "many of whom say", "some of which said".
  if ((last.norm === 'whom' || last.norm === 'which') && toks[j - 1]?.norm === 'of' && j - 2 >= lo) {
    const q = toks[j - 2]!
    if (STANDALONE_DETERMINERS.has(q.norm) || SUBJECT_PRONOUNS.has(q.norm) || q.pos === 'NUM' || isNounish(q))
      return { first: j - 2, end }
  }
  // "The company itself said": an intensifying pronoun after the subject.
  if (REFLEXIVES.has(last.norm) && j > lo && isNounish(toks[j - 1]))
    return { first: chunkLeft(toks, j - 1, lo), end }
  // "47% say": a share.
  if (last.norm === '%' && toks[j - 1]?.pos === 'NUM' && j > lo) return { first: j - 1, end }
  // "Another said", "Some say": a determiner standing alone.
  if (last.pos === 'DET' && STANDALONE_DETERMINERS.has(last.norm)) return { first: j, end }
  // "those surveyed said", "voters polled said": a reduced relative after the subject.
  const reduced = last.pos === 'VERB' && last.norm.endsWith('ed') && j > lo
  if (
    reduced &&
    (npHeadTag(toks[j - 1]!.pos) || STANDALONE_DETERMINERS.has(toks[j - 1]!.norm)) &&
    toks[j - 1]!.pos !== 'PRON'
  )
    return { first: toks[j - 1]!.pos === 'DET' ? j - 1 : chunkLeft(toks, j - 1, lo), end }
  // "SEIU chief says": a title the tagger read as an adjective, after a name.
  if (last.pos === 'ADJ' && j > lo && toks[j - 1]!.pos === 'PROPN')
    return { first: chunkLeft(toks, j - 1, lo), end }
  const adjectiveHead = last.pos === 'ADJ' && startsWithDeterminer(toks, chunkLeft(toks, j, lo))
  if (!npHeadTag(last.pos) && !adjectiveHead && !(last.pos === 'PART' && GENITIVE.has(last.norm))) return null
  // "letters that called him …": a relative pronoun speaks for the noun before it.
  if (RELATIVE_THAT.has(last.norm) && j > lo && isNounish(toks[j - 1]))
    return { first: chunkLeft(toks, j - 1, lo), end }
  if (last.pos === 'PRON' && !SUBJECT_PRONOUNS.has(last.norm)) return null
  const first = chunkLeft(toks, j, lo)
  // "…, teachers and union officials told the paper": coordinated nouns that open the clause.
  const and = toks[first - 1]
  if (last.pos !== 'PRON' && and?.pos === 'CCONJ' && first - 2 >= lo && isNounish(toks[first - 2])) {
    const other = chunkLeft(toks, first - 2, lo)
    const opener = toks[other - 1]
    if (other === lo || (opener && isComma(opener))) return { first: other, end }
  }
  // "others who want to ban abortion said": the object of a verb in a relative clause is not
  // the subject; the noun before the relative pronoun is.
  const relative = toks[first - 1]?.pos === 'VERB' ? relativeHead(toks, first - 1, lo) : null
  if (relative) return relative
  // "Residents in the town said", "officials who spoke with the paper said", "a witness
  // interviewed by staff said": the object of a preposition is not the subject.
  if (last.pos !== 'PRON' && toks[first - 1]?.pos === 'ADP') {
    const pp = phraseHeadBefore(toks, first - 1, lo)
    if (pp) return { first: pp.first, end }
  }
  return { first, end }
}

const PP_STEPS = 3

/**
 * The noun phrase a prepositional phrase (its preposition at `adp`) belongs to, directly ("Ruiz
 * in a post") or through a relative or participle clause ("officials who spoke with",
 * "a witness interviewed by"), or null.
 */
function phraseHeadBefore(toks: readonly Token[], adp: number, lo: number): TokenRange | null {
  for (let step = 0; step < PP_STEPS && adp - 1 >= lo; step++) {
    const before = toks[adp - 1]!
    let head: number
    if (isNounish(before) && before.pos !== 'PRON') head = adp - 1
    else if (before.pos === 'VERB' && step === 0) {
      const relative = relativeHead(toks, adp - 1, lo)
      if (relative) return relative
      // A participle right after its noun: "a witness interviewed by".
      if (!before.norm.endsWith('ed') || !isNounish(toks[adp - 2]) || toks[adp - 2]!.pos === 'PRON')
        return null
      head = adp - 2
    } else return null
    const first = chunkLeft(toks, head, lo)
    // "After the vote in Leeds the mayor said": a fronted adjunct, not a subject.
    if (toks[first - 1]?.pos === 'SCONJ' || (toks[first - 1]?.pos === 'ADP' && first - 1 <= lo)) return null
    if (toks[first - 1]?.pos !== 'ADP') return { first, end: head + 1 }
    adp = first - 1
  }
  return null
}

const RELATIVE_REACH = 12

/** The noun phrase before "who"/"that" opening the relative clause that holds token `from`, or null. */
function relativeHead(toks: readonly Token[], from: number, lo: number): TokenRange | null {
  for (let k = from - 1; k > lo && from - k <= RELATIVE_REACH; k--) {
    const t = toks[k]!
    if (t.pos === 'PUNCT') return null
    if (t.norm !== 'who' && t.norm !== 'that') continue
    const head = toks[k - 1]!
    if (!isNounish(head)) return null
    return { first: chunkLeft(toks, k - 1, lo), end: k }
  }
  return null
}

/** A closing mark after punctuation: ',”' or ",''" (two apostrophe tokens). */
function closesQuotation(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!
  if (t.norm === "'" && toks[i - 1]?.norm === "'") return toks[i - 2]?.pos === 'PUNCT'
  return QUOTE_CLOSERS.has(t.norm) && toks[i - 1]?.pos === 'PUNCT'
}

const QUOTE_OPENERS = new Set(['“', '"', "''", '‘'])
const TITLE_REACH = 6

/**
 * Whether the quote closed at `close` is a short title inside a phrase ("host of the “Morning
 * Hour,”"), not a quotation before its attribution ("“We are ready,” said …").
 */
function titleInPhrase(toks: readonly Token[], close: number, lo: number): boolean {
  for (let k = close - 2; k > lo && close - k <= TITLE_REACH; k--) {
    const pair = toks[k]!.norm === "'" && toks[k - 1]?.norm === "'"
    if (!QUOTE_OPENERS.has(toks[k]!.norm) && !pair) continue
    const before = toks[pair ? k - 2 : k - 1]
    return before !== undefined && before.pos !== 'PUNCT' && before.pos !== 'VERB'
  }
  return false
}

/** "NP, apposition, said" and "NP, who …, said". `comma` is the comma before the cue. */
function subjectAcrossComma(toks: readonly Token[], comma: number, lo: number): TokenRange | null {
  const initial = clauseInitialSubject(toks, comma, lo)
  if (initial) return initial
  const found = nearestApposition(toks, comma, lo)
  if (found) return found
  // A longer apposition with commas of its own ("Ann Ruiz, minister for health, labour and
  // migration, said"): a name before an earlier comma, followed by a noun phrase or "who".
  let k = comma - 1
  let commas = 0
  while (k > lo && comma - k < MAX_APPOSITION) {
    k--
    if (!isComma(toks[k])) continue
    if (++commas > 4) break
    const inner = toks[k + 1]!
    let name = k - 1
    if (toks[name]?.norm === ')') {
      const open = openingParen(toks, name, lo)
      if (open > lo && isNounish(toks[open - 1])) name = open - 1
    }
    if (
      toks[name]?.pos === 'PROPN' &&
      (isInner(inner) || (RELATIVES.has(inner.norm) && inner.norm !== 'that'))
    ) {
      return { first: chunkLeft(toks, name, lo), end: comma }
    }
  }
  return null
}

const MAX_APPOSITION = 40
const SIDE_START = new Set([
  'who',
  'whose',
  'speaking',
  'facing',
  'appearing',
  'writing',
  'responding',
  'asked',
])

/**
 * "Ann Ruiz, who grew up in Lyon, France, in the 1990s, said": the noun phrase that opens the
 * clause, before a relative clause or a participle phrase with commas of its own.
 */
function clauseInitialSubject(toks: readonly Token[], comma: number, lo: number): TokenRange | null {
  let first = lo
  // "“…,” Ann Ruiz, 67, a nurse in Lyon, France, said": start after a quotation.
  for (let i = comma - 1; i > lo; i--)
    if (closesQuotation(toks, i)) {
      first = i + 1
      break
    }
  while (first < comma && (toks[first]!.pos === 'CCONJ' || toks[first]!.pos === 'PUNCT')) first++
  const end = chunkRight(toks, first, comma)
  if (end <= first || !isComma(toks[end]) || end === comma || comma - end > MAX_APPOSITION) return null
  const inner = toks[end + 1]!
  // A relative clause, a participle phrase, or after a name an age or an apposition.
  const name = toks[end - 1]!.pos === 'PROPN'
  const side =
    SIDE_START.has(inner.norm) ||
    (inner.pos === 'VERB' && inner.norm.endsWith('ing')) ||
    (name && (inner.pos === 'NUM' || inner.pos === 'DET'))
  if (!side || toks[end - 1]!.pos === 'PRON') return null
  // One more comma at least inside the side phrase: otherwise the nearest-apposition rules apply.
  if (!hasCommaBetween(toks, end + 1, comma)) return null
  return { first, end }
}

function hasCommaBetween(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isComma(toks[i])) return true
  return false
}

function nearestApposition(toks: readonly Token[], comma: number, lo: number): TokenRange | null {
  const separator = isDash(toks[comma]) ? isDash : isComma
  let k = comma - 1
  while (k >= lo && !separator(toks[k]) && comma - k < 30) k--
  if (k < lo || !separator(toks[k])) return null
  const inner = toks[k + 1]
  if (!inner) return null
  const relative = RELATIVES.has(inner.norm) && inner.norm !== 'that'
  // "Ban Ki-moon, the secretary general of the United Nations, vowed": a determiner opens an
  // apposition the chunker cannot span ("general" read as an adjective); it has no verb.
  const appositive =
    !relative &&
    ((chunkLeft(toks, comma - 1, k + 1) === k + 1 && isInner(inner)) ||
      (inner.pos === 'DET' && !hasVerb(toks, k + 1, comma)))
  // "Ruiz, speaking in Lyon on Monday, said", "Ruiz, himself up for election, said": a side
  // phrase with no finite verb after a name; the name alone is the speaker.
  if (!relative && !appositive) return sidePhrase(toks, k, comma, lo)
  let headLast = k - 1
  // "Ann Ruiz (D-Calif.), the ranking member, said": the name before the parenthesis.
  if (toks[headLast]?.norm === ')') {
    const open = openingParen(toks, headLast, lo)
    if (open > lo && isNounish(toks[open - 1])) headLast = open - 1
  }
  if (headLast < lo) return null
  // "One Republican hopeful, Ann Ruiz, says": an adjective the tagger made the head, after a number.
  const adjectiveHead =
    toks[headLast]!.pos === 'ADJ' && COUNTED.has(toks[chunkLeft(toks, headLast, lo)]!.pos) && appositive
  if (!npHeadTag(toks[headLast]!.pos) && !adjectiveHead) return null
  const first = chunkLeft(toks, headLast, lo)
  return { first, end: appositive ? comma : k }
}

const COUNTED = new Set(['NUM', 'DET'])
const SIDE_OPENER_POS = new Set(['VERB', 'ADP', 'ADV'])
function hasVerb(toks: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX') return true
  return false
}

const DASH_NORMS = new Set(['—', '–', '--'])

function isDash(t: Token | undefined): boolean {
  return t !== undefined && DASH_NORMS.has(t.norm)
}

/** The name before `open` when the words up to `close` have no finite verb (participles are fine). */
function sidePhrase(toks: readonly Token[], open: number, close: number, lo: number): TokenRange | null {
  let name = open - 1
  // "Sen. Ann Ruiz (D-Ill.), noting …, said": the name before a party label.
  if (toks[name]?.norm === ')') {
    const paren = openingParen(toks, name, lo)
    if (paren > lo && isNounish(toks[paren - 1])) name = paren - 1
  }
  if (name < lo) return null
  // A common noun may lead too when a verb, preposition or adverb opens the side phrase
  // ("Several mayors, including Ruiz, said"; not a list: "health, labour and migration"), but
  // not a time ("Last month, …") nor before "as" ("the files, as well, …" ends a content).
  const head = toks[name]!
  const opener = toks[open + 1]
  const common =
    head.pos === 'NOUN' &&
    !TIME_NOUNS.has(head.norm) &&
    !!opener &&
    SIDE_OPENER_POS.has(opener.pos) &&
    opener.norm !== 'as'
  if (head.pos !== 'PROPN' && !common) return null
  for (let i = open + 1; i < close; i++) {
    const t = toks[i]!
    const participle = t.norm.endsWith('ing') || t.norm.endsWith('ed') || toks[i - 1]!.norm === 'to'
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !participle)) return null
  }
  return { first: chunkLeft(toks, name, lo), end: open }
}

/** The inverted subject after a cue: "said Ines Okonma, a spokesman for the group". */
export function subjectAfter(toks: readonly Token[], first: number, hi: number): TokenRange | null {
  const end = chunkRight(toks, first, hi)
  if (end === first) return null
  // An apposition running to the end of the clause: ", the spokesman for the group."
  if (isComma(toks[end]) && end + 1 < hi) {
    const next = toks[end + 1]!
    if (next.pos === 'DET' || next.pos === 'ADJ' || next.pos === 'NOUN' || next.pos === 'PROPN') {
      const appEnd = chunkRight(toks, end + 1, hi)
      if (appEnd > end + 1 && (appEnd >= hi || toks[appEnd]!.pos === 'PUNCT')) return { first, end: appEnd }
    }
  }
  return { first, end }
}
