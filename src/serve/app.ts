/**
 * @module serve
 * The HTTP API and the web UI over a store. `createApp(store)` returns a Hono app; tests call
 * `app.request('/api/...')` in process, `startServer` binds it to a port.
 *
 * @example
 * const app = createApp(openStore({ path: ':memory:' }))
 * const res = await app.request('/api/stories')
 */
import { Hono } from 'hono'
import { ParleyError } from '../errors.ts'
import type { Store } from '../store/index.ts'
import { buildStoryView } from '../track/index.ts'
import { errorResponse } from './errors.ts'
import { openApiDocument } from './openapi.ts'
import { parseQuery, schemas } from './params.ts'
import { serveUi } from './static-ui.ts'

// The UI builds its DOM with textContent; the policy is the second wall should that ever slip.
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
}

const notFound = (what: string, id: string) =>
  new ParleyError('not-found', `no ${what} with id ${JSON.stringify(id)}`)

export function createApp(store: Store): Hono {
  const app = new Hono()
  app.use(async (c, next) => {
    await next()
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.header(k, v)
  })
  app.onError(errorResponse)

  const api = new Hono()
  api.get('/health', (c) => c.json({ ok: true, stats: store.stats() }))
  api.get('/openapi.json', (c) => c.json(openApiDocument()))
  api.get('/stories', (c) => c.json(store.listStories(parseQuery(schemas.list, c.req.query()))))
  api.get('/stories/:id', (c) => {
    const { since } = parseQuery(schemas.story, c.req.query())
    const story = store.getStory(c.req.param('id'))
    if (!story) throw notFound('story', c.req.param('id'))
    return c.json(buildStoryView(story.header, story.articles, since ?? null))
  })
  api.get('/articles', (c) => c.json(store.listArticles(parseQuery(schemas.list, c.req.query()))))
  api.get('/articles/:id', (c) => {
    parseQuery(schemas.none, c.req.query())
    const article = store.getArticle(c.req.param('id'))
    if (!article) throw notFound('article', c.req.param('id'))
    return c.json(article)
  })
  api.get('/events', (c) => c.json(store.listEvents(parseQuery(schemas.events, c.req.query()))))
  api.get('/positions', (c) => c.json(store.listPositions(parseQuery(schemas.positions, c.req.query()))))
  api.get('/quotes', (c) => c.json(store.listQuotes(parseQuery(schemas.quotes, c.req.query()))))
  api.get('/actors', (c) => c.json(store.listActors(parseQuery(schemas.list, c.req.query()))))
  api.get('/search', (c) => {
    const { q, ...page } = parseQuery(schemas.search, c.req.query())
    return c.json(store.search(q, page))
  })
  api.all('*', (c) => {
    throw new ParleyError('not-found', `no API endpoint ${c.req.method} ${c.req.path}; see /api/openapi.json`)
  })
  app.route('/api', api)
  serveUi(app)
  return app
}
