/**
 * The `events` stage: PLOVER 2.0 events with their CAMEO code, source and target actors, status,
 * date and place. Per sentence: find the triggers of the lexicon (by lemma), cut the sentence into
 * clauses, let the first trigger of each reportable clause head it (the others are its complements),
 * read the status from the verb chain and the condition clauses, and find the participants.
 * A reported obligation ("X said Y must ...") is a REQUEST from X to Y.
 */
import type { Doc, Event, EventStatus, Token } from '../../doc/index.ts'
import { layer } from '../../doc/index.ts'
import type { Stage } from '../../pipeline/index.ts'
import { ACCUSING_TAIL_VERBS, type Clause, frameSentence, SPEECH_VERBS } from './clauses.ts'
import { codeClause } from './code-clause.ts'
import { LEXICON, type TriggerEntry } from './lexicon.ts'
import {
  compileLexicon,
  findTriggers,
  lemmaOf,
  type TriggerIndex,
  type TriggerMatch,
} from './match-triggers.ts'
import {
  findParticipants,
  isPassive,
  type Mention,
  mentionsOf,
  nearestSubject,
  type Participants,
} from './participants.ts'
import { fillTargets, partiesOf } from './parties.ts'
import { findEventDate, findLocation } from './place-and-date.ts'
import { readStatus } from './status.ts'

export interface EventsOptions {
  /**
   * Statuses to keep in the layer. Default: `done` and `ongoing`, the realised events (announced
   * cooperation and threats are coded as the AGREE/THREATEN they are, done); pass
   * `ALL_STATUSES` to keep future, conditional, hypothetical and negated events too.
   */
  readonly statuses?: readonly EventStatus[]
  /** Report events of background clauses (after, as, which ...) too. Default false. */
  readonly background?: boolean
  /**
   * Aim an event whose sentence names no target at the article's main counterpart of its source
   * ("Hamas rejects ceasefire proposal" -> Israel). Default true.
   */
  readonly counterpart?: boolean
  /** Replace the built-in trigger lexicon. */
  readonly lexicon?: readonly TriggerEntry[]
}

export const DEFAULT_STATUSES: readonly EventStatus[] = ['done', 'ongoing']
export const ALL_STATUSES: readonly EventStatus[] = [
  'done',
  'ongoing',
  'future',
  'conditional',
  'hypothetical',
  'negated',
]

/** The pseudo-trigger of a reported obligation: "said Israel must commit ...". */
const OBLIGATION: TriggerEntry = { pattern: 'must', type: 'REQUEST', cameo: '100', role: 'demand' }

export function events(options: EventsOptions = {}): Stage<'events'> {
  const index = compileLexicon(options.lexicon ?? LEXICON)
  const keep = new Set(options.statuses ?? DEFAULT_STATUSES)
  const background = options.background ?? false
  const fillCounterpart = options.counterpart ?? true
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'actors'],
    run: (doc: Doc) => ({ annotations: codeEvents(doc, index, keep, background, fillCounterpart) }),
  }
}

interface SentenceRange {
  readonly start: number
  readonly end: number
}

/** Token index ranges of each sentence, from the tokens' sentence numbers. */
function sentenceRanges(tokens: readonly Token[]): SentenceRange[] {
  const out: SentenceRange[] = []
  let start = 0
  for (let i = 1; i <= tokens.length; i++) {
    if (i === tokens.length || tokens[i]!.sentence !== tokens[start]!.sentence) {
      out.push({ start, end: i })
      start = i
    }
  }
  return tokens.length === 0 ? [] : out
}

function obligations(tokens: readonly Token[], start: number, end: number): TriggerMatch[] {
  const out: TriggerMatch[] = []
  for (let i = start; i < end; i++) {
    const t = tokens[i]!
    const must = t.norm === 'must'
    const haveTo =
      (lemmaOf(t) === 'have' || lemmaOf(t) === 'need') &&
      tokens[i + 1]?.norm === 'to' &&
      tokens[i + 2]?.pos === 'VERB'
    if (must || haveTo) out.push({ entry: OBLIGATION, first: i, last: haveTo ? i + 1 : i })
  }
  return out
}

function codeEvents(
  doc: Doc,
  index: TriggerIndex,
  keep: ReadonlySet<EventStatus>,
  background: boolean,
  fillCounterpart: boolean,
): Event[] {
  const tokens = layer(doc, 'tokens')
  layer(doc, 'sentences')
  const mentions = mentionsOf(layer(doc, 'actors'), tokens)
  const out: Event[] = []
  let m = 0
  for (const range of sentenceRanges(tokens)) {
    // Each sentence sees only its own mentions (mentions are in text order).
    while (m < mentions.length && mentions[m]!.first < range.start) m++
    let e = m
    while (e < mentions.length && mentions[e]!.first < range.end) e++
    out.push(...codeSentence(doc, tokens, mentions.slice(m, e), range, index, keep, background))
  }
  const parties = partiesOf(layer(doc, 'actors'))
  const merged = mergeRepeats(out, parties.partyOf)
  return fillCounterpart ? fillTargets(merged, parties) : merged
}

/**
 * News repeats its events (headline, lead, recap). One event per type and source party (a person counts
 * as the group they speak for, "Netanyahu" as Israel when the actors stage says so): a later mention
 * merges into an earlier one when their targets agree or one of them has none (the one with a target
 * is kept, at its first place).
 */
function mergeRepeats(list: readonly Event[], partyOf: (id: string | null) => string | null): Event[] {
  const out: Event[] = []
  for (const e of list) {
    if (e.source === null) {
      out.push(e)
      continue
    }
    const at = out.findIndex(
      (o) =>
        o.type === e.type &&
        partyOf(o.source) === partyOf(e.source) &&
        o.status === e.status &&
        (partyOf(o.target) === partyOf(e.target) || o.target === null || e.target === null),
    )
    if (at < 0) out.push(e)
    else if (out[at]!.target === null && e.target !== null) out[at] = e
  }
  return out
}

function codeSentence(
  doc: Doc,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  range: SentenceRange,
  index: TriggerIndex,
  keep: ReadonlySet<EventStatus>,
  background: boolean,
): Event[] {
  const frame = frameSentence(tokens, range.start, range.end)
  const triggers = [
    ...findTriggers(index, tokens, range.start, frame.tailStart),
    ...obligations(tokens, range.start, frame.tailStart),
  ]
  if (triggers.length === 0) return []
  triggers.sort((a, b) => a.first - b.first)
  const sentenceSpan = { start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end }
  const speechAt = (to: number) => {
    for (let i = to - 1; i >= range.start; i--) {
      if (tokens[i]!.pos === 'VERB' && SPEECH_VERBS.has(lemmaOf(tokens[i]!))) return i
    }
    return -1
  }
  const hasTail = frame.tailStart < range.end
  const out: Event[] = []
  const seen = new Set<string>()
  let previousSource: Mention | null = null

  // Background clauses are read only when the main ones yield no event ("The release ... came as Israel
  // announced it would free ..."); conditions ("unless", "if") never are.
  for (const clause of [
    ...frame.clauses.filter((c) => c.kind !== 'background'),
    // Time clauses ("came as Israel announced ...") before relative ones ("who had been arrested").
    ...frame.clauses.filter((c) => c.kind === 'background' && !RELATIVE_MARKERS.has(c.marker ?? '')),
    ...frame.clauses.filter((c) => c.kind === 'background' && RELATIVE_MARKERS.has(c.marker ?? '')),
  ]) {
    if (clause.kind === 'background') {
      const condition = clause.marker === 'if' || clause.marker === 'unless' || clause.marker === 'until'
      if (condition || (out.length > 0 && !background)) continue
    }
    const inClause = dropReducedRelative(
      tokens,
      triggers.filter((t) => t.first >= clause.start && t.first < clause.end),
    )
    const head = inClause[0]
    if (!head) continue
    const reported = hasTail || speechAt(head.first) >= 0
    const reading = readStatus(tokens, head.first, clause, frame.clauses, reported)
    const code =
      head.entry === OBLIGATION
        ? reported
          ? {
              type: 'REQUEST' as const,
              cameo: '100',
              mode: null,
              status: 'done' as const,
              head,
              targetInCondition: false,
            }
          : null
        : codeClause(inClause, reading)
    if (!code || !keep.has(code.status)) continue

    const participants: Participants =
      head.entry === OBLIGATION
        ? obligationParticipants(
            doc.text,
            tokens,
            mentions,
            head,
            clause,
            range,
            frame.tailStart,
            speechAt(head.first),
          )
        : findParticipants({
            text: doc.text,
            tokens,
            mentions,
            first: head.first,
            last: head.last,
            subjectFrom: clause.start,
            objectTo: clause.end,
            sentenceStart: range.start,
            passive: isPassive(tokens, head.first, clause.start),
            reversed: head.entry.reversed === true,
            mediation: head.entry.mode === 'mediate',
            inheritedSource: clause.subjectless ? previousSource : antecedent(tokens, mentions, clause),
            relative: RELATIVE_MARKERS.has(clause.marker ?? ''),
            directObject: head.entry.directObject === true,
          })
    let { target, targetMention } = participants
    if (code.targetInCondition && (code.type === 'REQUEST' || !target)) {
      const condition = frame.clauses.find(
        (c) => c.start > head.first && (c.marker === 'unless' || c.marker === 'until' || c.marker === 'if'),
      )
      const m = condition
        ? mentions.find((x) => x.first >= condition.start && x.first < condition.end)
        : undefined
      if (m) {
        target = m.actor
        targetMention = m
      }
    }
    if (participants.sourceMention && clause.kind !== 'background')
      previousSource = participants.sourceMention

    // An event with neither a source nor a target tells the map nothing ("Talks are continuing").
    if (participants.source === null && target === null) continue
    const key = `${code.type}|${participants.source}|${target}`
    if (seen.has(key)) continue
    seen.add(key)

    const trigger = { start: tokens[head.first]!.start, end: tokens[head.last]!.end }
    const clauseSpan = { start: tokens[clause.start]!.start, end: tokens[clause.end - 1]!.end }
    const tailSpan = { start: tokens[Math.min(frame.tailStart, range.end - 1)]!.start, end: sentenceSpan.end }
    const evidence = evidenceSpan(
      tokens,
      clause,
      trigger,
      participants.sourceMention,
      targetMention,
      sentenceSpan,
    )
    const future = code.status === 'future' || code.status === 'conditional'
    out.push({
      type: code.type,
      mode: code.mode,
      cameo: code.cameo,
      source: participants.source,
      target,
      status: code.status,
      // The date of the event's own clause, else of the attribution tail ("..., officials said Friday").
      date:
        findEventDate(doc.text, doc.meta.published, clauseSpan, trigger.start, future ? 'future' : 'past') ??
        (hasTail
          ? findEventDate(doc.text, doc.meta.published, tailSpan, trigger.start, future ? 'future' : 'past')
          : null),
      location: findLocation(doc.text, tokens, head.last + 1, clause.end, range.start, frame.tailStart),
      trigger,
      evidence,
    })
  }
  if (out.length === 0 && hasTail) {
    const accusation = tailAccusation(doc, tokens, mentions, range, frame.tailStart, sentenceSpan)
    if (accusation && keep.has('done')) out.push(accusation)
  }
  return out
}

/**
 * "Croatian authorities are failing to uphold ..., a human rights group protested": when the reported
 * clause names no event of its own, the accusing verb of the tail is the event, from the tail's actor
 * to the subject of the report.
 */
function tailAccusation(
  doc: Doc,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  range: SentenceRange,
  tailStart: number,
  sentence: { start: number; end: number },
): Event | null {
  let verb = -1
  for (let i = range.end - 1; i > tailStart; i--) {
    if (tokens[i]!.pos === 'VERB') {
      verb = ACCUSING_TAIL_VERBS.has(lemmaOf(tokens[i]!)) ? i : -1
      break
    }
  }
  if (verb < 0) return null
  const speaker = mentions.find((m) => m.first > tailStart && m.last < verb) ?? null
  const subject = mentions.find((m) => m.first >= range.start && m.last < tailStart) ?? null
  if (!speaker && !subject) return null
  const trigger = { start: tokens[verb]!.start, end: tokens[verb]!.end }
  return {
    type: 'ACCUSE',
    mode: 'disapprove',
    cameo: '111',
    source: speaker?.actor ?? null,
    target: subject?.actor ?? null,
    status: 'done',
    date: findEventDate(doc.text, doc.meta.published, sentence, trigger.start, 'past'),
    location: null,
    trigger,
    evidence: sentence,
  }
}

/**
 * "A report released Tuesday alleged ...": a past participle right after a common noun, with another
 * verb trigger later in the clause, modifies the noun; the later trigger heads the clause.
 */
function dropReducedRelative(tokens: readonly Token[], triggers: readonly TriggerMatch[]): TriggerMatch[] {
  const head = triggers[0]
  if (!head || triggers.length < 2) return [...triggers]
  const t = tokens[head.first]!
  const next = tokens[head.first + 1]
  // A participle modifier has no object of its own: "released Tuesday in ...", "accused of ...".
  const participle =
    head.first === head.last &&
    /ed$/.test(t.norm) &&
    tokens[head.first - 1]?.pos === 'NOUN' &&
    next !== undefined &&
    (next.pos === 'ADP' || next.pos === 'ADV' || TIME_WORDS.test(next.norm))
  if (!participle) return [...triggers]
  const later = triggers.slice(1).find((m) => {
    const u = tokens[m.first]!
    if ((u.pos !== 'VERB' && !(u.pos === 'ADJ' && /ed$/.test(u.norm))) || /ing$/.test(u.norm)) return false
    for (let i = head.last + 1; i < m.first; i++) {
      const w = tokens[i]!
      if (w.pos === 'VERB' || w.pos === 'AUX' || w.norm === 'that' || w.norm === 'to') return false
    }
    return true
  })
  return later ? triggers.slice(triggers.indexOf(later)) : [...triggers]
}

const TIME_WORDS =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last|this|earlier)$/

const RELATIVE_MARKERS = new Set(['who', 'which', 'whom'])

/** "Qatar, which is helping mediate ...": the actor a relative clause is about. */
function antecedent(tokens: readonly Token[], mentions: readonly Mention[], clause: Clause): Mention | null {
  if (!RELATIVE_MARKERS.has(clause.marker ?? '')) return null
  let end = clause.start - 1
  if (tokens[end]?.norm === ',') end--
  return mentions.find((m) => m.last === end) ?? null
}

/** Only auxiliaries, adverbs and a time word stand between the subject and its verb. */
function adjacentSubject(tokens: readonly Token[], last: number, verb: number): boolean {
  for (let i = last + 1; i < verb; i++) {
    const t = tokens[i]!
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || TIME_WORDS.test(t.norm)) continue
    if (t.norm === 'on' && TIME_WORDS.test(tokens[i + 1]?.norm ?? '')) continue
    return false
  }
  return true
}

/** "X said (that) Y must ...": X is the speaker (before the speech verb, or in the attribution tail). */
function obligationParticipants(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  head: TriggerMatch,
  clause: Clause,
  range: SentenceRange,
  tailStart: number,
  speech: number,
): Participants {
  const subjectFloor = speech >= 0 ? speech + 1 : clause.start
  const addressee = nearestSubject({ text, tokens, mentions, first: head.first }, subjectFloor).chosen
  let speaker: Mention | null = null
  if (speech >= 0) {
    // The speaker is the subject right before the speech verb ("A Hamas spokesman said"), not an actor
    // further back ("... Biden's efforts, with both sides saying ...").
    const before = [...mentions].reverse().find((m) => m.last < speech && m.first >= range.start)
    speaker = before && adjacentSubject(tokens, before.last, speech) ? before : null
  } else speaker = mentions.find((m) => m.first >= tailStart && m.first < range.end) ?? null
  return {
    source: speaker?.actor ?? null,
    target: addressee && addressee.actor !== speaker?.actor ? addressee.actor : null,
    sourceMention: speaker,
    targetMention: addressee,
  }
}

function evidenceSpan(
  tokens: readonly Token[],
  clause: Clause,
  trigger: { start: number; end: number },
  source: Mention | null,
  target: Mention | null,
  sentence: { start: number; end: number },
) {
  let start = tokens[clause.start]!.start
  let end = tokens[clause.end - 1]!.end
  if (source && source.start >= sentence.start && source.start < start) start = source.start
  if (target && target.end <= sentence.end && target.end > end) end = target.end
  start = Math.min(start, trigger.start)
  end = Math.max(end, trigger.end)
  return { start, end }
}
