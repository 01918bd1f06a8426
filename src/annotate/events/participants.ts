/**
 * Who did what to whom: the source is the actor in subject position before the trigger, the target
 * the first actor after it in the clause ("called on X to", "met with X", "accused X of").
 *
 * - Passive voice ("was attacked by X"): the agent after "by" is the source, the subject the target.
 * - Reversed triggers ("faces pressure from X"): likewise, with "from" or "by".
 * - Coordinated subjects ("Freedonia and Sylvania agreed"): one event per conjunct (`coordination.ts`).
 * - "between A and B" after a trigger: A and B are the parties (the targets of a mediator).
 * - Mentions inside a prepositional phrase ("a court in Freedonia") are only used when the subject
 *   has no other actor.
 */
import type { Token } from '../../doc/index.ts'
import { SPEECH_VERBS } from './clauses.ts'
import { MAX_CONJUNCTS, moreDyads, objectConjuncts } from './coordination.ts'
import { lemmaOf } from './match-triggers.ts'
import type { Mention } from './mentions.ts'
import {
  coordinated,
  headOf,
  inPrepositionalPhrase,
  isModifier,
  ownedBySubject,
  POSSESSIVES,
} from './noun-phrases.ts'

export type { Mention } from './mentions.ts'
export { mentionsOf } from './mentions.ts'

export interface Participants {
  readonly source: string | null
  readonly target: string | null
  /** Where the source was found, for the evidence span. */
  readonly sourceMention: Mention | null
  readonly targetMention: Mention | null
  /**
   * More dyads of the same event when the subject is coordinated: each other conjunct towards the same
   * target ("A and B protested in front of C"), or, with no target of their own, towards one another
   * ("A, B and C met": every ordered pair, as CAMEO codes reciprocal events).
   */
  readonly more?: ReadonlyArray<readonly [Mention, Mention | null]>
}

export interface ParticipantQuery {
  readonly text: string
  readonly tokens: readonly Token[]
  readonly mentions: readonly Mention[]
  /** Trigger token range. */
  readonly first: number
  readonly last: number
  /** Where the subject may be: token range before the trigger. */
  readonly subjectFrom: number
  /** Where the object may be: token range after the trigger. */
  readonly objectTo: number
  /** The sentence start, for a subject outside the clause ("X said on Monday it had detained"). */
  readonly sentenceStart: number
  readonly passive: boolean
  readonly reversed: boolean
  /** Mediation: the source stays the subject, "between A and B" gives the target. */
  readonly mediation: boolean
  /** Source inherited from the previous clause when this one has no subject. */
  readonly inheritedSource: Mention | null
  /** A clause with no subject of its own ("... and wounded two others"). */
  readonly subjectless?: boolean
  /** A relative clause: its subject is the antecedent or nobody, never the sentence's subject. */
  readonly relative?: boolean
  /** The target must be the trigger's direct object ("called on X to", "urged X to"). */
  readonly directObject?: boolean
  /** A demand: "demanded that X ..." makes X the addressee. */
  readonly demand?: boolean
  /**
   * A mutual act (meet, agree, cooperate, sign): coordinated subjects with no other target are each
   * other's targets. Default true.
   */
  readonly reciprocal?: boolean
}

export function nearestSubject(
  q: Pick<ParticipantQuery, 'text' | 'tokens' | 'mentions' | 'first'>,
  from: number,
  allowMedia = false,
): { chosen: Mention | null; pair: Mention | null; conjuncts: Mention[] } {
  // A mention may run into the trigger ("[Freedonian peacekeeping troops] have arrived" where the trigger
  // starts at "peacekeeping"): it still stands before it.
  const before = q.mentions.filter((m) => m.first >= from && m.first < q.first && (allowMedia || !m.media))
  if (before.length === 0) return { chosen: null, pair: null, conjuncts: [] }
  // The head of the subject, not a phrase inside it ("a court in Freedonia") or a modifier ("a Freedonian ally").
  const bare = before.filter(
    (m) =>
      !inPrepositionalPhrase(m, q.tokens, from) && !isModifier(m, q.tokens) && !headOf(m, before, q.tokens),
  )
  const pool = bare.length > 0 ? bare : before
  let chosen = pool[pool.length - 1]!
  // "The military government of President X": a subject with no country is the body of the actor after "of".
  if (chosen.country === null && q.tokens[chosen.last + 1]?.norm === 'of') {
    const owner = before.find((m) => m.first > chosen.last + 1 && m.first <= chosen.last + 3)
    if (owner && owner.country !== null) chosen = owner
  }
  let pair: Mention | null = null
  const conjuncts = [chosen]
  // "Freedonia, Sylvania and Ruritania met": walk back to the first conjunct; the second is the partner.
  for (let at = before.indexOf(chosen); at > 0; at--) {
    const prev = before[at - 1]!
    if (!coordinated(q.text, prev, before[at]!)) break
    pair = before[at]!
    chosen = prev
    conjuncts.unshift(prev)
  }
  // Commas alone make an apposition ("the rebel group, the Blue Front, said"), not a list.
  const last = conjuncts[conjuncts.length - 2]
  const listed =
    last !== undefined &&
    /\b(?:and)\b|&/i.test(q.text.slice(last.end, conjuncts[conjuncts.length - 1]!.start))
  if (conjuncts.length > 1 && !listed) return { chosen, pair: null, conjuncts: [chosen] }
  return { chosen, pair, conjuncts }
}

/**
 * Prepositions that open an adjunct of time or cause: an object of the trigger found before them (even a
 * weak one, "its troops in the north") is preferred to an actor beyond them ("following reports of
 * Ruritanian-made drones").
 */
const ADJUNCT_STARTS = new Set(['following', 'amid', 'despite'])

function firstAfter(q: ParticipantQuery, from: number, source: Mention | null): Mention | null {
  let fallback: Mention | null = null
  let adjunct = q.objectTo
  for (let i = from; i < adjunct; i++) if (ADJUNCT_STARTS.has(q.tokens[i]!.norm)) adjunct = i
  for (const m of q.mentions) {
    // A mention may begin inside a trigger with a gap ("reinforced [its troops] in the north").
    if (m.last < from || m.first <= q.first || m.first >= q.objectTo) continue
    if (m.first >= adjunct && fallback) return fallback
    if (source && m.actor === source.actor) continue
    // "The president demanded full Freedonian control": the source's own state is not its target.
    const ownState = source !== null && m.state && m.country !== null && m.country === source.country
    if (ownState && isModifier(m, q.tokens)) continue
    // "insisted on its demands that ...": a possessive pronoun names the owner, not the addressee.
    if (
      m.generic ||
      ownedBySubject(m, q.tokens) ||
      (m.first === m.last && POSSESSIVES.has(q.tokens[m.first]!.norm)) ||
      locative(m, q.tokens)
    ) {
      // A named place beats a nameless group ("refugees fleeing the war in Freedonia" -> Freedonia).
      if (!fallback || (fallback.generic && !m.generic)) fallback = m
      continue
    }
    // "rejected Sylvanian President X's proposal": the person, not the adjective before the title.
    const head = headOf(m, q.mentions, q.tokens)
    return head && head.first < q.objectTo && (!source || head.actor !== source.actor) ? head : m
  }
  return fallback ?? insideTrigger(q, from, source)
}

/**
 * "X said that lifting the sanctions on Y is out of the question": with nothing after the trigger, an
 * actor inside the subject of the reported clause (after the speech verb) is what the act is about.
 */
function inReportedSubject(q: ParticipantQuery, source: Mention): Mention | null {
  let speech = -1
  for (let i = source.last + 1; i < q.first; i++) {
    const t = q.tokens[i]!
    if (t.pos === 'VERB' && SPEECH_VERBS.has(lemmaOf(t))) speech = i
  }
  if (speech < 0) return null
  return q.mentions.find((m) => m.first > speech && m.last < q.first && m.actor !== source.actor) ?? null
}

/** "rioted at a jail in the capital of Freedonia": where the act happened, a target only when no one else is named. */
function locative(m: Mention, tokens: readonly Token[]): boolean {
  for (let i = m.first - 1; i >= m.first - 4 && i >= 0; i--) {
    const t = tokens[i]!
    if (t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NOUN' || t.norm === "'s") continue
    return t.norm === 'in' || t.norm === 'at' || t.norm === 'near' || t.norm === 'inside'
  }
  return false
}

/** "expelled three Sylvanian diplomats": the object inside a trigger with a gap, when none follows it. */
function insideTrigger(q: ParticipantQuery, from: number, source: Mention | null): Mention | null {
  if (from !== q.last + 1 || q.last === q.first) return null
  return (
    q.mentions.find(
      (m) =>
        m.first > q.first &&
        m.last <= q.last &&
        (!source || (m.actor !== source.actor && m.country !== source.country)),
    ) ?? null
  )
}

/** The mention right after a given word ("by", "from", "between") following the trigger's first word. */
function afterWord(q: ParticipantQuery, words: readonly string[]): Mention | null {
  for (let i = q.first + 1; i < q.objectTo; i++) {
    if (!words.includes(q.tokens[i]!.norm)) continue
    const m = q.mentions.find((x) => x.first > i && x.first <= i + 4 && x.first < q.objectTo)
    if (m) return m
  }
  return null
}

const ATTACK_NOUNS = new Set([
  'attack',
  'shelling',
  'strike',
  'airstrike',
  'raid',
  'bombing',
  'fire',
  'offensive',
  'ambush',
])

/** "were wounded in Sylvanian artillery shelling": the actor that modifies an attack noun after "in". */
function attackerIn(q: ParticipantQuery): Mention | null {
  for (const m of q.mentions) {
    if (m.first <= q.last || m.first >= q.objectTo) continue
    const before = q.tokens[m.first - 1]
    if (!before || (before.norm !== 'in' && before.norm !== 'by' && before.pos !== 'DET')) continue
    for (let j = m.last + 1; j <= m.last + 3 && j < q.objectTo; j++) {
      if (ATTACK_NOUNS.has(lemmaOf(q.tokens[j]!)) || ATTACK_NOUNS.has(q.tokens[j]!.norm)) return m
      if (q.tokens[j]!.pos !== 'NOUN' && q.tokens[j]!.pos !== 'ADJ') break
    }
  }
  return null
}

export function findParticipants(q: ParticipantQuery): Participants {
  // A news outlet is never the actor of an event, but it can suffer one ("a journalist was killed").
  const passiveLike = q.passive || q.reversed
  let { chosen: subject, pair, conjuncts } = nearestSubject(q, q.subjectFrom, passiveLike)
  if (!subject && q.inheritedSource) subject = q.inheritedSource
  if (!subject && q.subjectFrom > q.sentenceStart && !q.relative) {
    // "A bomb killed a soldier and wounded two others": a clause with no subject of its own shares the
    // sentence's subject, never the object of the verb before it.
    const until = q.subjectless ? firstVerb(q.tokens, q.sentenceStart, q.first) : q.first
    ;({ chosen: subject, pair, conjuncts } = nearestSubject({ ...q, first: until }, q.sentenceStart))
  }

  if (q.passive || q.reversed) {
    const agent = afterWord(q, q.reversed ? ['from', 'by'] : ['by']) ?? (q.passive ? attackerIn(q) : null)
    // "Two nurses and a driver were wounded": one event per victim.
    const victims = subject && subject === conjuncts[0] && conjuncts.length <= MAX_CONJUNCTS ? conjuncts : []
    const more = agent ? victims.slice(1).map((v) => [agent, v] as const) : []
    return {
      source: agent?.actor ?? null,
      target: subject?.actor ?? null,
      sourceMention: agent,
      targetMention: subject,
      ...(more.length > 0 ? { more } : {}),
    }
  }

  let target: Mention | null = null
  const between = afterWord(q, ['between', 'among'])
  if (between && (q.mediation || !subject)) {
    if (!subject) {
      subject = between
      target = firstAfter(q, between.last + 1, between)
    } else target = between
  }
  // "demanded that its partners refuse ...": the subject of the demanded clause is the addressee, even
  // one of the source's own ("its partners").
  if (q.demand && !target) {
    const that = q.tokens[q.last + 1]?.norm === 'that' ? q.last + 1 : -1
    const m =
      that < 0
        ? undefined
        : q.mentions.find((x) => x.first > that && x.first <= that + 4 && x.actor !== subject?.actor)
    if (m) target = m
  }
  if (q.directObject) {
    const m = firstAfter(q, q.last + 1, subject)
    target ??= m && m.first <= q.last + 3 ? m : null
  } else target ??= firstAfter(q, q.last + 1, subject)
  // "A and B met": each is the other's partner; "A and B raised their offers" are aimed at no one here.
  const reciprocal = q.reciprocal !== false
  if (!target && pair && reciprocal) target = pair
  target ??= subject ? inReportedSubject(q, subject) : null
  // Only a coordinated subject, not a list inside a phrase ("officials from A and B").
  const more =
    subject && subject === conjuncts[0] && !inPrepositionalPhrase(subject, q.tokens, q.sentenceStart)
      ? moreDyads(conjuncts, target, pair, reciprocal)
      : []
  // "threatened A and B": one event per coordinated object (a mediation "between A and B" is one
  // event, aimed at the first side, as the negotiation guidelines code it)
  if (subject && target && target !== pair && target !== between)
    more.push(...objectConjuncts(q, target).map((o) => [subject, o] as const))
  return {
    source: subject?.actor ?? null,
    target: target?.actor ?? null,
    sourceMention: subject,
    targetMention: target,
    ...(more.length > 0 ? { more } : {}),
  }
}

/** The first verb of the main clause, past an opening adverbial ("Before leaving, ..."): its subject stands before it. */
function firstVerb(tokens: readonly Token[], from: number, to: number): number {
  let i = from
  if (tokens[from]?.pos === 'ADP' || tokens[from]?.pos === 'SCONJ') {
    while (i < to && tokens[i]!.norm !== ',') i++
    if (i === to) i = from
  }
  for (; i < to; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return i
  return to
}

/** Passive voice: a form of "be" right before a past-participle trigger ("was attacked", "have been killed"). */
export function isPassive(tokens: readonly Token[], first: number, floor: number): boolean {
  const t = tokens[first]!
  // A participle tagged as an adjective keeps its form as lemma ("mediated"): its -ed ending tells.
  // "has been put under investigation": after "been"/"being" any form is a participle.
  const afterBeen = tokens[first - 1]?.norm === 'been' || tokens[first - 1]?.norm === 'being'
  const participle = t.norm !== lemmaOf(t) || (t.pos === 'ADJ' && /ed$/.test(t.norm)) || afterBeen
  if ((t.pos !== 'VERB' && t.pos !== 'ADJ') || /ing$/.test(t.norm) || !participle) return false
  // "talks, mediated by Freedonia": a participle with its agent.
  if (/ed$/.test(t.norm) && tokens[first + 1]?.norm === 'by' && tokens[first - 1]?.pos !== 'AUX') {
    const before = tokens[first - 1]
    if (before && (before.norm === ',' || before.pos === 'NOUN')) return true
  }
  // "There were six guards wounded": an existential clause with a participle.
  if (tokens[floor]?.norm === 'there' && lemmaOf(tokens[floor + 1] ?? tokens[floor]!) === 'be') return true
  for (let i = first - 1; i >= floor && i >= first - 3; i--) {
    const u = tokens[i]!
    if (u.pos === 'ADV') continue
    return lemmaOf(u) === 'be' || u.norm === 'been' || u.norm === 'being' || lemmaOf(u) === 'get'
  }
  return false
}
