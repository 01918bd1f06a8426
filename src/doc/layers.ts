/**
 * The annotation layers a Doc can carry. Add a layer here and `layer(doc, name)` knows its type.
 * Every offset is a half-open UTF-16 `Span` into `doc.text`; annotations never copy the text
 * they point at, except where the contract asks for a short paraphrase (`Position.content`).
 */
import type { Span } from './span.ts'

/** A sentence. `paragraph` counts blank-line separated blocks from 0. */
export interface Sentence extends Span {
  readonly paragraph: number
}

/** A token with its universal POS tag (UD tag set: NOUN, PROPN, VERB, AUX, ADP, …). */
export interface Token extends Span {
  readonly pos: string
  /** Lower-cased normal form ("n't" -> "not" where the tagger knows it). */
  readonly norm: string
  /** Lemma when the tagger gives one, else `norm`. */
  readonly lemma: string
  /** Index into the `sentences` layer. */
  readonly sentence: number
}

export type ActorKind = 'person' | 'organization' | 'state' | 'group' | 'other'

/** How a mention refers to its actor. */
export type MentionKind =
  | 'name'
  | 'alias'
  | 'demonym'
  | 'title'
  | 'role'
  | 'pronoun'
  | 'capital'
  | 'description'

export interface ActorMention extends Span {
  readonly kind: MentionKind
}

/** An actor of the article, with every mention of it. */
export interface Actor {
  /** Stable within a Doc; knowledge-base actors use their KB id ("hamas", "isr", "benjamin-netanyahu"). */
  readonly id: string
  /** Canonical name, e.g. "Benjamin Netanyahu". */
  readonly name: string
  readonly kind: ActorKind
  /** ISO 3166-1 alpha-3, e.g. "ISR"; "IGO" style pseudo-codes are not used here (sector carries IGO). */
  readonly country: string | null
  /** PLOVER/CAMEO sector: GOV MIL REB OPP PTY IGO MED BUS LAB CVL … */
  readonly sector: string | null
  /** Actor id of the group this actor belongs to (Ines Okonma -> Hamas). */
  readonly affiliation: string | null
  /** "spokesman", "prime minister". */
  readonly role: string | null
  /** True when the actor comes from the knowledge base rather than from the text alone. */
  readonly known: boolean
  readonly mentions: readonly ActorMention[]
}

export type QuoteType = 'direct' | 'indirect' | 'mixed'

/**
 * What an attribution reports: 'speech' something said or written ("said", "according to"),
 * 'attitude' a belief, intention, perception or evaluation ("believes that", "wants to", "the
 * poll shows"), found only when the quotes stage runs with `attitudes` on. An attitude is not
 * something its holder said.
 */
export type AttributionKind = 'speech' | 'attitude'

export interface Quote {
  readonly type: QuoteType
  /** The content; several spans when a quote is split by "he said". */
  readonly spans: readonly Span[]
  /** "said", "reaffirmed his position that", "according to". */
  readonly cue: Span | null
  /** Actor id of the speaker, when resolved. */
  readonly speaker: string | null
  /** The mention that attributes the quote: "the spokesman", "he", "Ines Okonma". */
  readonly speakerSpan: Span | null
  /** YYYY-MM-DD when the text says when it was said. */
  readonly date: string | null
  readonly attribution: AttributionKind
}

/** PLOVER 2.0 event types. */
export type EventType =
  | 'AGREE'
  | 'CONSULT'
  | 'SUPPORT'
  | 'CONCEDE'
  | 'COOPERATE'
  | 'AID'
  | 'RETREAT'
  | 'REQUEST'
  | 'ACCUSE'
  | 'REJECT'
  | 'THREATEN'
  | 'PROTEST'
  | 'SANCTION'
  | 'MOBILIZE'
  | 'COERCE'
  | 'ASSAULT'

/** Whether an event happened, or is only announced, conditional, hypothetical or denied. */
export type EventStatus = 'done' | 'ongoing' | 'future' | 'conditional' | 'hypothetical' | 'negated'

export interface Event {
  readonly type: EventType
  readonly mode: string | null
  readonly cameo: string | null
  readonly source: string | null
  readonly target: string | null
  readonly status: EventStatus
  /** YYYY-MM-DD, resolved against the publication date. */
  readonly date: string | null
  readonly location: string | null
  /** The trigger word or phrase ("called on", "rejected"). */
  readonly trigger: Span
  readonly evidence: Span
}

export type PositionKind = 'demand' | 'offer' | 'threat' | 'stance'
export type StanceValue = 'accept' | 'reject' | 'conditional' | 'undecided' | 'urge_acceptance'

export interface Position {
  readonly kind: PositionKind
  /** Actor id. */
  readonly holder: string
  readonly addressee: string | null
  /** A short paraphrase: "permanent cease-fire". */
  readonly content: string
  /** The part of the evidence that states what is demanded/offered/threatened. */
  readonly contentSpan: Span | null
  readonly precondition: boolean
  /** The step the precondition gates ("before the war is ended"), when stated. */
  readonly conditionSpan: Span | null
  readonly proposal: string | null
  readonly stance: StanceValue | null
  readonly evidence: Span
}

export interface Proposal {
  /** "proposal-1"… */
  readonly id: string
  /** "Biden's plan", "three-part roadmap". */
  readonly name: string
  /** Actor id. */
  readonly sponsor: string | null
  readonly phases: readonly string[]
  readonly mentions: readonly Span[]
}

export interface Disconnect {
  /** Actor ids. */
  readonly parties: readonly string[]
  readonly issue: string
  /** 'named' when the text names the sticking point; 'conflict' when two preconditions cannot both hold. */
  readonly basis: 'named' | 'conflict'
  readonly evidence: readonly Span[]
}

export interface LayerMap {
  tokens: Token
  sentences: Sentence
  actors: Actor
  quotes: Quote
  events: Event
  proposals: Proposal
  positions: Position
  disconnects: Disconnect
}

export type LayerName = keyof LayerMap
export const LAYER_NAMES: readonly LayerName[] = [
  'tokens',
  'sentences',
  'actors',
  'quotes',
  'events',
  'proposals',
  'positions',
  'disconnects',
]
