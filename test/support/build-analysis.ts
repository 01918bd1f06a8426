/**
 * Hand-made analyses for store, API, browser and bench tests: sentences written with actor
 * markers, `[[id|surface text]]`, become an article text with exact UTF-16 spans for every
 * mention, position, event and quote. No pipeline involved, so each test controls its input.
 */
import type { Analysis } from '../../src/analysis/index.ts'

type A = Analysis
type Mutable<T> = { -readonly [K in keyof T]: T[K] }

export interface ActorSpec {
  readonly id: string
  readonly name: string
  readonly kind?: A['actors'][number]['kind']
  readonly affiliation?: string
  readonly country?: string
}

export interface SentenceSpec {
  /** The sentence, with `[[actorId|surface]]` for each mention and “…” around quoted words. */
  readonly text: string
  readonly position?: {
    kind: A['positions'][number]['kind']
    holder: string
    content: string
    addressee?: string
    proposal?: string
    stance?: A['positions'][number]['stance']
    precondition?: boolean
  }
  readonly event?: { type: string; source?: string; target?: string; date?: string; status?: string }
  /** The speaker of the “…” part of the sentence. */
  readonly quote?: { speaker: string }
  readonly disconnect?: { parties: string[]; issue: string }
}

export interface AnalysisSpec {
  readonly id: string
  readonly title?: string
  readonly published?: string
  readonly publisher?: string
  readonly url?: string
  readonly actors?: readonly ActorSpec[]
  readonly proposals?: ReadonlyArray<{ id: string; name: string; sponsor?: string }>
  readonly sentences: readonly SentenceSpec[]
}

export function buildAnalysis(spec: AnalysisSpec): Analysis {
  let text = ''
  const mentions = new Map<string, Array<{ start: number; end: number }>>()
  const positions: Mutable<A['positions'][number]>[] = []
  const events: Mutable<A['events'][number]>[] = []
  const quotes: Mutable<A['quotes'][number]>[] = []
  const disconnects: Mutable<A['disconnects'][number]>[] = []
  spec.sentences.forEach((s, i) => {
    if (i > 0) text += i % 3 === 0 ? '\n\n' : ' '
    const start = text.length
    let quoteOpen = -1
    let quote: { start: number; end: number } | null = null
    for (const part of s.text.split(/(\[\[[^\]|]+\|[^\]]+\]\]|“|”)/)) {
      const m = /^\[\[([^\]|]+)\|([^\]]+)\]\]$/.exec(part)
      if (m) {
        const list = mentions.get(m[1]!) ?? []
        list.push({ start: text.length, end: text.length + m[2]!.length })
        mentions.set(m[1]!, list)
        text += m[2]
      } else if (part === '“') {
        text += part
        quoteOpen = text.length
      } else if (part === '”') {
        quote = { start: quoteOpen, end: text.length }
        text += part
      } else text += part
    }
    const evidence = { start, end: text.length }
    if (s.position) {
      positions.push({
        kind: s.position.kind,
        holder: s.position.holder,
        addressee: s.position.addressee ?? null,
        content: s.position.content,
        precondition: s.position.precondition ?? false,
        proposal: s.position.proposal ?? null,
        stance: s.position.stance ?? null,
        evidence,
      })
    }
    if (s.event) {
      events.push({
        type: s.event.type,
        mode: null,
        cameo: null,
        source: s.event.source ?? null,
        target: s.event.target ?? null,
        status: s.event.status ?? 'done',
        date: s.event.date ?? null,
        location: null,
        evidence,
      })
    }
    if (s.quote && quote) {
      quotes.push({
        type: 'direct',
        spans: [quote],
        cue: null,
        speaker: s.quote.speaker,
        speakerSpan: null,
        date: null,
        attribution: 'speech',
      })
    }
    if (s.disconnect)
      disconnects.push({ parties: s.disconnect.parties, issue: s.disconnect.issue, evidence: [evidence] })
  })
  const referenced = new Set<string | null>([
    ...positions.flatMap((p) => [p.holder, p.addressee]),
    ...events.flatMap((e) => [e.source, e.target]),
    ...quotes.map((q) => q.speaker),
  ])
  return {
    id: spec.id,
    article: {
      title: spec.title ?? null,
      byline: null,
      published: spec.published ?? null,
      publisher: spec.publisher ?? null,
      url: spec.url ?? null,
      language: 'en',
      text,
      boilerplate: [],
      provenance: { syndicated: false, agency: null },
    },
    // Like the pipeline, an article lists only the actors it mentions or refers to.
    actors: (spec.actors ?? [])
      .filter((a) => mentions.has(a.id) || referenced.has(a.id))
      .map((a) => ({
        id: a.id,
        name: a.name,
        kind: a.kind ?? 'organization',
        country: a.country ?? null,
        sector: null,
        affiliation: a.affiliation ?? null,
        role: null,
        mentions: mentions.get(a.id) ?? [],
      })),
    quotes,
    events,
    positions,
    proposals: (spec.proposals ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      sponsor: p.sponsor ?? null,
      phases: [],
      mentions: [],
    })),
    disconnects,
    messages: [],
  }
}
