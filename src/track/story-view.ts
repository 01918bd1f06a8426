/**
 * The story view: from the analyses of a story's articles to the parties side by side with their
 * current positions, each position's history ("what changed since"), the events on a timeline,
 * the quotes by speaker and the disconnects. Every line carries an `EvidenceRef` into one
 * article; evidence text is sliced here, in TypeScript, from the stored text (UTF-16 offsets).
 */
import type { Analysis } from '../analysis/index.ts'
import type { Span } from '../doc/index.ts'
import { actorKey, partyKeys } from './actor-key.ts'

/** One stored article as the view needs it. Copies of another article (`copyOf`) add publications only. */
export interface StoryArticle {
  readonly id: string
  readonly copyOf: string | null
  readonly publications: number
  readonly analysis: Analysis
}

export interface StoryHeader {
  readonly id: string
  readonly title: string
  readonly firstDate: string | null
  readonly lastDate: string | null
}

export type EvidenceLayer = 'positions' | 'events' | 'quotes' | 'disconnects'

/** Where a line of the view comes from: a layer entry of one article and the text it covers. */
export interface EvidenceRef {
  readonly articleId: string
  readonly layer: EvidenceLayer
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  readonly date: string | null
  readonly publisher: string | null
  readonly title: string | null
}

export interface PositionLine {
  readonly party: string
  readonly kind: 'demand' | 'offer' | 'threat' | 'stance'
  readonly content: string
  readonly stance: string | null
  readonly proposal: string | null
  readonly proposalName: string | null
  readonly precondition: boolean
  readonly addressee: string | null
  readonly date: string | null
  readonly evidence: EvidenceRef
}

export interface PartyView {
  readonly key: string
  readonly name: string
  readonly kind: string
  readonly country: string | null
  readonly sector: string | null
  readonly articles: number
  readonly current: readonly PositionLine[]
  readonly history: readonly PositionLine[]
}

export interface TimelineEvent {
  readonly date: string | null
  readonly type: string
  readonly mode: string | null
  readonly status: string
  readonly source: string | null
  readonly target: string | null
  readonly evidence: EvidenceRef
}

export interface SpeakerQuotes {
  readonly speaker: string
  readonly name: string
  readonly party: string | null
  readonly quotes: ReadonlyArray<{
    type: string
    date: string | null
    /** 'attitude' for a belief or intention: not something the speaker said. */
    attribution: 'speech' | 'attitude'
    evidence: EvidenceRef
  }>
}

export interface DisconnectView {
  readonly parties: readonly string[]
  readonly issue: string
  readonly date: string | null
  readonly evidence: readonly EvidenceRef[]
}

export interface Change {
  readonly what: 'new' | 'changed'
  readonly line: PositionLine
  readonly previous: PositionLine | null
}

export interface StoryView {
  readonly story: StoryHeader & { readonly articles: number; readonly publications: number }
  readonly articles: ReadonlyArray<{
    id: string
    title: string | null
    published: string | null
    publisher: string | null
    publications: number
  }>
  readonly names: Readonly<Record<string, string>>
  readonly parties: readonly PartyView[]
  readonly proposals: ReadonlyArray<{
    key: string
    name: string
    sponsor: string | null
    stances: readonly PositionLine[]
  }>
  readonly timeline: readonly TimelineEvent[]
  readonly quotes: readonly SpeakerQuotes[]
  readonly disconnects: readonly DisconnectView[]
  readonly changes: { readonly since: string | null; readonly items: readonly Change[] }
}

const EVIDENCE_CHARS = 400

function dateOf(a: Analysis): string | null {
  return a.article.published?.slice(0, 10) ?? null
}

function ref(article: StoryArticle, layer: EvidenceLayer, index: number, span: Span): EvidenceRef {
  const { text } = article.analysis.article
  const slice = text.slice(span.start, span.end)
  return {
    articleId: article.id,
    layer,
    index,
    start: span.start,
    end: span.end,
    text: slice.length > EVIDENCE_CHARS ? `${slice.slice(0, EVIDENCE_CHARS)}…` : slice,
    date: dateOf(article.analysis),
    publisher: article.analysis.article.publisher,
    title: article.analysis.article.title,
  }
}

// Chronological, undated last; ties keep the article order.
const byDate = <T extends { date: string | null }>(a: T, b: T) =>
  (a.date ?? '9999') < (b.date ?? '9999') ? -1 : (a.date ?? '9999') > (b.date ?? '9999') ? 1 : 0

/** What identifies "the same position" over time: the party and the proposal, or the demand's wording. */
export function positionIdentity(line: PositionLine): string {
  if (line.proposal) return `${line.party}|proposal|${line.proposal}`
  return `${line.party}|${line.kind}|${line.content.toLowerCase().replace(/\s+/g, ' ').trim()}`
}

/** Builds the view. `since` (YYYY-MM-DD) selects the changes listed in `changes`. */
export function buildStoryView(
  header: StoryHeader,
  articles: readonly StoryArticle[],
  since: string | null = null,
): StoryView {
  const originals = articles.filter((a) => a.copyOf === null)
  const names: Record<string, string> = {}
  const partyInfo = new Map<string, { kind: string; country: string | null; sector: string | null }>()
  const partyArticles = new Map<string, Set<string>>()
  const proposals = new Map<string, { name: string; sponsor: string | null }>()
  const lines: PositionLine[] = []
  const timeline: TimelineEvent[] = []
  const speakers = new Map<string, { party: string | null; quotes: SpeakerQuotes['quotes'][number][] }>()
  const disconnects: DisconnectView[] = []

  for (const article of originals) {
    const { analysis } = article
    const date = dateOf(analysis)
    const party = partyKeys(analysis)
    const key = (id: string | null) => (id === null ? null : (party.get(id) ?? null))
    for (const actor of analysis.actors) {
      const own = actorKey(actor.name)
      names[own] ??= actor.name
      const p = party.get(actor.id)!
      if (p === own) partyInfo.set(p, { kind: actor.kind, country: actor.country, sector: actor.sector })
    }
    const proposalKey = new Map<string, string>()
    for (const p of analysis.proposals) {
      const k = actorKey(p.name)
      proposalKey.set(p.id, k)
      if (!proposals.has(k)) proposals.set(k, { name: p.name, sponsor: key(p.sponsor) })
    }
    const touch = (k: string | null) => {
      if (!k) return
      if (!partyArticles.has(k)) partyArticles.set(k, new Set())
      partyArticles.get(k)!.add(article.id)
    }
    analysis.positions.forEach((p, i) => {
      const holder = key(p.holder)
      if (!holder) return
      touch(holder)
      const proposal = p.proposal ? (proposalKey.get(p.proposal) ?? null) : null
      lines.push({
        party: holder,
        kind: p.kind,
        content: p.content,
        stance: p.stance,
        proposal,
        proposalName: proposal ? (proposals.get(proposal)?.name ?? null) : null,
        precondition: p.precondition,
        addressee: key(p.addressee),
        date,
        evidence: ref(article, 'positions', i, p.evidence),
      })
    })
    analysis.events.forEach((e, i) => {
      touch(key(e.source))
      timeline.push({
        date: e.date ?? date,
        type: e.type,
        mode: e.mode,
        status: e.status,
        source: key(e.source),
        target: key(e.target),
        evidence: ref(article, 'events', i, e.evidence),
      })
    })
    analysis.quotes.forEach((q, i) => {
      const first = q.spans[0]
      const last = q.spans[q.spans.length - 1]
      if (!first || !last) return
      const speakerActor = analysis.actors.find((a) => a.id === q.speaker)
      const speaker = speakerActor ? actorKey(speakerActor.name) : 'unattributed'
      if (speaker === 'unattributed') names[speaker] ??= 'Unattributed'
      touch(key(q.speaker))
      if (!speakers.has(speaker)) speakers.set(speaker, { party: key(q.speaker), quotes: [] })
      speakers.get(speaker)!.quotes.push({
        type: q.type,
        date: q.date ?? date,
        // Analyses stored before attributions were marked hold only speech.
        attribution: q.attribution ?? 'speech',
        evidence: ref(article, 'quotes', i, { start: first.start, end: last.end }),
      })
    })
    analysis.disconnects.forEach((d, i) => {
      disconnects.push({
        parties: d.parties.map((id) => key(id) ?? actorKey(id)),
        issue: d.issue,
        date,
        evidence: d.evidence.map((s) => ref(article, 'disconnects', i, s)),
      })
    })
  }

  lines.sort(byDate)
  timeline.sort(byDate)
  const current = new Map<string, PositionLine>()
  for (const line of lines) current.set(positionIdentity(line), line)

  const parties: PartyView[] = [...partyArticles.entries()]
    .map(([k, set]) => ({
      key: k,
      name: names[k] ?? k,
      kind: partyInfo.get(k)?.kind ?? 'other',
      country: partyInfo.get(k)?.country ?? null,
      sector: partyInfo.get(k)?.sector ?? null,
      articles: set.size,
      current: [...current.values()].filter((l) => l.party === k),
      history: lines.filter((l) => l.party === k),
    }))
    .sort(
      (a, b) => b.current.length - a.current.length || b.articles - a.articles || (a.name < b.name ? -1 : 1),
    )

  const dates = originals
    .map((a) => dateOf(a.analysis))
    .filter((d): d is string => d !== null)
    .sort()
  return {
    story: {
      ...header,
      firstDate: header.firstDate ?? dates[0] ?? null,
      lastDate: header.lastDate ?? dates[dates.length - 1] ?? null,
      articles: originals.length,
      publications: articles.reduce((s, a) => s + a.publications, 0),
    },
    articles: articles
      .map((a) => ({
        id: a.id,
        title: a.analysis.article.title,
        published: a.analysis.article.published,
        publisher: a.analysis.article.publisher,
        publications: a.publications,
      }))
      .sort((a, b) => ((a.published ?? '') < (b.published ?? '') ? -1 : 1)),
    names,
    parties,
    proposals: [...proposals.entries()].map(([k, p]) => ({
      key: k,
      name: p.name,
      sponsor: p.sponsor,
      stances: [...current.values()].filter((l) => l.proposal === k),
    })),
    timeline,
    quotes: [...speakers.entries()]
      .map(([k, s]) => ({ speaker: k, name: names[k] ?? k, party: s.party, quotes: s.quotes.sort(byDate) }))
      .sort((a, b) => b.quotes.length - a.quotes.length),
    disconnects: disconnects.sort(byDate),
    changes: { since, items: since ? changesSince(lines, since) : [] },
  }
}

/**
 * Positions first taken, or changed, after `since`: a line dated after it whose identity had no
 * line before (new), or whose stance or wording differs from the last line on or before it (changed).
 */
export function changesSince(lines: readonly PositionLine[], since: string): Change[] {
  const before = new Map<string, PositionLine>()
  const out: Change[] = []
  for (const line of [...lines].sort(byDate)) {
    const id = positionIdentity(line)
    if (line.date !== null && line.date <= since) {
      before.set(id, line)
      continue
    }
    if (line.date === null) continue
    const prev = before.get(id) ?? null
    if (!prev) out.push({ what: 'new', line, previous: null })
    else if (prev.stance !== line.stance || prev.content !== line.content)
      out.push({ what: 'changed', line, previous: prev })
    // Later lines compare with the latest state, so a stance that flips twice shows both flips.
    before.set(id, line)
  }
  return out
}
