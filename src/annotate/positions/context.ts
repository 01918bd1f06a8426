/**
 * What the position finders share: the text, who is mentioned where, which stretches are
 * somebody's speech (never a belief: see `createContext`), and the clause and holder around a cue.
 *
 * Holder resolution, in order: (1) a first-person or implicit subject inside a quote is the
 * quote's speaker; (2) a reported clause ("X said that ...", "X reaffirmed his position that
 * ...", "warnings from X that ...", "..., X said") belongs to the reporter; (3) otherwise the
 * grammatical subject: the nearest actor mention before the cue in its clause, following a
 * relative pronoun ("allies who threatened") or a pronoun ("it", "he") back to its referent.
 */
import {
  type Doc,
  firstStartingAt,
  layer,
  type Proposal,
  type Sentence,
  type Token,
} from '../../doc/index.ts'
import { createPartyIndex, type PartyIndex, type PartyMention } from '../common/party-index.ts'

export interface SpeechRegion {
  readonly start: number
  readonly end: number
  readonly speaker: string | null
}

export interface Context {
  readonly text: string
  readonly parties: PartyIndex
  readonly sentences: readonly Sentence[]
  readonly tokens: readonly Token[]
  readonly speech: readonly SpeechRegion[]
  readonly proposals: readonly Proposal[]
}

const REPORT =
  /\b(said|says|say|told|tells|stated|states|added|adds|insisted|insists|reiterated|reiterates|reaffirmed|reaffirms|warned|warns|argued|argues|stressed|stresses|noted|notes|emphasi[sz]ed|emphasi[sz]es|declared|announced|maintained|maintains|claimed|claims|wrote|writes|tweeted|saying|arguing|insisting|stressing|warning|according to|position that|stance that|statement that|warnings? from|demands? from|view that|(?:made|making) (?:it )?clear)\b/gi
const PRONOUN = /^(it|they|he|she|we|i|its|their|his|her|our)$/i
const FIRST_PERSON = /^(we|i|our|us|my)$/i
const RELATIVE = /^(who|which|that)$/i

export function createContext(doc: Doc): Context {
  const text = doc.text
  const parties = createPartyIndex(layer(doc, 'actors'))
  const sentences = layer(doc, 'sentences')
  const speech: SpeechRegion[] = []
  for (const q of layer(doc, 'quotes')) {
    // A belief or intention (`attribution: 'attitude'`) is not its holder's speech: its content
    // lends no speaker to "we must …" and no reporter to a clause; grammar alone reads it.
    if (q.attribution === 'attitude') continue
    const speaker =
      q.speaker ?? (q.speakerSpan ? speakerIn(parties, q.speakerSpan.start, q.speakerSpan.end) : null)
    for (const s of q.spans) speech.push({ start: s.start, end: s.end, speaker })
  }
  for (const region of quoteMarkRegions(text)) {
    if (speech.some((s) => s.start < region.end && region.start < s.end)) continue
    speech.push({ ...region, speaker: attributeQuote(text, parties, region) })
  }
  return {
    text,
    parties,
    sentences,
    tokens: layer(doc, 'tokens'),
    speech,
    proposals: layer(doc, 'proposals'),
  }
}

/** The actor a speaker phrase names: "A Hamas spokesman" -> Hamas, "the spokesman, Ines Okonma" -> Ines Okonma. */
function speakerIn(parties: PartyIndex, start: number, end: number): string | null {
  const found = parties.overlapping(start, end)
  const person = found.find((m) => parties.actor(m.actor)?.kind === 'person')
  return (person ?? found[0])?.actor ?? null
}

/** Stretches inside quotation marks (“…”, "…", ‘…’), within one paragraph. */
export function quoteMarkRegions(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  const re = /“([^”\n]{2,})[”"]|"([^"\n]{2,})["”]|‘([^’\n]{2,}?)’(?![\p{L}])/gu
  for (const m of text.matchAll(re)) out.push({ start: m.index + 1, end: m.index + m[0].length - 1 })
  return out
}

/** Who a quotation is attributed to: "…," X said / X said: "…" / the nearest actor before it in the paragraph. */
function attributeQuote(
  text: string,
  parties: PartyIndex,
  region: { start: number; end: number },
): string | null {
  const after = text.slice(region.end + 1, region.end + 80)
  const tail =
    /^[,.]?\s*(?:([^,.\n]{0,50}?)\s+(?:said|says|told|wrote|added|tweeted|noted|stressed)|(?:said|says|told|wrote|added)\s+([^,.\n]{0,50}))/i.exec(
      after,
    )
  if (tail) {
    const at = region.end + 1 + tail.index
    const who = speakerIn(parties, at, at + tail[0].length)
    if (who) return who
  }
  const paragraphStart = Math.max(0, text.lastIndexOf('\n', region.start) + 1, region.start - 200)
  const before = parties.within(paragraphStart, region.start - 1)
  const person = before.findLast((m) => parties.actor(m.actor)?.kind === 'person')
  return (person ?? before[before.length - 1])?.actor ?? null
}

export function speechAt(ctx: Context, at: number): SpeechRegion | undefined {
  return ctx.speech.find((s) => s.start <= at && at < s.end)
}

export function sentenceAt(ctx: Context, at: number): Sentence | undefined {
  return ctx.sentences.find((s) => s.start <= at && at < s.end)
}

const LEFT_BOUNDARY = /[;:—–“"(]|\bthat\s|\bwhether\s|,\s(?:saying|and|but|while|as|calling|urging)\s|\.\s/g
const RIGHT_BOUNDARY =
  /[;:—”"(]|''|’’|\s[–—-]\s|,\s(?:saying|which|who|while|but|as|despite|according|and|calling|urging|amid|after|hours|or)\b|,\s(?:the\s|a\s|an\s)?(?:[\p{L}.'’-]+\s){1,6}(?:said|says|told|warned|added|stated|insisted|noted)\b|,\s(?:he|she|they|it)\s(?:said|says|told|warned|added)\b|\.(?:\s|$)/gu

/** Start of the clause that holds `at`, never before `floor`. */
export function clauseStart(text: string, at: number, floor: number): number {
  const window = text.slice(floor, at)
  let last = 0
  for (const m of window.matchAll(LEFT_BOUNDARY)) last = m.index + m[0].length
  return floor + last
}

/**
 * End of the clause that holds `at`, never after `ceiling`. A dash-bracketed aside ("sanctions –
 * including those ... – as well as guarantees") is stepped over rather than ending the clause.
 */
export function clauseEnd(text: string, at: number, ceiling: number): number {
  let from = at
  for (;;) {
    const window = text.slice(from, ceiling)
    RIGHT_BOUNDARY.lastIndex = 0
    const m = RIGHT_BOUNDARY.exec(window)
    if (!m) return ceiling
    const dash = /^\s?[–—]\s?$|^\s[–—-]\s$/.test(m[0])
    if (dash) {
      const close = window.slice(m.index + m[0].length).search(/\s?[–—]\s/)
      if (close >= 0 && close < 120) {
        from = from + m.index + m[0].length + close + 2
        continue
      }
    }
    return from + m.index
  }
}

/** The nearest actor mention before `at` in `[from, at)`; follows "who/which" to the antecedent. */
export function subjectBefore(ctx: Context, from: number, at: number): PartyMention | undefined {
  const found = ctx.parties.within(from, at).filter((m) => !isModifier(ctx, m) && !isObject(ctx, m))
  if (found.length === 0) return undefined
  const last = found[found.length - 1]!
  // a relative clause belongs to the noun right before its pronoun: "allies who threatened" names
  // the allies, "conservatives who were hesitant" names nobody the article knows
  const between = ctx.text.slice(last.end, at)
  const relative = /\b(who|which|whom)\b/i.exec(between)
  if (relative && !/^[\s,]*$/.test(between.slice(0, relative.index))) return undefined
  return last
}

/** "negotiations with the group", "pressure on Iran": a name after a preposition is not a subject. */
function isObject(ctx: Context, m: PartyMention): boolean {
  return /\b(with|to|of|on|against|from|for|by|between|over|about|toward|towards|into)\s+(?:the\s+|a\s+|an\s+)?$/i.test(
    ctx.text.slice(Math.max(0, m.start - 14), m.start),
  )
}

/** "the US offer", "a Hamas proposal": a name modifying a noun after a determiner is not a subject. */
export function isModifier(ctx: Context, m: PartyMention): boolean {
  if (!/\b(the|a|an|this|that|its|their)\s+$/i.test(ctx.text.slice(Math.max(0, m.start - 6), m.start)))
    return false
  const next = tokensAfter(ctx, m.end)
  return next !== undefined && next.pos === 'NOUN' && next.start - m.end <= 1
}

function tokensAfter(ctx: Context, at: number) {
  return ctx.tokens[firstStartingAt(ctx.tokens, at)]
}

/** The word right before `at` (skipping auxiliaries), e.g. the pronoun subject of "it will not agree". */
export function wordBefore(text: string, at: number): string {
  const m =
    /(\p{L}+)\s+(?:(?:has|have|had|is|are|was|were|will|would|could|can|should|did|does|do|not|n['’]t|also|still|never|already|now|then|only|yet|been)\s+)*$/u.exec(
      text.slice(Math.max(0, at - 60), at),
    )
  return m?.[1] ?? ''
}

/**
 * The holder of a position whose cue starts at `cue` in the clause starting at `from`:
 * the quote speaker, the reporter, or the clause subject (see the module comment).
 */
export function holderAt(ctx: Context, sentence: Sentence, from: number, cue: number): string | null {
  const { text, parties } = ctx
  const region = speechAt(ctx, cue)
  const subject = subjectBefore(ctx, from, cue)
  const word = wordBefore(text, cue)
  if (subject) {
    const said = text.slice(subject.start, subject.end)
    if (FIRST_PERSON.test(said) && region?.speaker) return region.speaker
    return subject.actor
  }
  if (FIRST_PERSON.test(word) && region?.speaker) return region.speaker
  if (RELATIVE.test(word)) {
    // "allies who threatened": the relative pronoun's antecedent is the noun right before it
    const pronounAt = text.lastIndexOf(word, cue)
    const antecedent = parties.within(sentence.start, pronounAt).pop()
    if (antecedent && /^[\s,]*$/.test(text.slice(antecedent.end, pronounAt))) return antecedent.actor
    return null
  }
  if (PRONOUN.test(word)) {
    const before = parties.within(sentence.start, from).filter((m) => !isPronounMention(text, m))
    if (before.length > 0) return pickSubject(ctx, before)
    return previousSubject(ctx, sentence, /^(he|she)$/i.test(word))
  }
  if (/^(but|and|or|yet|then)$/i.test(word)) {
    // a coordinated verb phrase ("X raised its offer, but rejected ...") shares the subject before it
    const upstream = parties
      .within(lastReportEnd(text, sentence.start, from), from)
      .filter((m) => !isPronounMention(text, m) && !isModifier(ctx, m))
    if (upstream.length > 0) return upstream[0]!.actor
  }
  return region?.speaker ?? null
}

/** End of the last reporting verb in `[start, at)`, or `start`: "He said [GM ...]". */
export function lastReportEnd(text: string, start: number, at: number): number {
  let end = start
  for (const m of text.slice(start, at).matchAll(REPORT)) end = start + m.index + m[0].length
  return end
}

/**
 * The actors coordinated with `actor`'s mention before `cue`: "General Motors, Ford and Stellantis
 * have rejected", "warnings from Ukraine and Europe". Always includes `actor`.
 */
export function coordinated(
  ctx: Context,
  sentence: Sentence,
  actor: string,
  cue: number,
  fallback = cue,
): string[] {
  const { text, parties } = ctx
  let all = parties.within(sentence.start, cue)
  let at = all.findLastIndex((m) => m.actor === actor)
  if (at < 0) {
    all = parties.within(sentence.start, fallback)
    at = all.findLastIndex((m) => m.actor === actor)
  }
  if (at < 0) return [actor]
  const out = [actor]
  const joined = (a: { end: number }, b: { start: number }) =>
    /^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$/i.test(text.slice(a.end, b.start))
  for (let k = at; k > 0 && joined(all[k - 1]!, all[k]!); k--) out.unshift(all[k - 1]!.actor)
  for (let k = at; k < all.length - 1 && joined(all[k]!, all[k + 1]!); k++) out.push(all[k + 1]!.actor)
  return [...new Set(out)]
}

/** "X said that <clause>": the reporter before the clause, or "<clause>, X said" after it. */
export function reporterOf(
  ctx: Context,
  sentence: Sentence,
  clauseFrom: number,
  clauseTo: number,
): string | null {
  const { text, parties } = ctx
  const region = speechAt(ctx, clauseFrom)
  if (region?.speaker) return region.speaker
  const before = text.slice(sentence.start, clauseFrom)
  let verb: RegExpExecArray | null = null
  REPORT.lastIndex = 0
  for (let m = REPORT.exec(before); m; m = REPORT.exec(before)) verb = m
  if (verb) {
    const verbAt = sentence.start + verb.index
    const verbEnd = verbAt + verb[0].length
    if (/from$/i.test(verb[0])) {
      const after = parties.within(verbEnd, clauseFrom)
      if (after[0]) return after[0].actor
    }
    const subject = parties
      .within(clauseStart(text, verbAt, sentence.start), verbAt)
      .filter((m) => !isPronounMention(text, m))
    if (subject.length > 0) return pickSubject(ctx, subject)
    const anywhere = parties.within(sentence.start, verbAt).filter((m) => !isPronounMention(text, m))
    if (anywhere.length > 0) return pickSubject(ctx, anywhere)
    return previousSubject(ctx, sentence, /\b(he|she)\s+\S+$/i.test(text.slice(sentence.start, verbEnd)))
  }
  const after = text.slice(clauseTo, sentence.end)
  const tail =
    /^[,”"\s]*(?:([^,]{0,60}?)\s+(?:said|says|told|added|warned|stated)|(?:said|says|told|added|warned)\s+([^,.]{0,60}))/i.exec(
      after,
    )
  if (tail) {
    const found = parties.within(clauseTo, clauseTo + tail[0].length)
    if (found.length > 0) return pickSubject(ctx, found)
  }
  return null
}

/** Among the mentions before a reporting verb, the person when there is one, else the first ("Israeli PM Netanyahu"). */
function pickSubject(ctx: Context, found: readonly PartyMention[]): string {
  // the subject comes first: "China's ministry said it was evaluating the US offer but insisted ..."
  const person = found.findLast((m) => ctx.parties.actor(m.actor)?.kind === 'person')
  return (person ?? found[0]!).actor
}

/** The first actor named in the sentence before, for "he has not clarified ...". */
function previousSubject(ctx: Context, sentence: Sentence, person: boolean): string | null {
  const index = ctx.sentences.indexOf(sentence)
  for (let k = index - 1; k >= Math.max(0, index - 2); k--) {
    const prev = ctx.sentences[k]!
    const found = ctx.parties.within(prev.start, prev.end).filter((m) => !isPronounMention(ctx.text, m))
    const pick = person ? found.find((m) => ctx.parties.actor(m.actor)?.kind === 'person') : found[0]
    if (pick) return pick.actor
  }
  return null
}

export function isPronounMention(text: string, m: PartyMention): boolean {
  return m.kind === 'pronoun' || PRONOUN.test(text.slice(m.start, m.end))
}

/** Side-kind actors a phrase like "both sides" covers: those named in the sentence, else the two leading sides. */
export function bothSides(ctx: Context, sentence: Sentence): string[] {
  const named = new Set<string>()
  for (const m of ctx.parties.within(sentence.start, sentence.end)) {
    const side = ctx.parties.side(m.actor)
    const kind = ctx.parties.actor(side)?.kind
    if (kind === 'state' || kind === 'group' || kind === 'organization') named.add(side)
  }
  if (named.size >= 2) return [...named].slice(0, 2)
  return ctx.parties.sides.slice(0, 2)
}
