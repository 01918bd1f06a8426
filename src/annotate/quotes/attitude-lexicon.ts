/**
 * Verbs that attribute a belief, an intention, a perception or an evaluation to a source
 * ("Ruiz believes that …", "the union wants to …", "the poll shows …", "Ruiz endorsed Haddad"),
 * grouped by the shape of the complement that carries the content. General English, not tuned
 * to any article; a verb may sit in several groups.
 *
 * Two lexicons: `BROAD_ATTITUDES` holds every group below; `PRECISE_ATTITUDES`
 * keeps the verb and complement pairs that PolNeAR's annotators marked as attributions at
 * least three times in four on its training articles (measured with this extractor, outside
 * quotes and reported content). The others ("wants to", "seems to", "supports", "showed …")
 * are attributions about half of the time, and each one that is not costs a false speech quote.
 */

export interface AttitudeLexicon {
  /** Verbs whose content is a "that" clause: "believes [that …]". */
  readonly thatClause: ReadonlySet<string>
  /** Verbs whose content may be a bare clause: "thinks [Ruiz will win]". */
  readonly bareClause: ReadonlySet<string>
  /** Verbs whose content is a to-infinitive: "declined [to comment]". */
  readonly infinitive: ReadonlySet<string>
  /** Verbs whose content is their object noun phrase: "cited [the report]". */
  readonly object: ReadonlySet<string>
  /** Verbs whose content follows a particle: "referring [to the plan]". */
  readonly particle: ReadonlyMap<string, ReadonlySet<string>>
  /** Verbs whose subject and complement are the content, with no source: "[it] seems to …". */
  readonly raising: ReadonlySet<string>
  /** Verbs of belief whose passive before "to" is such a raising verb: "is expected to". */
  readonly passiveRaising: ReadonlySet<string>
  /** Lines that open with a name and a colon ("Ruiz: No deal before the vote"; `colon-lines.ts`). */
  readonly colonLines: boolean
}

/** Verbs whose content is a "that" clause or a bare clause ("thinks [the deal is dead]"). */
export const CLAUSE_ATTITUDES: ReadonlySet<string> = new Set([
  'think',
  'believe',
  'hope',
  'fear',
  'expect',
  'know',
  'find',
  'show',
  'indicate',
  'agree',
  'feel',
  'worry',
  'doubt',
  'realize',
  'understand',
  'assume',
  'suspect',
  'recognize',
  'guess',
  'determine',
  'decide',
  'learn',
  'demonstrate',
  'prove',
  'signal',
  'estimate',
  'figure',
  'imagine',
  'reckon',
])

/** Verbs whose content is a to-infinitive ("wants [to run]", "declined [to comment]"). */
export const INFINITIVE_ATTITUDES: ReadonlySet<string> = new Set([
  'want',
  'hope',
  'plan',
  'intend',
  'expect',
  'seek',
  'decline',
  'refuse',
  'agree',
  'aim',
  'wish',
  'decide',
  'prefer',
  'choose',
  'opt',
  'strive',
  'like',
])

/**
 * Verbs whose subject and complement together are the content, with no source ("[the race
 * seems to be over]", "[the vote is expected to pass]"): raising verbs, and verbs of belief in
 * the passive before "to".
 */
export const RAISING_ATTITUDES: ReadonlySet<string> = new Set(['seem', 'appear'])
export const PASSIVE_RAISING: ReadonlySet<string> = new Set(['expect', 'believe', 'think', 'consider'])

/**
 * Verbs whose content is their object noun phrase: endorsement, support, opposition, blame,
 * judgement and reference ("endorsed [Haddad]", "cited [the report]", "dismissed [the idea]").
 */
export const OBJECT_ATTITUDES: ReadonlySet<string> = new Set([
  'endorse',
  'support',
  'back',
  'oppose',
  'defend',
  'cite',
  'blame',
  'dismiss',
  'denounce',
  'reject',
  'condemn',
  'question',
  'mock',
  'portray',
  'deem',
  'express',
  'voice',
  'propose',
  'discuss',
  'highlight',
  'favor',
  'favour',
  'welcome',
  'applaud',
  'decry',
  'champion',
  'hail',
  'credit',
  'fault',
  'characterize',
  'label',
  'dub',
  'attack',
  'challenge',
  'show',
  'find',
  'see',
  'consider',
  'view',
  'regard',
  'want',
  'seek',
  'compare',
  'thank',
  'ridicule',
  'lambaste',
  'chide',
  'scold',
  'rebuke',
  'reference',
])

/** Verbs whose content follows a particle: "referring [to …]", "talked [about …]". */
export const PARTICLE_ATTITUDES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['refer', new Set(['to'])],
  ['talk', new Set(['about'])],
  ['speak', new Set(['about', 'of'])],
  ['push', new Set(['for'])],
  ['worry', new Set(['about'])],
  ['vote', new Set(['for', 'against'])],
  ['lay', new Set(['out'])],
  ['weigh', new Set(['in'])],
  ['hint', new Set(['at'])],
  ['advocate', new Set(['for'])],
  ['argue', new Set(['for', 'against'])],
])

export const BROAD_ATTITUDES: AttitudeLexicon = {
  thatClause: CLAUSE_ATTITUDES,
  bareClause: CLAUSE_ATTITUDES,
  infinitive: INFINITIVE_ATTITUDES,
  object: OBJECT_ATTITUDES,
  particle: PARTICLE_ATTITUDES,
  raising: RAISING_ATTITUDES,
  passiveRaising: PASSIVE_RAISING,
  colonLines: true,
}

export const PRECISE_ATTITUDES: AttitudeLexicon = {
  thatClause: new Set([
    'believe',
    'know',
    'agree',
    'worry',
    'hope',
    'recognize',
    'realize',
    'find',
    'think',
    'show',
    'indicate',
  ]),
  bareClause: new Set(['hope', 'think', 'believe', 'indicate']),
  infinitive: new Set(['agree', 'hope', 'decline']),
  object: new Set([
    'decry',
    'question',
    'condemn',
    'view',
    'mock',
    'denounce',
    'cite',
    'thank',
    'express',
    'dismiss',
    'defend',
    'oppose',
    'discuss',
  ]),
  particle: new Map([
    ['worry', new Set(['about'])],
    ['refer', new Set(['to'])],
  ]),
  raising: new Set(),
  passiveRaising: new Set(),
  colonLines: false,
}
