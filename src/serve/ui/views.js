// The stories list, the story view and the search results.
import { badge, evidenceHref, getJson, h } from './dom.js'
import { renderTimeline } from './timeline.js'

const fmtRange = (a, b) => (a && b && a !== b ? `${a} – ${b}` : (a ?? b ?? 'undated'))

export async function renderStories(view) {
  const page = await getJson('/api/stories?limit=100')
  view.append(h('h1', { text: 'Stories' }))
  if (page.items.length === 0) {
    view.append(
      h('p.muted', { text: 'Nothing stored yet. Run `parley demo`, or ingest feeds into the store.' }),
    )
    return
  }
  view.append(
    h(
      'ul.story-list',
      {},
      page.items.map((s) =>
        h(
          'li.story-item',
          {},
          h('a.story-link', { href: `#/story/${encodeURIComponent(s.id)}`, text: s.title }),
          h('div.muted', {
            text: `${fmtRange(s.firstDate, s.lastDate)} · ${s.articles} article${s.articles === 1 ? '' : 's'} · ${s.publications} publication${s.publications === 1 ? '' : 's'}`,
          }),
        ),
      ),
    ),
  )
}

function positionLine(line, names) {
  return h(
    'li.position',
    { 'data-party': line.party },
    h(
      'div.position-head',
      {},
      badge(line.kind, `kind-${line.kind}`),
      line.stance ? badge(line.stance.replace('_', ' '), `stance-${line.stance}`) : null,
      line.precondition ? badge('precondition', 'precondition') : null,
    ),
    h('div.position-content', { text: line.proposalName ? `${line.proposalName}` : line.content }),
    line.addressee ? h('div.muted', { text: `to ${names[line.addressee] ?? line.addressee}` }) : null,
    h(
      'a.evidence-link',
      { href: evidenceHref(line.evidence), title: line.evidence.text },
      `${line.date ?? 'undated'} · ${line.evidence.publisher ?? 'evidence'} →`,
    ),
  )
}

function section(title, ...content) {
  return h('section.panel', {}, h('h2', { text: title }), ...content)
}

export async function renderStory(view, id, since) {
  const query = since ? `?since=${encodeURIComponent(since)}` : ''
  const story = await getJson(`/api/stories/${encodeURIComponent(id)}${query}`)
  const { names } = story
  const s = story.story
  view.append(
    h('p.crumbs', {}, h('a', { href: '#/', text: '← All stories' })),
    h('h1', { text: s.title }),
    h('p.muted', {
      text: `${fmtRange(s.firstDate, s.lastDate)} · ${s.articles} articles · ${s.publications} publications`,
    }),
  )

  const parties = story.parties.filter((p) => p.current.length > 0 || p.history.length > 0)
  const shown = parties.length > 0 ? parties : story.parties.slice(0, 4)
  view.append(
    section(
      'Parties and their current positions',
      h(
        'div.parties',
        {},
        shown.map((p) =>
          h(
            'article.party',
            { 'data-party': p.key },
            h('h3', { text: p.name }),
            h('div.muted', { text: [p.kind, p.country, p.sector].filter(Boolean).join(' · ') }),
            p.current.length
              ? h(
                  'ul.positions',
                  {},
                  p.current.map((l) => positionLine(l, names)),
                )
              : h('p.muted', { text: 'No position recorded.' }),
            p.history.length > p.current.length
              ? h(
                  'details.history',
                  {},
                  h('summary', { text: `Positions over time (${p.history.length})` }),
                  h(
                    'ol.positions',
                    {},
                    p.history.map((l) => positionLine(l, names)),
                  ),
                )
              : null,
          ),
        ),
      ),
    ),
  )

  const withStance = story.proposals.filter((p) => p.stances.length > 0)
  const without = story.proposals.length - withStance.length
  if (withStance.length) {
    view.append(
      section(
        'Stances on each proposal',
        h(
          'table.stances',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { text: 'Proposal' }),
              h('th', { text: 'Party' }),
              h('th', { text: 'Stance' }),
              h('th', { text: 'Since' }),
            ),
          ),
          h(
            'tbody',
            {},
            withStance.flatMap((p) =>
              p.stances.map((l) =>
                h(
                  'tr',
                  {},
                  h('td', { text: p.name }),
                  h('td', { text: l ? (names[l.party] ?? l.party) : '—' }),
                  h(
                    'td',
                    {},
                    l
                      ? h('a', {
                          href: evidenceHref(l.evidence),
                          text: (l.stance ?? 'mentioned').replace('_', ' '),
                        })
                      : 'no stance recorded',
                  ),
                  h('td', { text: l?.date ?? '' }),
                ),
              ),
            ),
          ),
        ),
        without
          ? h('p.muted', {
              text: `${without} other proposal${without === 1 ? '' : 's'} mentioned, with no stance recorded.`,
            })
          : null,
      ),
    )
  }

  view.append(section('Timeline of events by party', renderTimeline(story)))

  const input = h('input', {
    id: 'since',
    type: 'date',
    value: since ?? s.firstDate ?? '',
    'aria-label': 'Changes since',
  })
  const form = h(
    'form.since',
    {
      onsubmit: (e) => {
        e.preventDefault()
        if (input.value) location.hash = `#/story/${encodeURIComponent(id)}?since=${input.value}`
      },
    },
    h('label', { for: 'since', text: 'What changed since ' }),
    input,
    h('button', { type: 'submit', text: 'Show' }),
  )
  const changes = story.changes.items
  view.append(
    section(
      'What changed',
      form,
      since
        ? changes.length
          ? h(
              'ul.changes',
              {},
              changes.map((c) =>
                h(
                  'li.change',
                  {},
                  badge(c.what, `change-${c.what}`),
                  h('strong', { text: ` ${names[c.line.party] ?? c.line.party}: ` }),
                  c.previous ? `${c.previous.stance ?? c.previous.content} (${c.previous.date}) → ` : '',
                  `${c.line.proposalName ?? c.line.content}${c.line.stance ? ` — ${c.line.stance.replace('_', ' ')}` : ''} `,
                  h('a.evidence-link', { href: evidenceHref(c.line.evidence), text: `${c.line.date} →` }),
                ),
              ),
            )
          : h('p.muted', { text: `No position taken or changed after ${since}.` })
        : h('p.muted', { text: 'Choose a date to see the positions taken or changed after it.' }),
    ),
  )

  view.append(
    section(
      'Disconnects',
      story.disconnects.length
        ? h(
            'ul.disconnects',
            {},
            story.disconnects.map((d) =>
              h(
                'li',
                {},
                h('strong', { text: d.issue }),
                ` — ${d.parties.map((p) => names[p] ?? p).join(' vs ')} `,
                d.evidence.map((e) =>
                  h('a.evidence-link', { href: evidenceHref(e), title: e.text, text: `${e.date ?? ''} →` }),
                ),
              ),
            ),
          )
        : h('p.muted', { text: 'No sticking point found.' }),
    ),
  )

  view.append(
    section(
      'Quotes by speaker',
      story.quotes.length
        ? story.quotes.map((sp) =>
            h(
              'div.speaker',
              {},
              h('h3', {
                text:
                  sp.name + (sp.party && sp.party !== sp.speaker ? ` (${names[sp.party] ?? sp.party})` : ''),
              }),
              h(
                'ul.quotes',
                {},
                sp.quotes.map((q) =>
                  h(
                    'li',
                    {},
                    q.attribution === 'attitude'
                      ? h('span.muted', { text: '(belief or intention, not said) ' })
                      : null,
                    h('span.quote-text', { text: q.evidence.text }),
                    ' ',
                    h('a.evidence-link', { href: evidenceHref(q.evidence), text: `${q.date ?? ''} →` }),
                  ),
                ),
              ),
            ),
          )
        : h('p.muted', { text: 'No quotes.' }),
    ),
  )

  view.append(
    section(
      'Articles',
      h(
        'ul.articles',
        {},
        story.articles.map((a) =>
          h(
            'li',
            {},
            h('a', { href: `#/article/${encodeURIComponent(a.id)}`, text: a.title ?? a.id }),
            h('span.muted', {
              text: ` ${a.published?.slice(0, 10) ?? ''} · ${a.publisher ?? ''}${a.publications > 1 ? ` · ${a.publications} publications` : ''}`,
            }),
          ),
        ),
      ),
    ),
  )
}

/** The snippet with each match in a <mark>, built from offsets, never from HTML. */
function snippetNodes(hit) {
  const out = []
  let at = 0
  for (const m of hit.matches) {
    if (m.start < at) continue
    out.push(hit.snippet.slice(at, m.start), h('mark', { text: hit.snippet.slice(m.start, m.end) }))
    at = m.end
  }
  out.push(hit.snippet.slice(at))
  return out
}

export async function renderSearch(view, q) {
  document.getElementById('search-input').value = q
  view.append(h('h1', { text: `Search: ${q}` }))
  if (!q.trim()) return
  const page = await getJson(`/api/search?q=${encodeURIComponent(q)}&limit=50`)
  view.append(h('p.muted', { text: `${page.total} article${page.total === 1 ? '' : 's'} found` }))
  view.append(
    h(
      'ol.results',
      {},
      page.items.map((hit) =>
        h(
          'li.result',
          {},
          h('a.result-link', { href: `#/article/${encodeURIComponent(hit.id)}`, text: hit.title ?? hit.id }),
          h(
            'div.muted',
            {},
            `${hit.published?.slice(0, 10) ?? ''} · ${hit.publisher ?? ''} · `,
            hit.storyId ? h('a', { href: `#/story/${encodeURIComponent(hit.storyId)}`, text: 'story' }) : '',
          ),
          h('p.snippet', {}, snippetNodes(hit)),
        ),
      ),
    ),
  )
}
