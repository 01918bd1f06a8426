/**
 * Reported obligations: "A spokesman said the government must commit to ...", "The minister restated
 * her view that the militia ... must disarm" are REQUESTs from the speaker to the subject of "must" (also
 * "has to", "needs to"). The speaker is the subject right before the speech verb, or the actor of the
 * attribution tail ("..., the islanders must have a say, the governor warned").
 */
import type { Token } from '../../doc/index.ts'
import { type Clause, TIME_WORDS } from './clauses.ts'
import type { TriggerEntry } from './lexicon.ts'
import { lemmaOf, type TriggerMatch } from './match-triggers.ts'
import { inPrepositionalPhrase } from './noun-phrases.ts'
import { type Mention, nearestSubject, type Participants } from './participants.ts'

/** The pseudo-trigger of a reported obligation: "said the government must commit ...". */
export const OBLIGATION: TriggerEntry = { pattern: 'must', type: 'REQUEST', cameo: '100', role: 'demand' }

/** The obligation pseudo-triggers of tokens[start, end). */
export function obligations(tokens: readonly Token[], start: number, end: number): TriggerMatch[] {
  const out: TriggerMatch[] = []
  for (let i = start; i < end; i++) {
    const t = tokens[i]!
    const must = t.norm === 'must'
    const haveTo =
      (lemmaOf(t) === 'have' || lemmaOf(t) === 'need') &&
      tokens[i + 1]?.norm === 'to' &&
      tokens[i + 2]?.pos === 'VERB'
    if (must || haveTo) out.push({ entry: OBLIGATION, first: i, last: haveTo ? i + 1 : i })
    else if (t.norm === 'there' && noneUntil(tokens, i, end) >= 0)
      out.push({ entry: OBLIGATION, first: i, last: i })
  }
  return out
}

const CONDITION_WORDS = new Set(['until', 'unless', 'before'])

/**
 * "there will be no truce until the militia disarms", "there would be no deal unless ...": a refusal made
 * conditional is a demand on whoever must meet the condition. Returns the index of the condition word
 * (until/unless/before within twelve tokens of "no"), or -1.
 */
export function noneUntil(tokens: readonly Token[], there: number, end: number): number {
  let i = there + 1
  while (i < end && (tokens[i]!.pos === 'AUX' || tokens[i]!.pos === 'ADV') && lemmaOf(tokens[i]!) !== 'be')
    i++
  if (lemmaOf(tokens[i] ?? tokens[there]!) !== 'be' || tokens[i + 1]?.norm !== 'no') return -1
  for (let j = i + 2; j < Math.min(end, i + 14); j++) {
    const w = tokens[j]!.norm
    if (CONDITION_WORDS.has(w)) return j
    if (w === '.' || w === ';' || w === ':') return -1
  }
  return -1
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

/**
 * The subject right before a speech verb ("A rebel spokesman said"), not an actor further back
 * ("... the envoy's efforts, with both sides saying ...").
 */
export function speakerOf(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  sentenceStart: number,
  speech: number,
): Mention | null {
  let before: Mention | undefined
  for (let i = mentions.length - 1; i >= 0 && !before; i--) {
    const m = mentions[i]!
    if (m.last < speech && m.first >= sentenceStart) before = m
  }
  if (!before || !adjacentSubject(tokens, before.last, speech)) return null
  // "The Red Cross operating in Iraq said": the head of the subject, not the place in its modifier.
  if (inPrepositionalPhrase(before, tokens, sentenceStart)) {
    const head = mentions.filter((m) => m.first >= sentenceStart && m.last < before!.first).pop()
    if (head && modifierBetween(tokens, head.last, before.first)) return head
  }
  return before
}

/** Only a prepositional phrase, maybe after a participle, between a noun phrase and a later mention. */
function modifierBetween(tokens: readonly Token[], last: number, first: number): boolean {
  let preposition = false
  for (let i = last + 1; i < first; i++) {
    const t = tokens[i]!
    if (t.pos === 'ADP') preposition = true
    else if (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.norm) && !preposition) continue
    else if (t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'NUM') return false
  }
  return preposition
}

/** "X said (that) Y must ...": X is the speaker (before the speech verb, or in the attribution tail). */
export function obligationParticipants(
  text: string,
  tokens: readonly Token[],
  mentions: readonly Mention[],
  head: TriggerMatch,
  clause: Clause,
  range: { readonly start: number; readonly end: number },
  tailStart: number,
  speech: number,
): Participants {
  const subjectFloor = speech >= 0 ? speech + 1 : clause.start
  // "there will be no truce until X ...": the addressee is the first actor of the condition.
  const condition = tokens[head.first]!.norm === 'there' ? noneUntil(tokens, head.first, range.end) : -1
  const addressee =
    condition >= 0
      ? (mentions.find((m) => m.first > condition && m.first < range.end) ?? null)
      : nearestSubject({ text, tokens, mentions, first: head.first }, subjectFloor).chosen
  const speaker =
    speech >= 0
      ? speakerOf(tokens, mentions, range.start, speech)
      : (mentions.find((m) => m.first >= tailStart && m.first < range.end) ?? null)
  return {
    source: speaker?.actor ?? null,
    target: addressee && addressee.actor !== speaker?.actor ? addressee.actor : null,
    sourceMention: speaker,
    targetMention: addressee,
  }
}
