/**
 * Whether an event happened, from the words between its subject and its trigger (the verb chain:
 * "will not", "has yet to", "plans to", "would") and from the condition clauses around it.
 *
 * - negated: not, n't, never, no longer, has yet to, failed to;
 * - future: will, shall, 'll, is going/set/due/scheduled/expected to, plans/intends/aims/hopes to,
 *   and "would" inside reported speech ("said it would allow");
 * - hypothetical: could, might, may, and "would" outside reported speech;
 * - conditional: a future act with an "if"/"unless"/"until" clause after it in the same sentence,
 *   or any act inside an "if" clause;
 * - ongoing: is/are + -ing, continue to, keep;
 * - otherwise done.
 */
import type { EventStatus, Token } from '../../doc/index.ts'
import type { Clause } from './clauses.ts'
import { lemmaOf } from './match-triggers.ts'

export interface StatusReading {
  readonly status: EventStatus
  readonly negated: boolean
  /** An outright refusal (not, never), rather than an act that has not happened yet (has yet to, failed to). */
  readonly refusal: boolean
  /** The condition word of a condition clause after the trigger ("unless"), if any. */
  readonly condition: string | null
  /** A modal or future auxiliary in the chain (will, would, can, could, shall): "will not" is a refusal. */
  readonly modal: boolean
  /** A deontic modal in the chain: "must", "has to", "should", "needs to". */
  readonly obligation: boolean
}

const CHAIN_VERBS = new Set([
  'plan',
  'intend',
  'aim',
  'hope',
  'want',
  'seek',
  'continue',
  'keep',
  'try',
  'attempt',
  'fail',
  'begin',
  'start',
  'expect',
  'schedule',
  'set',
  'due',
  'go',
  'need',
  'have',
  'be',
  'do',
  'get',
  'decide',
])
const CHAIN_ADJECTIVES = new Set([
  'due',
  'set',
  'likely',
  'expected',
  'able',
  'unable',
  'scheduled',
  'poised',
  'yet',
])
const FUTURE_VERBS = new Set([
  'plan',
  'intend',
  'aim',
  'hope',
  'want',
  'seek',
  'expect',
  'schedule',
  'decide',
])

/** The tokens of the verb chain right before `at`, nearest first. */
export function verbChain(tokens: readonly Token[], at: number, floor: number): Token[] {
  const out: Token[] = []
  for (let i = at - 1; i >= floor && out.length < 8; i--) {
    const t = tokens[i]!
    const lemma = lemmaOf(t)
    const ok =
      t.pos === 'AUX' ||
      t.pos === 'PART' ||
      (t.pos === 'ADV' && !/^(today|yesterday|tonight|here|there)$/.test(t.norm)) ||
      ((t.pos === 'VERB' || t.pos === 'NOUN') &&
        CHAIN_VERBS.has(lemma) &&
        (t.pos === 'VERB' || out[0]?.norm === 'to')) ||
      (t.pos === 'ADJ' && CHAIN_ADJECTIVES.has(t.norm)) ||
      t.norm === 'to'
    if (!ok) break
    out.push(t)
  }
  return out
}

const MODALS = new Set([
  'must',
  'should',
  'ought',
  'will',
  'would',
  'shall',
  'can',
  'could',
  'may',
  'might',
  "'ll",
  'wo',
])

/**
 * "it should show its sincerity and be ready to act": a coordinated bare verb with no subject and no
 * auxiliary of its own shares the modal (and negation) of the verb before the conjunction.
 */
function sharedModals(
  tokens: readonly Token[],
  trigger: number,
  clause: Clause,
  clauses: readonly Clause[],
  chain: readonly Token[],
): Token[] {
  if (clause.kind !== 'coordinate' || !clause.subjectless || chain.some((t) => t.pos === 'AUX')) return []
  const verb = chain.length > 0 ? chain[chain.length - 1]! : tokens[trigger]!
  if (verb.pos !== 'VERB' && verb.pos !== 'AUX' && verb.pos !== 'ADJ') return []
  if (verb.pos === 'VERB' && lemmaOf(verb) !== verb.norm) return []
  const before = clauses.find((c) => c.end === clause.start)
  if (!before) return []
  const out: Token[] = []
  for (let i = before.start; i < before.end; i++) {
    const t = tokens[i]!
    if (MODALS.has(t.norm) || (out.length > 0 && (t.norm === 'not' || t.norm === "n't"))) out.push(t)
    else if (out.length > 0) break
  }
  return out
}

const NOUN_LINKS = new Set(['for', 'to', 'of', 'in', 'about'])

/** "sees no basis for starting talks", "has no plans to meet", "no intention of attacking": the act is denied. */
function deniedByNoun(tokens: readonly Token[], trigger: number, floor: number): boolean {
  if (!NOUN_LINKS.has(tokens[trigger - 1]?.norm ?? '')) return false
  let i = trigger - 2
  if (tokens[i]?.pos !== 'NOUN') return false
  while (i > floor && (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'ADJ')) i--
  return tokens[i]?.norm === 'no'
}

export function readStatus(
  tokens: readonly Token[],
  trigger: number,
  clause: Clause,
  clauses: readonly Clause[],
  reportedSpeech: boolean,
): StatusReading {
  let chain = verbChain(tokens, trigger, clause.start)
  // "would be flying to the capital to meet with ...": an infinitive takes the status of the verb it serves.
  if (chain.length === 1 && chain[0]!.norm === 'to') {
    for (let i = trigger - 2; i >= clause.start && i >= trigger - 8; i--) {
      const t = tokens[i]!
      if (t.pos === 'PUNCT') break
      if (t.pos === 'VERB') {
        chain = [...chain, ...verbChain(tokens, i, clause.start)]
        break
      }
    }
  }
  chain = [...chain, ...sharedModals(tokens, trigger, clause, clauses, chain)]
  const norms = chain.map((t) => t.norm)
  const lemmas = chain.map(lemmaOf)
  const has = (...words: string[]) => norms.some((n) => words.includes(n))
  const refusal = has('not', "n't", 'never', 'no', 'nt')
  const negated =
    refusal ||
    (has('yet') && lemmas.includes('have')) ||
    lemmas.includes('fail') ||
    has('unable') ||
    deniedByNoun(tokens, trigger, clause.start)
  const would = has('would', "'d")
  const future =
    has('will', 'shall', "'ll", 'wo') ||
    (would && reportedSpeech) ||
    lemmas.some((l) => FUTURE_VERBS.has(l)) ||
    has('going', 'due', 'set', 'likely', 'poised', 'scheduled', 'expected') ||
    (norms[0] === 'to' && lemmas[1] === 'be')
  const hypothetical = has('could', 'might', 'may') || (would && !reportedSpeech)
  const obligation =
    has('must', 'should', 'ought') ||
    (has('to') && (lemmas.includes('need') || lemmas.includes('have')) && !has('yet'))
  const ongoing =
    (/ing$/.test(tokens[trigger]!.norm) && lemmas.includes('be')) ||
    lemmas.includes('continue') ||
    lemmas.includes('keep')

  const after = clauses.find(
    (c) =>
      c.start > trigger &&
      c.kind === 'background' &&
      (c.marker === 'unless' || c.marker === 'if' || c.marker === 'until'),
  )
  const condition = after?.marker ?? null
  const inCondition = clause.kind === 'background' && clause.marker === 'if'

  let status: EventStatus = 'done'
  if (negated) status = 'negated'
  else if (inCondition) status = 'conditional'
  else if (hypothetical) status = condition ? 'conditional' : 'hypothetical'
  else if (future) status = condition ? 'conditional' : 'future'
  else if (ongoing) status = 'ongoing'
  const modal = has('will', 'would', 'shall', "'ll", 'wo', 'can', 'could', 'ca')
  return { status, negated, refusal, modal, condition, obligation }
}
