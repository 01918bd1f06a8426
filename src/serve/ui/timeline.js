// A small SVG timeline: one row per party, one dot per event on its date, coloured by kind of event.
import { evidenceHref, h } from './dom.js'

const NS = 'http://www.w3.org/2000/svg'
const COOPERATIVE = new Set(['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT'])
const VERBAL_CONFLICT = new Set(['REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST'])

function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(NS, tag)
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v))
  if (text !== undefined) el.textContent = text
  return el
}

export function renderTimeline(story) {
  const events = story.timeline.filter((e) => e.date)
  if (events.length === 0) return h('p.muted', { text: 'No dated events.' })
  const rows = [...new Set(events.map((e) => e.source ?? 'unknown'))]
  const days = events.map((e) => Date.parse(e.date))
  const min = Math.min(...days)
  const max = Math.max(...days)
  const left = 170
  const width = 820
  const rowH = 34
  const height = rows.length * rowH + 40
  const x = (d) =>
    left +
    (max === min ? (width - left - 20) / 2 : ((Date.parse(d) - min) / (max - min)) * (width - left - 40))
  const root = svg('svg', {
    class: 'timeline',
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-label': 'Timeline of events by party',
  })
  rows.forEach((party, i) => {
    const y = 20 + i * rowH + rowH / 2
    root.append(svg('line', { x1: left - 10, x2: width - 10, y1: y, y2: y, class: 'row-line' }))
    root.append(
      svg(
        'text',
        { x: left - 16, y: y + 4, 'text-anchor': 'end', class: 'row-label' },
        party === 'unknown' ? '(no source)' : (story.names[party] ?? party),
      ),
    )
  })
  const seen = new Map()
  for (const e of events) {
    const i = rows.indexOf(e.source ?? 'unknown')
    const key = `${i}|${e.date}`
    const n = seen.get(key) ?? 0
    seen.set(key, n + 1)
    const y = 20 + i * rowH + rowH / 2
    const cls = COOPERATIVE.has(e.type) ? 'coop' : VERBAL_CONFLICT.has(e.type) ? 'verbal' : 'material'
    const link = svg('a', { href: evidenceHref(e.evidence), class: `event ${cls}` })
    link.append(svg('circle', { cx: x(e.date) + n * 12, cy: y, r: 6 }))
    link.append(
      svg(
        'title',
        {},
        `${e.date} ${e.type}${e.target ? ` → ${story.names[e.target] ?? e.target}` : ''}: ${e.evidence.text}`,
      ),
    )
    root.append(link)
  }
  const axisY = height - 10
  const dates = [...new Set(events.map((e) => e.date))].sort()
  for (const d of dates)
    root.append(svg('text', { x: x(d), y: axisY, 'text-anchor': 'middle', class: 'axis' }, d.slice(5)))
  const legend = h(
    'p.legend',
    {},
    h('span.dot.coop'),
    ' cooperative ',
    h('span.dot.verbal'),
    ' verbal conflict ',
    h('span.dot.material'),
    ' material conflict — click a dot for its evidence',
  )
  return h('div.timeline-wrap', {}, root, legend)
}
