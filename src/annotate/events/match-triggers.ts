/**
 * Compiles the trigger lexicon once and finds its patterns over a run of tokens, by lemma.
 * Where matches overlap, the one with more elements wins ("withdraw peacekeepers" over "withdraw"),
 * then the earlier one.
 */
import type { Token } from '../../doc/index.ts'
import { ParleyError } from '../../errors.ts'
import type { TriggerEntry } from './lexicon.ts'

interface Element {
  readonly words: ReadonlySet<string>
  readonly prefixes: readonly string[]
  readonly gap: boolean
  readonly pos: 'V' | 'N' | null
}

interface Compiled {
  readonly entry: TriggerEntry
  readonly elements: readonly Element[]
}

export interface TriggerMatch {
  readonly entry: TriggerEntry
  /** Token indices (into the tokens layer) of the first and last matched token. */
  readonly first: number
  readonly last: number
}

export interface TriggerIndex {
  /** Lexicon entries by every word their first element accepts; prefix entries under `*`. */
  readonly byWord: ReadonlyMap<string, readonly Compiled[]>
  readonly byPrefix: readonly Compiled[]
  /** Every prefix of the first elements of `byPrefix`, to skip them at once on most tokens. */
  readonly headPrefixes: readonly string[]
}

const MAX_GAP = 5
const MODALS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'could',
  'can',
  'may',
  'might',
  'must',
  "'ll",
  'wo',
])

/** Expands multi-word options ("break+off|sever") into one pattern per option, as lists of element strings. */
function expand(pattern: string): string[][] {
  let variants: string[][] = [[]]
  for (const part of pattern.trim().split(/\s+/)) {
    const gap = part.startsWith('~') ? '~' : ''
    const body = gap ? part.slice(1) : part
    const [alts = '', posTag] = body.split(':')
    const suffix = posTag ? `:${posTag}` : ''
    const options = alts.split('|')
    const single = options.filter((o) => !o.includes('+'))
    const multi = options.filter((o) => o.includes('+'))
    const forms: string[][] = []
    if (single.length > 0) forms.push([`${gap}${single.join('|')}${suffix}`])
    for (const m of multi) forms.push(m.split('+').map((w, k) => (k === 0 ? `${gap}${w}${suffix}` : w)))
    variants = variants.flatMap((v) => forms.map((f) => [...v, ...f]))
  }
  return variants
}

function parseElement(part: string, alone: boolean, entry: TriggerEntry): Element {
  const gap = part.startsWith('~')
  const body = gap ? part.slice(1) : part
  const [alts = '', posTag] = body.split(':')
  const options = alts.split('|').filter((a) => a !== '')
  if (options.length === 0) {
    throw new ParleyError('options-invalid', `event trigger pattern "${entry.pattern}" has an empty element`)
  }
  return {
    words: new Set(options.filter((o) => !o.endsWith('*'))),
    prefixes: options.filter((o) => o.endsWith('*')).map((o) => o.slice(0, -1)),
    gap,
    pos: posTag === 'V' || posTag === 'N' ? posTag : alone ? 'V' : null,
  }
}

export function compileLexicon(entries: readonly TriggerEntry[]): TriggerIndex {
  const byWord = new Map<string, Compiled[]>()
  const byPrefix: Compiled[] = []
  for (const entry of entries) {
    if (entry.pattern.trim() === '') {
      throw new ParleyError('options-invalid', `event trigger pattern is empty (type ${entry.type})`)
    }
    for (const parts of expand(entry.pattern)) {
      const elements = parts.map((part) => parseElement(part, parts.length === 1, entry))
      const compiled = { entry, elements }
      const head = elements[0]!
      for (const w of head.words) {
        const list = byWord.get(w) ?? []
        list.push(compiled)
        byWord.set(w, list)
      }
      if (head.prefixes.length > 0) byPrefix.push(compiled)
    }
  }
  const headPrefixes = [...new Set(byPrefix.flatMap((c) => c.elements[0]!.prefixes))]
  return { byWord, byPrefix, headPrefixes }
}

/** The lower-cased lemma of a token, the form the lexicon is written in. */
export function lemmaOf(t: Token): string {
  return t.lemma.toLowerCase()
}

/**
 * The forms a token may match: its lemma, its normal form, and the normal form with a regular
 * ending removed, since the tagger's lemma is sometimes wrong ("staged" -> "stag", "retaken" left as is).
 */
export function formsOf(t: Token): string[] {
  const lemma = lemmaOf(t)
  const n = t.norm
  const out = [lemma, n]
  if (n.length > 4) {
    if (n.endsWith('ed')) out.push(n.slice(0, -1), n.slice(0, -2))
    else if (n.endsWith('es')) out.push(n.slice(0, -1), n.slice(0, -2))
    else if (n.endsWith('s')) out.push(n.slice(0, -1))
    if (n.endsWith('ing')) out.push(n.slice(0, -3), `${n.slice(0, -3)}e`)
    // Irregular participles the tagger leaves as they are ("retaken", "overtaken", "given").
    if (n.endsWith('aken') || n.endsWith('iven')) out.push(n.slice(0, -1))
  }
  return out
}

/** Forms of every token of a layer, computed once per layer (the matcher asks for them many times). */
const formCache = new WeakMap<readonly Token[], ReadonlyArray<readonly string[]>>()
function formsOfLayer(tokens: readonly Token[]): ReadonlyArray<readonly string[]> {
  let all = formCache.get(tokens)
  if (!all) {
    all = tokens.map(formsOf)
    formCache.set(tokens, all)
  }
  return all
}

const NO_FORMS: readonly string[] = []

/** Whether one of the token's forms is among the element's words or starts with one of its prefixes. */
function formMatches(el: Element, forms: readonly string[]): boolean {
  for (const f of forms) if (el.words.has(f)) return true
  for (const p of el.prefixes) if (forms.some((f) => f.startsWith(p))) return true
  return false
}

function accepts(
  el: Element,
  tokens: readonly Token[],
  forms: ReadonlyArray<readonly string[]>,
  i: number,
): boolean {
  // The word test first: it is cheap and fails for almost every token.
  if (!formMatches(el, forms[i] ?? NO_FORMS)) return false
  const t = tokens[i]!
  const next = tokens[i + 1]
  const prev = tokens[i - 1]
  // The tagger sometimes reads a participle as an adjective ("outright rejected"), but one before
  // a noun is a modifier ("the besieged town", "the occupied valley").
  const participle =
    t.pos === 'ADJ' && /ed$/.test(t.norm) && !['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '')
  // After a modal or "to" the word is a verb, whatever the tag ("would free", "to free").
  const afterModal =
    prev !== undefined && (MODALS.has(prev.norm) || (prev.norm === 'to' && prev.pos === 'PART'))
  if (el.pos === 'V' && t.pos !== 'VERB' && !participle && !(afterModal && t.pos !== 'NOUN')) return false
  return !(el.pos === 'N' && t.pos !== 'NOUN' && t.pos !== 'PROPN')
}

/** Tokens a gap may not cross: clause punctuation, subordinators and other verbs. */
function blocksGap(t: Token): boolean {
  if (t.pos === 'PUNCT') return t.norm !== '-' && t.norm !== "'"
  return t.pos === 'SCONJ' || t.pos === 'VERB'
}

function gapBlocked(tokens: readonly Token[], j: number): boolean {
  // "long-threatened invasion": a participle inside a hyphenated modifier does not end the phrase.
  return blocksGap(tokens[j]!) && tokens[j - 1]?.norm !== '-'
}

function matchAt(
  c: Compiled,
  tokens: readonly Token[],
  forms: ReadonlyArray<readonly string[]>,
  start: number,
  end: number,
): number {
  let i = start
  for (let k = 0; k < c.elements.length; k++) {
    const el = c.elements[k]!
    if (k === 0) {
      if (!accepts(el, tokens, forms, i)) return -1
      i++
      continue
    }
    let found = -1
    const limit = el.gap ? Math.min(end, i + MAX_GAP + 1) : Math.min(end, i + 1)
    for (let j = i; j < limit; j++) {
      if (accepts(el, tokens, forms, j)) {
        found = j
        break
      }
      if (gapBlocked(tokens, j)) break
    }
    if (found < 0) return -1
    i = found + 1
  }
  return i - 1
}

/** "released a statement", "returned home": a word right after the trigger that shows another sense. */
function blocked(
  entry: TriggerEntry,
  tokens: readonly Token[],
  forms: ReadonlyArray<readonly string[]>,
  last: number,
  end: number,
): boolean {
  if (!entry.blockedBy) return false
  for (let j = last + 1; j < Math.min(end, last + 4); j++) {
    const t = tokens[j]!
    if (t.pos === 'PUNCT') return false
    if ((forms[j] ?? NO_FORMS).some((f) => entry.blockedBy!.includes(f))) return true
  }
  return false
}

function startsWithAny(forms: readonly string[], prefixes: readonly string[]): boolean {
  for (const p of prefixes) for (const f of forms) if (f.startsWith(p)) return true
  return false
}

/** Every non-overlapping trigger among tokens[start, end). */
export function findTriggers(
  index: TriggerIndex,
  tokens: readonly Token[],
  start: number,
  end: number,
): TriggerMatch[] {
  const candidates: Array<TriggerMatch & { size: number }> = []
  const all = formsOfLayer(tokens)
  const tried: Compiled[] = []
  for (let i = start; i < end; i++) {
    if (tried.length > 0) tried.length = 0
    const forms = all[i] ?? NO_FORMS
    for (const f of forms) {
      const list = index.byWord.get(f)
      if (list) for (const c of list) if (!tried.includes(c)) tried.push(c)
    }
    // A prefix entry whose first element takes none of the forms cannot match here.
    if (startsWithAny(forms, index.headPrefixes))
      for (const c of index.byPrefix) if (formMatches(c.elements[0]!, forms)) tried.push(c)
    for (const c of tried) {
      const last = matchAt(c, tokens, all, i, end)
      if (last >= 0 && !blocked(c.entry, tokens, all, last, end)) {
        candidates.push({ entry: c.entry, first: i, last, size: c.elements.length })
      }
    }
  }
  candidates.sort((a, b) => b.size - a.size || a.first - b.first)
  const taken: TriggerMatch[] = []
  for (const c of candidates) {
    if (taken.some((t) => c.first <= t.last && t.first <= c.last)) continue
    taken.push({ entry: c.entry, first: c.first, last: c.last })
  }
  return taken.sort((a, b) => a.first - b.first)
}
