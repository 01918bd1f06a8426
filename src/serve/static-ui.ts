/**
 * The web UI's files, served from `ui/` by a fixed list (no path from the URL reaches the file
 * system). Plain ES modules and CSS: no build step.
 */
import { readFileSync } from 'node:fs'
import type { Hono } from 'hono'

const FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'views.js': 'text/javascript; charset=utf-8',
  'dom.js': 'text/javascript; charset=utf-8',
  'timeline.js': 'text/javascript; charset=utf-8',
  'article-view.js': 'text/javascript; charset=utf-8',
  'style.css': 'text/css; charset=utf-8',
}

export function serveUi(app: Hono): void {
  const read = (name: string) => readFileSync(new URL(`./ui/${name}`, import.meta.url))
  app.get('/', (c) => c.body(read('index.html'), 200, { 'Content-Type': FILES['index.html']! }))
  app.get('/ui/:file', (c) => {
    const name = c.req.param('file')
    const type = FILES[name]
    if (!type) return c.json({ error: { code: 'not-found', message: `no UI file ${name}` } }, 404)
    return c.body(read(name), 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' })
  })
}
