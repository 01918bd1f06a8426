import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/serve/index.ts'
import { openStore, type Store } from '../../src/store/index.ts'
import { negotiationArticles } from '../support/negotiation.ts'
import { launchChromium } from './browser.ts'

let store: Store
let server: RunningServer
let browser: Awaited<ReturnType<typeof launchChromium>>
let context: BrowserContext
let storyId: string
const articleIds: string[] = []

beforeAll(async () => {
  store = openStore({ path: ':memory:' })
  for (const a of negotiationArticles()) {
    const r = store.putArticle(a)
    storyId = r.storyId
    articleIds.push(r.articleId)
  }
  server = await startServer(store, { port: 0 })
  browser = await launchChromium()
  context = browser.context
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  store?.close()
})

async function open(hash: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
  const page = await context.newPage()
  const dialogs: string[] = []
  const errors: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(`${server.url}${hash}`)
  return { page, dialogs, errors }
}

describe('the web UI in Chromium', () => {
  it('should list the stories and open the story view with the parties side by side', async () => {
    const { page, errors } = await open('#/')
    await page.click('a.story-link')
    await page.waitForSelector('article.party')
    expect(page.url()).toContain(`#/story/${storyId}`)
    const guild = page.locator('article.party[data-party="tern-dockers-guild"]')
    await expect(guild.locator('h3').textContent()).resolves.toBe('Tern Dockers Guild')
    await expect(guild.locator(':scope > ul.positions .stance-conditional').count()).resolves.toBe(1)
    await expect(guild.locator('details.history li.position').count()).resolves.toBe(3)
    await expect(
      page.locator('article.party[data-party="saltmarsh-port-board"] .kind-offer').count(),
    ).resolves.toBe(1)
    await expect(page.locator('svg.timeline .event').count()).resolves.toBe(5)
    await expect(page.locator('.disconnects li').textContent()).resolves.toContain('crane automation')
    expect(errors).toEqual([])
    await page.close()
  })

  it('should follow a position to its evidence highlighted in the article view', async () => {
    const { page } = await open(`#/story/${storyId}`)
    const line = page.locator('article.party[data-party="tern-dockers-guild"] ul.positions > li.position', {
      has: page.locator('.stance-conditional'),
    })
    await line.locator('a.evidence-link').click()
    await page.waitForSelector('.hl-target')
    expect(page.url()).toContain(`#/article/${articleIds[2]}?mark=positions:0`)
    const target = (await page.locator('.hl-target').allTextContents()).join('')
    expect(target).toBe(
      'The Tern Dockers Guild accepted the Lantern Plan on condition that night shifts are paid double.',
    )
    await expect(page.locator('h1').textContent()).resolves.toBe('Guild accepts Lantern Plan')
    await page.close()
  })

  it('should show what changed since a chosen date', async () => {
    const { page } = await open(`#/story/${storyId}`)
    await page.fill('#since', '2031-03-02')
    await page.click('form.since button')
    await page.waitForSelector('li.change')
    const changes = await page.locator('li.change').allTextContents()
    expect(changes).toHaveLength(2)
    expect(changes[1]).toContain('reject')
    expect(changes[1]).toContain('conditional')
    await page.close()
  })

  it('should search across everything stored', async () => {
    const { page } = await open('#/')
    await page.fill('#search-input', 'automation')
    await page.press('#search-input', 'Enter')
    await page.waitForSelector('li.result')
    await expect(page.locator('li.result').count()).resolves.toBe(2)
    await expect(page.locator('li.result mark').first().textContent()).resolves.toBe('automation')
    await page.locator('a.result-link').first().click()
    await page.waitForSelector('.article-text')
    await page.close()
  })

  it('should show an article containing <script> as text, never run it', async () => {
    const { page, dialogs } = await open(`#/article/${articleIds[1]}`)
    await page.waitForSelector('.article-text')
    await expect(page.locator('h1').textContent()).resolves.toBe(
      'Board offers talks <script>alert(1)</script>',
    )
    await expect(page.locator('.article-text').textContent()).resolves.toContain(
      '<script>alert("x")</script>',
    )
    await expect(page.locator('main script').count()).resolves.toBe(0)
    await page.goto(`${server.url}#/search?q=script`)
    await page.waitForSelector('li.result')
    await expect(page.locator('main script').count()).resolves.toBe(0)
    expect(dialogs).toEqual([])
    await page.close()
  })
})
