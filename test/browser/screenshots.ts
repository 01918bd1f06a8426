/**
 * Writes docs/story-view.png and docs/article-view.png from the fictional examples, analysed by
 * the current pipeline: `npx tsx test/browser/screenshots.ts`.
 */
import { loadExamples } from '../../src/cli/commands/demo.ts'
import { createAnalyzer } from '../../src/pipeline/index.ts'
import { startServer } from '../../src/serve/index.ts'
import { openStore } from '../../src/store/index.ts'
import { launchChromium } from './browser.ts'

const store = openStore({ path: ':memory:' })
loadExamples(store, createAnalyzer())
const story = [...store.listStories({ limit: 50 }).items].sort((a, b) => b.articles - a.articles)[0]!
const server = await startServer(store, { port: 0 })
const browser = await launchChromium()
try {
  const page = await browser.context.newPage()
  await page.setViewportSize({ width: 1280, height: 900 })
  await page.goto(`${server.url}#/story/${story.id}?since=2031-03-05`)
  await page.waitForSelector('section.panel')
  await page.screenshot({
    path: new URL('../../docs/story-view.png', import.meta.url).pathname,
    fullPage: true,
  })
  const target =
    (await page.locator('a.evidence-link').count()) > 0
      ? ((await page.locator('a.evidence-link').first().getAttribute('href')) ?? '')
      : `#/article/${store.listArticles({ story: story.id, limit: 1 }).items[0]!.id}`
  await page.goto(`${server.url}${target}`)
  await page.waitForSelector('.article-text')
  await page.screenshot({
    path: new URL('../../docs/article-view.png', import.meta.url).pathname,
    fullPage: true,
  })
  console.log(`wrote docs/story-view.png and docs/article-view.png (story ${story.id}, evidence ${target})`)
} finally {
  await browser.close()
  await server.close()
  store.close()
}
