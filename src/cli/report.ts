/** The readable report of `parley analyze FILE`. First version; the negotiation map deepens it. */
import type { Analysis } from '../analysis/index.ts'

export function renderReport(analysis: Analysis): string {
  const text = analysis.article.text
  const name = new Map(analysis.actors.map((a) => [a.id, a.name]))
  const who = (id: string | null) => (id ? (name.get(id) ?? id) : 'unknown')
  const lines: string[] = []
  lines.push(`# ${analysis.article.title ?? analysis.id}`)
  if (analysis.article.published) lines.push(`published ${analysis.article.published}`)
  lines.push('', '## Parties')
  for (const a of analysis.actors) {
    const extra = [a.role, a.affiliation ? `of ${who(a.affiliation)}` : null, a.country, a.sector]
      .filter(Boolean)
      .join(', ')
    lines.push(`- ${a.name} (${a.kind}${extra ? `; ${extra}` : ''})`)
  }
  lines.push('', '## Quotes')
  for (const q of analysis.quotes) {
    lines.push(`- ${who(q.speaker)}: "${q.spans.map((s) => text.slice(s.start, s.end)).join(' … ')}"`)
  }
  return `${lines.join('\n')}\n`
}
