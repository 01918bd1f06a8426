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
import { deniedBefore, readClaim } from './claims.ts'
import { dropReducedRelative, frameSentence } from './clauses.ts'
import { codeClause } from './code-clause.ts'
import { crowdViolence } from './crowd-violence.ts'
import { LEXICON, type TriggerEntry } from './lexicon.ts'
import { compileLexicon, findTriggers, type TriggerIndex } from './match-triggers.ts'
import { OBLIGATION, obligationParticipants, obligations, speakerOf } from './obligations.ts'
import { findParticipants, isPassive, type Mention, mentionsOf, type Participants } from './participants.ts'
import { fillTargets, mergeRepeats, partiesOf } from './parties.ts'
import { findEventDate, findLocation } from './place-and-date.ts'
import {
  antecedent,
  evidenceSpan,
  isReciprocal,
  nounComplement,
  RELATIVE_MARKERS,
  type SentenceRange,
  sentenceRanges,
  speechAt,
} from './sentence-parts.ts'
import { readStatus } from './status.ts'
import { tailAccusation } from './tail-accusation.ts'

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
   * ("Rebels reject truce offer" -> the government). Default true.
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
  const hasTail = frame.tailStart < range.end
  // With no trigger, only an accusing tail can make an event ("..., a rights group protested").
  if (triggers.length === 0 && !hasTail) return []
  triggers.sort((a, b) => a.first - b.first)
  const sentenceSpan = { start: tokens[range.start]!.start, end: tokens[range.end - 1]!.end }
  const out: Event[] = []
  const seen = new Set<string>()
  let previousSource: Mention | null = null

  // Background clauses are read only when the main ones yield no event ("The handover ... came as the ministry
  // announced it would pardon ..."); conditions ("unless", "if") never are.
  for (const clause of [
    ...frame.clauses.filter((c) => c.kind !== 'background'),
    // Time clauses ("came as the ministry announced ...") before relative ones ("who had been detained").
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
    // "a threat to shun the summit", "the decision to withdraw": an act named as the content of a noun
    // is not an event of its own clause.
    while (inClause[0] && nounComplement(tokens, inClause[0].first)) inClause.shift()
    const head = inClause[0]
    if (!head) continue
    const reported = hasTail || speechAt(tokens, range.start, head.first) >= 0
    const reading = readStatus(tokens, head.first, clause, frame.clauses, reported)
    let code =
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
        : codeClause(inClause, reading, isPassive(tokens, head.first, clause.start))
    // "X denied that it had shelled Z": the act is reported as not having happened.
    if (code && head.entry !== OBLIGATION && deniedBefore(tokens, range.start, head.first))
      code = { ...code, status: 'negated' }
    if (!code || !keep.has(code.status)) continue

    let participants: Participants =
      head.entry === OBLIGATION
        ? obligationParticipants(
            doc.text,
            tokens,
            mentions,
            head,
            clause,
            range,
            frame.tailStart,
            speechAt(tokens, range.start, head.first),
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
            subjectless: clause.subjectless,
            directObject: head.entry.directObject === true,
            demand: head.entry.role === 'demand',
            reciprocal: isReciprocal(code),
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

    // "X claimed that Y attacked Z", "X said it was attacked": the speaker accuses.
    const speech = head.entry === OBLIGATION ? -1 : speechAt(tokens, range.start, head.first)
    if (speech >= 0) {
      const speaker = speakerOf(tokens, mentions, range.start, speech)
      const claim = readClaim(tokens, code.type, speech, speaker, participants.source, target)
      if (claim?.kind === 'own-claim') continue
      if (claim) {
        code = { ...code, type: 'ACCUSE', cameo: '112', mode: 'allege' }
        participants = {
          source: claim.source.actor,
          target: claim.target,
          sourceMention: claim.source,
          targetMention: null,
        }
        target = claim.target
        targetMention = null
      }
    }

    code = crowdViolence(code, participants.sourceMention, tokens)

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
    const event: Event = {
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
    }
    out.push(event)
    // Coordinated subjects: one event per conjunct ("A and B met" is A -> B and B -> A).
    for (const [source, other] of participants.more ?? []) {
      const otherKey = `${code.type}|${source.actor}|${other?.actor ?? null}`
      if (seen.has(otherKey)) continue
      seen.add(otherKey)
      out.push({ ...event, source: source.actor, target: other?.actor ?? null })
    }
  }
  if (out.length === 0 && hasTail) {
    const accusation = tailAccusation(doc, tokens, mentions, range, frame.tailStart, sentenceSpan)
    if (accusation && keep.has('done')) out.push(accusation)
  }
  return out
}
