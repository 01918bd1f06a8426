import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { negotiationArticles } from '../../test/support/negotiation.ts'
import { openStore, type Store } from '../store/index.ts'
import { createApp } from './app.ts'
import { openApiDocument } from './openapi.ts'

let store: Store
let app: ReturnType<typeof createApp>
let storyId: string
const ids: string[] = []

beforeEach(() => {
  store = openStore({ path: ':memory:' })
  ids.length = 0
  for (const a of negotiationArticles()) {
    const r = store.putArticle(a)
    ids.push(r.articleId)
    storyId = r.storyId
  }
  app = createApp(store)
})
afterEach(() => store.close())

async function get(path: string) {
  const res = await app.request(path)
  return { status: res.status, body: (await res.json()) as any, headers: res.headers }
}

async function expectBadRequest(path: string, mentions: string) {
  const { status, body } = await get(path)
  expect(status, path).toBe(400)
  expect(body.error.code).toBe('bad-request')
  expect(body.error.message).toContain(mentions)
}

describe('GET /api/health and /api/openapi.json', () => {
  it('should report the store counts', async () => {
    const { status, body } = await get('/api/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ ok: true, stats: { articles: 3, stories: 1 } })
  })

  it('should serve an OpenAPI document describing every endpoint the app answers', async () => {
    const { body } = await get('/api/openapi.json')
    expect(body.openapi).toBe('3.1.0')
    const described = Object.keys(body.paths).sort()
    const routes = app.routes
      .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && !r.path.endsWith('*'))
      .map((r) => r.path.replace(/:(\w+)/g, '{$1}'))
    expect([...new Set(routes)].sort()).toEqual(described)
    expect(openApiDocument()).toEqual(body)
  })
})

describe('GET /api/stories', () => {
  it('should list stories with counts and parties', async () => {
    const { body } = await get('/api/stories')
    expect(body.total).toBe(1)
    expect(body.items[0]).toMatchObject({
      id: storyId,
      articles: 3,
      publications: 3,
      firstDate: '2031-03-02',
    })
  })

  it('should filter by party, date range and text', async () => {
    expect((await get('/api/stories?party=tern-dockers-guild')).body.total).toBe(1)
    expect((await get('/api/stories?party=nobody')).body.total).toBe(0)
    expect((await get('/api/stories?from=2031-04-01')).body.total).toBe(0)
    expect((await get('/api/stories?q=automation')).body.total).toBe(1)
  })

  it('should refuse bad parameters with a 400 and a code', async () => {
    await expectBadRequest('/api/stories?from=2031-13-45', '`from`')
    await expectBadRequest('/api/stories?from=yesterday', 'YYYY-MM-DD')
    await expectBadRequest('/api/stories?from=2031-03-05&to=2031-03-01', 'after')
    await expectBadRequest('/api/stories?limit=0', '`limit`')
    await expectBadRequest('/api/stories?limit=many', '`limit`')
    await expectBadRequest('/api/stories?offset=-1', '`offset`')
    await expectBadRequest('/api/stories?tpye=REJECT', 'unknown parameter `tpye`')
  })
})

describe('GET /api/stories/:id', () => {
  it('should give the parties side by side with their current positions and evidence', async () => {
    const { status, body } = await get(`/api/stories/${storyId}`)
    expect(status).toBe(200)
    const guild = body.parties.find((p: any) => p.key === 'tern-dockers-guild')
    const plan = guild.current.find((l: any) => l.proposal === 'lantern-plan')
    expect(plan.stance).toBe('conditional')
    expect(plan.evidence).toMatchObject({ articleId: ids[2], layer: 'positions', index: 0 })
    expect(guild.history.map((l: any) => l.stance)).toEqual([null, 'reject', 'conditional'])
    expect(body.timeline.map((e: any) => e.date)).toEqual([...body.timeline.map((e: any) => e.date)].sort())
    expect(body.disconnects[0].issue).toBe('crane automation')
    expect(body.quotes[0]).toMatchObject({ name: 'Pell Verrin', party: 'tern-dockers-guild' })
  })

  it('should list what changed since a date', async () => {
    const { body } = await get(`/api/stories/${storyId}?since=2031-03-02`)
    expect(body.changes.items.map((c: any) => [c.what, c.line.content])).toEqual([
      ['new', 'two-year automation freeze'],
      ['changed', 'Lantern Plan'],
    ])
    expect(body.changes.items[1].previous.stance).toBe('reject')
  })

  it('should answer 404 with a code for an unknown story and 400 for a bad date', async () => {
    const { status, body } = await get('/api/stories/s_nope')
    expect(status).toBe(404)
    expect(body.error.code).toBe('not-found')
    await expectBadRequest(`/api/stories/${storyId}?since=March`, '`since`')
  })
})

describe('GET /api/articles', () => {
  it('should page articles, newest first', async () => {
    const { body } = await get('/api/articles?limit=2')
    expect(body).toMatchObject({ total: 3, limit: 2, offset: 0 })
    expect(body.items.map((a: any) => a.published)).toEqual(['2031-03-05', '2031-03-03'])
    expect((await get('/api/articles?limit=2&offset=2')).body.items).toHaveLength(1)
  })

  it('should filter by story, party, dates and text', async () => {
    expect((await get(`/api/articles?story=${storyId}`)).body.total).toBe(3)
    expect((await get('/api/articles?party=saltmarsh-port-board')).body.total).toBe(2)
    expect((await get('/api/articles?from=2031-03-03&to=2031-03-04')).body.total).toBe(1)
    expect((await get('/api/articles?q=%22night%20shifts%22')).body.total).toBe(2)
  })

  it('should return one article with its analysis, and 404 for an unknown one', async () => {
    const { body } = await get(`/api/articles/${ids[1]}`)
    expect(body.analysis.article.title).toBe('Board offers talks <script>alert(1)</script>')
    expect(body.publicationList).toHaveLength(1)
    expect((await get('/api/articles/a_nope')).status).toBe(404)
    await expectBadRequest(`/api/articles/${ids[1]}?x=1`, 'unknown parameter')
  })
})

describe('GET /api/events, /api/positions, /api/quotes, /api/actors', () => {
  it('should filter events by type (any case), party and dates', async () => {
    const { body } = await get('/api/events?type=reject')
    expect(body.items.map((e: any) => [e.type, e.sourceName, e.evidence.text.slice(0, 20)])).toEqual([
      ['REJECT', 'Tern Dockers Guild', 'The guild rejected t'],
    ])
    expect((await get('/api/events?party=odile-brask')).body.total).toBe(3)
    expect((await get('/api/events?from=2031-03-05')).body.items.map((e: any) => e.type)).toEqual(['AGREE'])
    await expectBadRequest('/api/events?type=PARTY', 'type must be one of')
  })

  it('should filter positions by kind and party', async () => {
    const { body } = await get('/api/positions?kind=offer')
    expect(body.items).toHaveLength(1)
    expect(body.items[0]).toMatchObject({ holder: 'saltmarsh-port-board', addressee: 'tern-dockers-guild' })
    expect((await get('/api/positions?party=tern-dockers-guild&kind=stance')).body.total).toBe(2)
    await expectBadRequest('/api/positions?kind=wish', 'kind must be one of')
  })

  it('should list quotes by the party the speaker speaks for', async () => {
    const { body } = await get('/api/quotes?party=tern-dockers-guild')
    expect(body.items.map((q: any) => q.speakerName)).toEqual(['Pell Verrin', 'Pell Verrin'])
    expect(body.items[1].evidence.text).toBe('This is a plan we can live with,')
    expect((await get(`/api/quotes?story=${storyId}&from=2031-03-04`)).body.total).toBe(1)
  })

  it('should say what each quote attributes and filter by it', async () => {
    const { body } = await get('/api/quotes')
    expect(body.items.every((q: { attribution: string }) => q.attribution === 'speech')).toBe(true)
    expect((await get('/api/quotes?attribution=speech')).body.total).toBe(body.total)
    expect((await get('/api/quotes?attribution=attitude')).body.total).toBe(0)
    await expectBadRequest('/api/quotes?attribution=rumour', 'attribution must be one of')
  })

  it('should list actors', async () => {
    const { body } = await get(`/api/actors?story=${storyId}`)
    expect(body.items.map((a: any) => a.key)).toContain('odile-brask')
    await expectBadRequest('/api/actors?limit=501', '`limit`')
  })
})

describe('GET /api/search', () => {
  it('should find articles and give a snippet with match offsets', async () => {
    const { body } = await get('/api/search?q=automation')
    expect(body.total).toBe(2)
    const hit = body.items[0]
    const m = hit.matches[0]
    expect(hit.snippet.slice(m.start, m.end)).toBe('automation')
  })

  it('should require q and refuse a query without words', async () => {
    await expectBadRequest('/api/search', '`q`')
    await expectBadRequest('/api/search?q=%22%22', 'no words')
  })

  it('should treat FTS operators as plain words', async () => {
    const { status, body } = await get('/api/search?q=NEAR(a%20OR%20b)%20*%20-x')
    expect(status).toBe(200)
    expect(body.total).toBe(0)
  })
})

describe('errors, headers and the UI', () => {
  it('should answer unknown API paths with a 404 code', async () => {
    const { status, body } = await get('/api/nothing-here')
    expect(status).toBe(404)
    expect(body.error.code).toBe('not-found')
  })

  it('should map an unexpected failure to a 500 `internal` without details', async () => {
    store.close()
    const { status, body } = await get('/api/stories')
    expect(status).toBe(500)
    expect(body.error).toEqual({ code: 'internal', message: 'internal error; see the server log' })
    store = openStore({ path: ':memory:' })
  })

  it('should serve the UI with a content security policy that forbids inline scripts', async () => {
    const res = await app.request('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await res.text()).toContain('/ui/app.js')
    const js = await app.request('/ui/article-view.js')
    expect(js.headers.get('content-type')).toContain('javascript')
    expect((await app.request('/ui/..%2F..%2Fstore%2Fstore.ts')).status).toBe(404)
  })

  it('should never put article text into the UI with innerHTML', async () => {
    for (const file of ['app.js', 'views.js', 'dom.js', 'timeline.js', 'article-view.js']) {
      const text = await (await app.request(`/ui/${file}`)).text()
      expect(text, file).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/)
    }
  })
})
