/**
 * The readable report of `parley analyze FILE`: the negotiation as a map. Parties; each party's
 * demands, conditions, offers and threats; stances per proposal; mediators; the disconnects;
 * quotes by speaker (beliefs and intentions apart); events with dates. Every line carries its evidence sentence.
 */
import type { Analysis } from '../analysis/index.ts'
import type { Span } from '../doc/index.ts'

type Position = Analysis['positions'][number]

export function renderReport(analysis: Analysis): string {
  const view = new ReportView(analysis)
  const out: string[] = []
  out.push(view.header())
  out.push(...view.section('Parties', view.parties()))
  out.push(...view.section('Demands and conditions', view.positionsOf(['demand'])))
  out.push(...view.section('Offers and threats', view.positionsOf(['offer', 'threat'])))
  out.push(...view.section('Stances on proposals', view.stances()))
  out.push(...view.section('Mediators', view.mediators()))
  out.push(...view.section('Point of disconnect', view.disconnects()))
  out.push(...view.section('Quotes by speaker', view.quotes('speech')))
  // Beliefs and intentions (`--attitudes`) are not something said: listed apart, only when asked for.
  const attitudes = view.quotes('attitude')
  if (attitudes.length > 0) out.push(...view.section('Beliefs and intentions (not said)', attitudes))
  out.push(...view.section('Events', view.events()))
  if (analysis.article.boilerplate.length > 0) {
    out.push(
      ...view.section(
        'Removed as boilerplate',
        analysis.article.boilerplate.map((b) => `- ${clip(b, 100)}`),
      ),
    )
  }
  return `${out.join('\n')}\n`
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}

class ReportView {
  private readonly names: Map<string, string>

  constructor(private readonly a: Analysis) {
    this.names = new Map(a.actors.map((actor) => [actor.id, actor.name]))
  }

  who(id: string | null): string {
    return id ? (this.names.get(id) ?? id) : 'unattributed'
  }

  /** The sentence around a span, for "evidence:" lines. */
  evidence(span: Span): string {
    const text = this.a.article.text
    let start = span.start
    while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--
    // A span that already ends a sentence (after its full stop or closing quote) is not extended.
    let end = span.end
    const endsSentence = /[.!?]["”’)]?\s*$/.test(text.slice(Math.max(span.start, end - 3), end))
    while (!endsSentence && end < text.length && !/[.!?\n]/.test(text[end]!)) end++
    if (!endsSentence && end < text.length && text[end] !== '\n') end++
    return `    evidence [${span.start}-${span.end}]: "${clip(text.slice(start, end), 240)}"`
  }

  header(): string {
    const { article } = this.a
    const facts = [
      article.published && `published ${article.published}`,
      article.publisher,
      article.provenance.syndicated &&
        `syndicated${article.provenance.agency ? ` from ${article.provenance.agency}` : ''}`,
    ].filter(Boolean)
    return `# ${article.title ?? this.a.id}${facts.length ? `\n${facts.join(' · ')}` : ''}`
  }

  section(title: string, lines: string[]): string[] {
    return ['', `## ${title}`, ...(lines.length > 0 ? lines : ['(none found)'])]
  }

  parties(): string[] {
    // bodies listed only to close an affiliation chain are named on their members' lines
    return this.a.actors
      .filter((actor) => actor.mentions.length > 0)
      .map((actor) => {
        const facts = [
          actor.kind,
          actor.role,
          actor.affiliation && `of ${this.who(actor.affiliation)}`,
          actor.country,
          actor.sector,
        ].filter(Boolean)
        return `- ${actor.name} (${facts.join(', ')}; ${actor.mentions.length} mention${actor.mentions.length === 1 ? '' : 's'})`
      })
  }

  positionsOf(kinds: readonly Position['kind'][]): string[] {
    const lines: string[] = []
    for (const p of this.a.positions.filter((x) => kinds.includes(x.kind))) {
      // "demands of Y", "offers to Y", "threatens Y"
      const link = p.kind === 'demand' ? ' of' : p.kind === 'offer' ? ' to' : ''
      const addressee = p.addressee ? `${link} ${this.who(p.addressee)}` : ''
      const verb = p.kind === 'demand' ? 'demands' : `${p.kind}s`
      const condition = p.kind === 'demand' && p.precondition ? ', as a precondition' : ''
      lines.push(
        `- ${this.who(p.holder)} ${verb}${addressee}${condition}: ${p.content}`,
        this.evidence(p.evidence),
      )
    }
    return lines
  }

  stances(): string[] {
    const lines: string[] = []
    const proposals = new Map(this.a.proposals.map((p) => [p.id, p]))
    const stances = this.a.positions.filter((p) => p.stance !== null)
    const groups = new Map<string, Position[]>()
    for (const s of stances) groups.set(s.proposal ?? '', [...(groups.get(s.proposal ?? '') ?? []), s])
    for (const [id, group] of groups) {
      const proposal = proposals.get(id)
      const sponsor = proposal?.sponsor ? ` (sponsor: ${this.who(proposal.sponsor)})` : ''
      lines.push(`- ${proposal?.name ?? 'an unnamed proposal'}${sponsor}`)
      for (const s of group)
        lines.push(`  - ${this.who(s.holder)}: ${s.stance}`, `  ${this.evidence(s.evidence)}`)
    }
    for (const p of this.a.proposals.filter((x) => !groups.has(x.id))) {
      lines.push(`- ${p.name}: mentioned ${p.mentions.length} time(s), no stance found`)
    }
    return lines
  }

  mediators(): string[] {
    const lines: string[] = []
    for (const e of this.a.events.filter((x) => x.mode === 'mediate')) {
      lines.push(
        `- ${this.who(e.source)} mediates${e.target ? ` with ${this.who(e.target)}` : ''}`,
        this.evidence(e.evidence),
      )
    }
    return lines
  }

  disconnects(): string[] {
    return this.a.disconnects.flatMap((d) => [
      `- ${d.issue} (between ${d.parties.map((p) => this.who(p)).join(' and ') || 'unnamed parties'})`,
      ...d.evidence.map((e) => this.evidence(e)),
    ])
  }

  /** The quotes of one kind of attribution, grouped by speaker (or holder, for attitudes). */
  quotes(kind: Analysis['quotes'][number]['attribution']): string[] {
    const text = this.a.article.text
    const bySpeaker = new Map<string, string[]>()
    for (const q of this.a.quotes) {
      // An analysis stored before attributions were marked has only speech.
      if ((q.attribution ?? 'speech') !== kind) continue
      const speaker = q.speaker
        ? this.who(q.speaker)
        : q.speakerSpan
          ? `"${text.slice(q.speakerSpan.start, q.speakerSpan.end)}" (unresolved)`
          : 'unattributed'
      const content = q.spans.map((s) => text.slice(s.start, s.end)).join(' … ')
      const when = q.date ? ` (${q.date})` : ''
      bySpeaker.set(speaker, [
        ...(bySpeaker.get(speaker) ?? []),
        `  - ${q.type}${when}: "${clip(content, 200)}"`,
      ])
    }
    return [...bySpeaker].flatMap(([speaker, lines]) => [`- ${speaker}`, ...lines])
  }

  events(): string[] {
    return this.a.events.flatMap((e) => {
      const target = e.target ? ` -> ${this.who(e.target)}` : ''
      const facts = [e.date, e.location && `in ${e.location}`, e.status !== 'done' && e.status].filter(
        Boolean,
      )
      return [
        `- ${e.type}: ${this.who(e.source)}${target}${facts.length ? ` (${facts.join(', ')})` : ''}`,
        this.evidence(e.evidence),
      ]
    })
  }
}
