/**
 * @module analysis
 * The public JSON view of a Doc (`CONTRACT.md`, v1): what the CLI prints, the API serves,
 * the store keeps and the scorers read. Parley may add fields; it never renames or drops these.
 */
import type { Doc, Span } from '../doc/index.ts'
import { hasLayer, layer } from '../doc/index.ts'

export interface Analysis {
  readonly id: string
  readonly article: {
    readonly title: string | null
    readonly byline: string | null
    readonly published: string | null
    readonly publisher: string | null
    readonly url: string | null
    readonly language: string | null
    readonly text: string
    readonly boilerplate: readonly string[]
    readonly provenance: { readonly syndicated: boolean; readonly agency: string | null }
  }
  readonly actors: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly kind: 'person' | 'organization' | 'state' | 'group' | 'other'
    readonly country: string | null
    readonly sector: string | null
    readonly affiliation: string | null
    readonly role: string | null
    readonly mentions: readonly Span[]
  }>
  readonly quotes: ReadonlyArray<{
    readonly type: 'direct' | 'indirect' | 'mixed'
    readonly spans: readonly Span[]
    readonly cue: Span | null
    readonly speaker: string | null
    readonly speakerSpan: Span | null
    readonly date: string | null
    /** Parley's addition: 'speech', or 'attitude' for a belief or intention (never something said). */
    readonly attribution: 'speech' | 'attitude'
  }>
  readonly events: ReadonlyArray<{
    readonly type: string
    readonly mode: string | null
    readonly cameo: string | null
    readonly source: string | null
    readonly target: string | null
    readonly status: string
    readonly date: string | null
    readonly location: string | null
    readonly evidence: Span
  }>
  readonly positions: ReadonlyArray<{
    readonly kind: 'demand' | 'offer' | 'threat' | 'stance'
    readonly holder: string
    readonly addressee: string | null
    readonly content: string
    readonly precondition: boolean
    readonly proposal: string | null
    readonly stance: 'accept' | 'reject' | 'conditional' | 'undecided' | 'urge_acceptance' | null
    readonly evidence: Span
    /** Parley's addition: the part of the evidence that states the ask, and the step a precondition gates. */
    readonly contentSpan?: Span | null
    readonly conditionSpan?: Span | null
  }>
  readonly proposals: ReadonlyArray<{
    readonly id: string
    readonly name: string
    readonly sponsor: string | null
    readonly phases: readonly string[]
    readonly mentions: readonly Span[]
  }>
  readonly disconnects: ReadonlyArray<{
    readonly parties: readonly string[]
    readonly issue: string
    readonly evidence: readonly Span[]
  }>
  readonly messages: ReadonlyArray<{
    readonly severity: string
    readonly reason: string
    readonly stage: string
    readonly rule: string
  }>
}

function optional<K extends Parameters<typeof layer>[1]>(doc: Doc, name: K) {
  return hasLayer(doc, name) ? layer(doc, name) : []
}

const bare = (s: Span): Span => ({ start: s.start, end: s.end })

/** Builds the contract object from an annotated Doc. Layers that were not run come out empty. */
export function toAnalysis(doc: Doc): Analysis {
  const { meta } = doc
  return {
    id: doc.id,
    article: {
      title: meta.title,
      byline: meta.byline,
      published: meta.published,
      publisher: meta.publisher,
      url: meta.url,
      language: meta.language,
      text: doc.text,
      boilerplate: meta.boilerplate,
      provenance: meta.provenance,
    },
    actors: optional(doc, 'actors').map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      country: a.country,
      sector: a.sector,
      affiliation: a.affiliation,
      role: a.role,
      mentions: a.mentions.map(bare),
    })),
    quotes: optional(doc, 'quotes').map((q) => ({
      type: q.type,
      spans: q.spans.map(bare),
      cue: q.cue && bare(q.cue),
      speaker: q.speaker,
      speakerSpan: q.speakerSpan && bare(q.speakerSpan),
      date: q.date,
      attribution: q.attribution,
    })),
    events: optional(doc, 'events').map((e) => ({
      type: e.type,
      mode: e.mode,
      cameo: e.cameo,
      source: e.source,
      target: e.target,
      status: e.status,
      date: e.date,
      location: e.location,
      evidence: bare(e.evidence),
    })),
    positions: optional(doc, 'positions').map((p) => ({
      kind: p.kind,
      holder: p.holder,
      addressee: p.addressee,
      content: p.content,
      precondition: p.precondition,
      proposal: p.proposal,
      stance: p.stance,
      evidence: bare(p.evidence),
      contentSpan: p.contentSpan && bare(p.contentSpan),
      conditionSpan: p.conditionSpan && bare(p.conditionSpan),
    })),
    proposals: optional(doc, 'proposals').map((p) => ({
      id: p.id,
      name: p.name,
      sponsor: p.sponsor,
      phases: p.phases,
      mentions: p.mentions.map(bare),
    })),
    disconnects: optional(doc, 'disconnects').map((d) => ({
      parties: d.parties,
      issue: d.issue,
      evidence: d.evidence.map(bare),
    })),
    messages: doc.messages.map((m) => ({
      severity: m.severity,
      reason: m.reason,
      stage: m.stage,
      rule: m.rule,
    })),
  }
}
