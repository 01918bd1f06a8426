/**
 * Cuts a sentence into the clauses that can carry an event of their own.
 *
 * - The attribution tail (", a senior official said Wednesday", ", according to ...") reports the
 *   sentence; it carries no event and holds neither the source nor the target of one.
 * - Coordinated predicates (", and opened a consulate", "; the rebels reject ...") start a new clause;
 *   one that has no subject of its own inherits the previous clause's source.
 * - Background clauses (after, as, when, while, since, because, before, until, unless, if, though,
 *   and relative who/which/whom clauses) set the scene; their triggers are not reported events.
 */
import type { Token } from '../../doc/index.ts'
import { lemmaOf, type TriggerMatch } from './match-triggers.ts'

export type ClauseKind = 'main' | 'coordinate' | 'background'

export interface Clause {
  /** Token indices [start, end) into the tokens layer. */
  readonly start: number
  readonly end: number
  readonly kind: ClauseKind
  /** A coordinated predicate with no subject of its own ("..., but was still refusing ..."). */
  readonly subjectless: boolean
  /** For background clauses: the word that opens it ("unless", "after", "which"). */
  readonly marker: string | null
}

export interface SentenceFrame {
  readonly clauses: readonly Clause[]
  /** First token of the attribution tail, or the sentence end when there is none. */
  readonly tailStart: number
  /** The sentence end (exclusive token index). */
  readonly end: number
}

/** Verbs that report speech or a finding; they frame a clause rather than name an event. */
export const SPEECH_VERBS = new Set([
  'say',
  'tell',
  'state',
  'declare',
  'announce',
  'report',
  'confirm',
  'add',
  'insist',
  'reiterate',
  'reaffirm',
  'stress',
  'conclude',
  'warn',
  'claim',
  'write',
  'note',
  'argue',
  'maintain',
  'explain',
  'believe',
  'quote',
  'acknowledge',
  'admit',
  'assert',
  'suggest',
  'indicate',
  'predict',
  'caution',
])

const BACKGROUND = new Set([
  'after',
  'as',
  'when',
  'while',
  'since',
  'because',
  'before',
  'until',
  'unless',
  'if',
  'though',
  'although',
  'whereas',
  'once',
  'amid',
  'who',
  'which',
  'whom',
  'whose',
  'where',
])
/** Verbs that end an attribution tail: speech verbs and the accusing ones ("..., a rights group charged"). */
export const ACCUSING_TAIL_VERBS = new Set(['protest', 'complain', 'charge', 'allege', 'accuse', 'condemn'])
const TAIL_VERBS = new Set([...SPEECH_VERBS, ...ACCUSING_TAIL_VERBS])
const RELATIVES = new Set(['who', 'which', 'whom', 'whose', 'where'])
const COORDINATORS = new Set(['and', 'but', 'or', 'yet'])
const SKIPPABLE_ADVERBS = new Set(['also', 'still', 'then', 'later', 'again', 'further', 'even', 'instead'])

function isWord(t: Token | undefined, ...words: string[]): boolean {
  return t !== undefined && words.includes(t.norm)
}

/** Where the attribution tail starts: after the last comma whose remainder is "NP said ..." or "according to". */
function findTail(tokens: readonly Token[], start: number, end: number): number {
  for (let i = start + 2; i < end - 1; i++) {
    if (tokens[i]!.norm === 'according' && isWord(tokens[i + 1], 'to'))
      return isWord(tokens[i - 1], ',') ? i - 1 : i
  }
  let segmentEnd = end
  for (let i = end - 1; i > start; i--) {
    const t = tokens[i]!
    if (t.norm !== ',' && t.norm !== '--' && t.norm !== '—') continue
    const rest = segmentEnd - i - 1
    if (rest < 2 || rest > 22) return end
    // "..., saying it would ..." is a participle with its own content: look at the comma before it.
    if (/ing$/.test(tokens[i + 1]!.norm)) {
      segmentEnd = i
      continue
    }
    let speech = -1
    for (let j = segmentEnd - 1; j > i; j--) {
      const u = tokens[j]!
      if (u.pos !== 'VERB' && u.pos !== 'AUX') continue
      if (u.pos === 'VERB' && TAIL_VERBS.has(lemmaOf(u))) speech = j
      break
    }
    if (speech < 0 || segmentEnd - speech > 10) return end
    // "..., X summoned the envoy to complain of ...": an infinitive, or a verb of its own before the
    // speech verb, makes the segment a clause with content, not a tail.
    if (tokens[speech - 1]?.norm === 'to') return end
    for (let j = i + 1; j < speech; j++) {
      const u = tokens[j]!
      if (RELATIVES.has(u.norm)) break
      if (u.pos === 'VERB') return end
    }
    // What follows the speech verb is a time or place ("said on Wednesday"), not its content.
    for (let j = speech + 1; j < segmentEnd; j++) {
      if (tokens[j]!.norm === 'that' || tokens[j]!.norm === 'to') return end
    }
    // An accusing verb with an object is the sentence's own event ("On Tuesday, X accused Y of ...").
    const object = tokens[speech + 1]
    const accusing = !SPEECH_VERBS.has(lemmaOf(tokens[speech]!))
    if (accusing && object && (object.pos === 'PROPN' || object.pos === 'DET' || object.pos === 'PRON'))
      return end
    return i
  }
  return end
}

/**
 * Closes the clause [start, end) when it is not empty. A module function rather than a closure:
 * tsx names every closure it creates (a property definition per call).
 */
function pushClause(
  clauses: Clause[],
  start: number,
  end: number,
  kind: ClauseKind,
  subjectless: boolean,
  marker: string | null,
): void {
  if (end > start) clauses.push({ start, end, kind, subjectless, marker })
}

export function frameSentence(tokens: readonly Token[], start: number, end: number): SentenceFrame {
  const tailStart = findTail(tokens, start, end)
  const clauses: Clause[] = []
  let clauseStart = start
  let kind: ClauseKind = 'main'
  let subjectless = false
  let marker: string | null = null
  // An opening prepositional phrase ("In a note sent to the council on Friday, Freedonia said ...")
  // sets the scene up to its comma.
  let first = start
  while (first < tailStart && tokens[first]!.pos === 'PUNCT') first++
  const opener = tokens[first]
  if (opener && (opener.pos === 'ADP' || opener.pos === 'SCONJ' || opener.norm === 'according')) {
    for (let i = first + 1; i < Math.min(tailStart, first + 25); i++) {
      if (tokens[i]!.norm !== ',') continue
      kind = 'background'
      marker = opener.norm
      pushClause(clauses, clauseStart, i + 1, kind, subjectless, marker)
      clauseStart = i + 1
      kind = 'main'
      marker = null
      break
    }
  }
  for (let i = clauseStart; i < tailStart; i++) {
    const t = tokens[i]!
    const n = t.norm
    if (n === ';' || (n === ':' && i - start < 8)) {
      pushClause(clauses, clauseStart, i + 1, kind, subjectless, marker)
      clauseStart = i + 1
      kind = 'coordinate'
      subjectless = false
      marker = null
      continue
    }
    if (kind === 'background' && (n === ',' || n === '(' || n === ')')) {
      pushClause(clauses, clauseStart, i + 1, kind, subjectless, marker)
      clauseStart = i + 1
      kind = clauses.some((c) => c.kind !== 'background') ? 'coordinate' : 'main'
      subjectless = false
      marker = null
      continue
    }
    const isBackground =
      BACKGROUND.has(n) &&
      (t.pos === 'SCONJ' ||
        ((t.pos === 'PRON' || t.pos === 'DET') && RELATIVES.has(n)) ||
        (t.pos === 'ADV' && (RELATIVES.has(n) || n === 'when' || n === 'while')) ||
        (t.pos === 'ADP' && n !== 'once')) &&
      // "as well as", "such as", "as long as" are not clause openers; neither is "as" before a noun.
      !(
        n === 'as' &&
        (isWord(tokens[i + 1], 'well', 'long', 'part', 'much') || isWord(tokens[i - 1], 'such'))
      ) &&
      !(n === 'after' && tokens[i + 1]?.pos === 'NUM') &&
      !(
        n === 'as' &&
        ['NOUN', 'PROPN', 'ADJ', 'DET'].includes(tokens[i + 1]?.pos ?? '') &&
        !clauseFollows(tokens, i + 1, tailStart)
      )
    if (isBackground && i > start) {
      pushClause(clauses, clauseStart, i, kind, subjectless, marker)
      clauseStart = i
      kind = 'background'
      subjectless = false
      marker = n
      continue
    }
    if (COORDINATORS.has(n) && i > clauseStart + 1) {
      let j = i + 1
      while (j < tailStart && (SKIPPABLE_ADVERBS.has(tokens[j]!.norm) || tokens[j]!.pos === 'ADV')) j++
      const next = tokens[j]
      if (next && (next.pos === 'VERB' || next.pos === 'AUX') && !/ing$/.test(next.norm)) {
        pushClause(clauses, clauseStart, i, kind, subjectless, marker)
        clauseStart = i
        kind = 'coordinate'
        subjectless = true
        marker = null
      }
    }
  }
  pushClause(clauses, clauseStart, tailStart, kind, subjectless, marker)
  return { clauses, tailStart, end }
}

/** True when a finite verb follows within a few tokens: "as the opposition threatened". */
function clauseFollows(tokens: readonly Token[], from: number, end: number): boolean {
  for (let j = from; j < Math.min(end, from + 6); j++) {
    const t = tokens[j]!
    if (t.pos === 'VERB' || t.pos === 'AUX') return true
    if (t.pos === 'PUNCT') return false
  }
  return false
}

/**
 * "A study published Monday alleged ...": a past participle right after a common noun, with another
 * verb trigger later in the clause, modifies the noun; the later trigger heads the clause.
 */
export function dropReducedRelative(
  tokens: readonly Token[],
  triggers: readonly TriggerMatch[],
): TriggerMatch[] {
  const head = triggers[0]
  if (!head) return []
  const t = tokens[head.first]!
  const next = tokens[head.first + 1]
  // A participle modifier has no object of its own: "published Monday in ...", "accused of ...".
  const participle =
    head.first === head.last &&
    /ed$/.test(t.norm) &&
    tokens[head.first - 1]?.pos === 'NOUN' &&
    next !== undefined &&
    (next.pos === 'ADP' || next.pos === 'ADV' || TIME_WORDS.test(next.norm))
  if (!participle) return [...triggers]
  // "officials accused of fraud", "a man jailed for theft": with no finite trigger later, a charge or
  // punishment named by a participle only describes the noun; the clause reports no such act.
  const describes =
    (next.norm === 'of' || next.norm === 'for' || next.norm === 'with') &&
    DESCRIBING_TYPES.has(head.entry.type) &&
    !hasAgent(tokens, head.last + 1)
  const later = triggers.slice(1).find((m) => {
    const u = tokens[m.first]!
    if ((u.pos !== 'VERB' && !(u.pos === 'ADJ' && /ed$/.test(u.norm))) || /ing$/.test(u.norm)) return false
    for (let i = head.last + 1; i < m.first; i++) {
      const w = tokens[i]!
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.norm === 'that' || w.norm === 'to') return false
    }
    return true
  })
  if (later) return triggers.slice(triggers.indexOf(later))
  return describes ? triggers.filter((m) => m.first > head.last && !complementOf(tokens, m)) : [...triggers]
}

/** Acts done to someone, which a participle can name as what the person underwent. */
const DESCRIBING_TYPES = new Set(['ACCUSE', 'COERCE', 'SANCTION'])

/** "by" before the next clause punctuation: the participle has its agent. */
function hasAgent(tokens: readonly Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i < from + 15; i++) {
    const t = tokens[i]!
    if (t.norm === 'by') return true
    if (t.pos === 'PUNCT') return false
  }
  return false
}

/** A trigger that is the complement of what comes before it: "of making ...", "to attack". */
function complementOf(tokens: readonly Token[], m: TriggerMatch): boolean {
  return /ing$/.test(tokens[m.first]!.norm) || tokens[m.first - 1]?.norm === 'to'
}

export const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|earlier)$/
