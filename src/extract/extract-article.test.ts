import { describe, expect, it } from 'vitest'
import { ParleyError } from '../errors.ts'
import { extractArticle, MAX_HTML_BYTES } from './extract-article.ts'

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story says that the negotiators met again, that they talked for hours, and that they will meet next week.</p>`

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof ParleyError ? error.code : 'not a ParleyError'
  }
  return undefined
}

describe('extractArticle', () => {
  it('keeps the body paragraphs and drops navigation, share bars and footers', () => {
    const html = page(
      `<nav><a href="/">Home</a></nav><div class="share"><a href="#">Share</a></div>
       <div class="story-body">${paragraph(1)}${paragraph(2)}${paragraph(3)}</div><footer>Contact us</footer>`,
    )
    const { text } = extractArticle(html)
    expect(text.split('\n\n')).toHaveLength(3)
    expect(text).toContain('Paragraph 2 of the story')
    expect(text).not.toMatch(/Home|Share|Contact/)
  })

  it('separates paragraphs with a blank line and keeps <br> as a line break', () => {
    const { text } = extractArticle(
      page(
        `<article>${paragraph(1)}<p>First line<br>second line of a longer paragraph, with commas, here.</p>${paragraph(2)}</article>`,
      ),
    )
    expect(text).toContain('\n\nFirst line\nsecond line')
  })

  it('drops the headline and byline repeated at the top of the body', () => {
    const html = page(
      `<article><h1>Talks resume in the capital</h1><p>By Jane Roe</p>${paragraph(1)}${paragraph(2)}</article>`,
      '<meta property="og:title" content="Talks resume in the capital">',
    )
    const { text, meta } = extractArticle(html)
    expect(meta.title).toBe('Talks resume in the capital')
    expect(text.startsWith('Paragraph 1')).toBe(true)
  })

  it('reads the canonical URL relative to the page address', () => {
    const html = page(`<article>${paragraph(1)}</article>`, '<link rel="canonical" href="/a/b">')
    expect(extractArticle(html, { url: 'https://news.example/x?y=1' }).meta.url).toBe(
      'https://news.example/a/b',
    )
  })

  it('marks agency copy from a dateline credit', () => {
    const html = page(
      `<article><p>LONDON (Reuters) - Ministers met on Monday, officials said, and talks will go on next week.</p>${paragraph(2)}</article>`,
    )
    expect(extractArticle(html).meta.provenance).toEqual({ syndicated: true, agency: 'Reuters' })
  })

  it('falls back to the JSON-LD articleBody when the markup has no text', () => {
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'H',
      articleBody: `${'Word '.repeat(60)}end.\nSecond paragraph here.`,
    })
    const { text, messages } = extractArticle(
      page('<div id="app"></div>', `<script type="application/ld+json">${ld}</script>`),
    )
    expect(text.split('\n\n')).toHaveLength(2)
    expect(messages.map((m) => m.rule)).toContain('json-ld-body')
  })

  it('takes the JSON-LD articleBody when the markup says other things', () => {
    const story = Array.from(
      { length: 12 },
      (_, i) => `Sentence ${i} about the harbour agreement and its terms.`,
    ).join(' ')
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: story })
    const other = Array.from(
      { length: 9 },
      (_, i) => `<p>Unrelated note ${i}, with words about gardening, recipes, and weather today.</p>`,
    ).join('')
    const { text, messages } = extractArticle(
      page(`<div>${other}</div>`, `<script type="application/ld+json">${ld}</script>`),
    )
    expect(text).toBe(story)
    expect(messages.map((m) => m.reason).join()).toMatch(/disagree/)
  })
})

describe('extractArticle choosing the story', () => {
  it('never takes a longer comment thread for the article', () => {
    const comments = Array.from(
      { length: 8 },
      (_, i) =>
        `<div class="c"><p>Reader ${i} writes that the deal, as reported, is a good one, and that it will last, or not.</p></div>`,
    ).join('')
    const html = page(
      `<div class="wrap"><div class="post">${paragraph(1)}${paragraph(2)}</div><div id="comments">${comments}</div></div>`,
    )
    const { text } = extractArticle(html)
    expect(text).toContain('Paragraph 2')
    expect(text).not.toContain('Reader')
  })

  it('keeps a body split into blocks with furniture-like names rather than lose it all', () => {
    const block = (a: number, b: number) => `<div class="promo">${paragraph(a)}${paragraph(b)}</div>`
    const html = page(`<article>${block(1, 2)}${block(3, 4)}${block(5, 6)}</article>`)
    expect(extractArticle(html).text.split('\n\n')).toHaveLength(6)
  })
})

describe('extractArticle on bad pages', () => {
  it('refuses an empty page', () => {
    expect(codeOf(() => extractArticle(''))).toBe('input-empty')
    expect(codeOf(() => extractArticle(new Uint8Array()))).toBe('input-empty')
  })

  it('refuses binary data', () => {
    expect(codeOf(() => extractArticle(new Uint8Array([0, 1, 2, 3, 0, 0, 5, 6, 7, 8, 0, 0, 1])))).toBe(
      'input-binary',
    )
  })

  it('refuses a page over the size limit without parsing it', () => {
    const huge = new Uint8Array(MAX_HTML_BYTES + 1).fill(0x61)
    expect(codeOf(() => extractArticle(huge))).toBe('input-too-large')
  })

  it('refuses absurdly deep nesting quickly instead of hanging', () => {
    const started = performance.now()
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>x</p>${'</div>'.repeat(50_000)}</body></html>`
    expect(codeOf(() => extractArticle(html))).toBe('html-invalid')
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('gives an empty body with a message for a script-only page', () => {
    const result = extractArticle(page('<script>document.write("hello")</script>'))
    expect(result.text).toBe('')
    expect(result.messages.map((m) => m.rule)).toContain('no-text')
  })

  it('reads plain text that is not HTML at all', () => {
    expect(extractArticle('A plain sentence without any markup, written as text.').text).toBe(
      'A plain sentence without any markup, written as text.',
    )
  })

  it('never fetches: no network call even with external resources in the page', () => {
    const original = globalThis.fetch
    let calls = 0
    globalThis.fetch = (() => {
      calls++
      throw new Error('no fetching')
    }) as typeof fetch
    try {
      extractArticle(
        page(
          `<img src="https://img.example/a.jpg"><iframe src="https://x.example"></iframe><article>${paragraph(1)}</article>`,
          '<link rel="stylesheet" href="https://x.example/a.css">',
        ),
      )
    } finally {
      globalThis.fetch = original
    }
    expect(calls).toBe(0)
  })
})
