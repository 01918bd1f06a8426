// The router: #/ (stories), #/story/ID?since=DATE, #/article/ID?mark=layer:index, #/search?q=WORDS.
import { renderArticle } from './article-view.js'
import { h } from './dom.js'
import { renderSearch, renderStories, renderStory } from './views.js'

const main = document.getElementById('main')

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/'
  const [path, query = ''] = raw.split('?')
  return {
    parts: path.split('/').filter(Boolean).map(decodeURIComponent),
    params: new URLSearchParams(query),
  }
}

async function route() {
  const { parts, params } = parseHash()
  const view = h('div.view')
  main.replaceChildren(h('p.muted', { text: 'Loading…' }))
  try {
    if (parts[0] === 'story' && parts[1]) await renderStory(view, parts[1], params.get('since'))
    else if (parts[0] === 'article' && parts[1]) await renderArticle(view, parts[1], params.get('mark'))
    else if (parts[0] === 'search') await renderSearch(view, params.get('q') ?? '')
    else await renderStories(view)
    main.replaceChildren(view)
    document.dispatchEvent(new CustomEvent('parley:rendered'))
    const target = view.querySelector('.hl-target')
    if (target) target.scrollIntoView({ block: 'center' })
    else window.scrollTo(0, 0)
  } catch (error) {
    main.replaceChildren(h('p.error', { role: 'alert', text: `Could not load this page: ${error.message}` }))
  }
}

document.getElementById('search-form').addEventListener('submit', (event) => {
  event.preventDefault()
  const q = document.getElementById('search-input').value.trim()
  if (q) location.hash = `#/search?q=${encodeURIComponent(q)}`
})
window.addEventListener('hashchange', route)
route()
