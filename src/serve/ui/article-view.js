// The article view: the text with actors, quotes, events, positions and disconnects highlighted.
// Segments are cut at every annotation boundary and filled with textContent, so markup in the
// article (a <script> tag in a headline) shows as text.
import { badge, getJson, h, safeHref } from './dom.js'

const LAYERS = [
  ['actors', 'Actors'],
  ['quotes', 'Quotes'],
  ['events', 'Events'],
  ['positions', 'Positions'],
  ['disconnects', 'Disconnects'],
]

function intervals(a) {
  const out = []
  const actorName = new Map(a.actors.map((x) => [x.id, x.name]))
  a.actors.forEach((x, i) => {
    for (const m of x.mentions) out.push({ ...m, layer: 'actors', index: i, label: x.name })
  })
  a.quotes.forEach((q, i) => {
    for (const s of q.spans)
      out.push({
        ...s,
        layer: 'quotes',
        index: i,
        label: `${isBelief(q) ? 'belief' : 'quote'}: ${actorName.get(q.speaker) ?? 'unattributed'}`,
      })
  })
  a.events.forEach((e, i) => {
    out.push({ ...e.evidence, layer: 'events', index: i, label: `event ${e.type}` })
  })
  a.positions.forEach((p, i) => {
    out.push({ ...p.evidence, layer: 'positions', index: i, label: `${p.kind}: ${p.content}` })
  })
  a.disconnects.forEach((d, i) => {
    for (const s of d.evidence)
      out.push({ ...s, layer: 'disconnects', index: i, label: `disconnect: ${d.issue}` })
  })
  return out.filter((x) => x.end > x.start)
}

function highlightedText(text, list, mark) {
  const cuts = new Set([0, text.length])
  for (const x of list) cuts.add(x.start).add(x.end)
  const points = [...cuts].sort((p, q) => p - q)
  const box = h('div.article-text', { lang: 'en' })
  let targetDone = false
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]]
    const covering = list.filter((x) => x.start <= start && x.end >= end)
    const piece = text.slice(start, end)
    if (covering.length === 0) {
      box.append(document.createTextNode(piece))
      continue
    }
    const layers = [...new Set(covering.map((x) => x.layer))]
    const isTarget = mark && covering.some((x) => `${x.layer}:${x.index}` === mark)
    const span = h(`span.${layers.map((l) => `hl-${l}`).join('.')}${isTarget ? '.hl-target' : ''}`, {
      title: covering.map((x) => x.label).join('\n'),
      'data-refs': covering.map((x) => `${x.layer}:${x.index}`).join(' '),
      id: isTarget && !targetDone ? 'evidence-target' : null,
    })
    if (isTarget) targetDone = true
    span.textContent = piece
    box.append(span)
  }
  return box
}

function annotationList(article) {
  const a = article.analysis
  const name = new Map(a.actors.map((x) => [x.id, x.name]))
  const link = (layer, i, ...content) =>
    h('a', { href: `#/article/${encodeURIComponent(article.id)}?mark=${layer}:${i}` }, ...content)
  const excerpt = (s) => a.article.text.slice(s.start, s.end)
  return h(
    'aside.annotations',
    {},
    h('h2', { text: 'Found in this article' }),
    h('h3', { text: `Actors (${a.actors.length})` }),
    h(
      'ul',
      {},
      a.actors.map((x) =>
        h(
          'li',
          {},
          h('span.hl-actors', { text: x.name }),
          h('span.muted', { text: ` ${x.kind}${x.role ? `, ${x.role}` : ''} · ${x.mentions.length}×` }),
        ),
      ),
    ),
    h('h3', { text: `Positions (${a.positions.length})` }),
    h(
      'ul',
      {},
      a.positions.map((p, i) =>
        h(
          'li',
          {},
          link(
            'positions',
            i,
            badge(p.kind, `kind-${p.kind}`),
            ` ${name.get(p.holder) ?? p.holder}: ${p.content}`,
          ),
          p.stance ? badge(p.stance.replace('_', ' '), `stance-${p.stance}`) : null,
        ),
      ),
    ),
    h('h3', { text: `Events (${a.events.length})` }),
    h(
      'ul',
      {},
      a.events.map((e, i) =>
        h(
          'li',
          {},
          link(
            'events',
            i,
            badge(e.type),
            ` ${name.get(e.source) ?? '?'}${e.target ? ` → ${name.get(e.target) ?? e.target}` : ''}`,
          ),
          h('span.muted', { text: ` ${e.date ?? ''}` }),
        ),
      ),
    ),
    h('h3', { text: `Quotes (${a.quotes.length})` }),
    h(
      'ul',
      {},
      a.quotes.map((q, i) =>
        h(
          'li',
          {},
          link(
            'quotes',
            i,
            h('strong', { text: name.get(q.speaker) ?? 'Unattributed' }),
            isBelief(q) ? h('span.muted', { text: ' (belief or intention, not said)' }) : null,
            ': ',
            h('span.quote-text', { text: q.spans.map(excerpt).join(' … ').slice(0, 140) }),
          ),
        ),
      ),
    ),
    a.disconnects.length ? h('h3', { text: `Disconnects (${a.disconnects.length})` }) : null,
    h(
      'ul',
      {},
      a.disconnects.map((d, i) => h('li', {}, link('disconnects', i, d.issue))),
    ),
  )
}

export async function renderArticle(view, id, mark) {
  const article = await getJson(`/api/articles/${encodeURIComponent(id)}`)
  const a = article.analysis
  const pubs = article.publicationList
  view.append(
    h(
      'p.crumbs',
      {},
      article.storyId
        ? h('a', { href: `#/story/${encodeURIComponent(article.storyId)}`, text: '← Story' })
        : h('a', { href: '#/', text: '← All stories' }),
    ),
    h('h1.article-title', { text: a.article.title ?? article.title ?? id }),
    h('p.muted', {
      text: [a.article.published?.slice(0, 10), a.article.publisher, a.article.byline]
        .filter(Boolean)
        .join(' · '),
    }),
  )
  if (!article.live)
    view.append(
      h('p.warning', { text: 'This article was withdrawn or superseded; it is kept for the record.' }),
    )
  if (pubs.length > 1 || pubs[0]?.url) {
    view.append(
      h(
        'details.publications',
        {},
        h('summary', { text: `${pubs.length} publication${pubs.length === 1 ? '' : 's'}` }),
        h(
          'ul',
          {},
          pubs.map((p) => {
            const href = p.url ? safeHref(p.url) : null
            return h(
              'li',
              {},
              href
                ? h('a', { href, rel: 'noopener noreferrer', text: p.publisher ?? href })
                : (p.publisher ?? p.url ?? 'unknown outlet'),
              h('span.muted', { text: ` ${p.published?.slice(0, 10) ?? ''}${p.live ? '' : ' (withdrawn)'}` }),
            )
          }),
        ),
      ),
    )
  }
  const legend = h(
    'p.legend',
    {},
    LAYERS.map(([layer, label]) => h(`span.legend-item.hl-${layer}`, { text: label })),
  )
  view.append(
    h(
      'div.article-layout',
      {},
      h('div.article-main', {}, legend, highlightedText(a.article.text, intervals(a), mark)),
      annotationList(article),
    ),
  )
}

/** A belief or intention (`--attitudes`), not something said; analyses stored before the field are speech. */
function isBelief(q) {
  return q.attribution === 'attitude'
}
