/**
 * Golden pages: every folder under test/fixtures/extract/ holds `source.html` (read as bytes, so
 * charset detection runs), `expected.txt` (the body), `expected-metadata.json` (the fields it
 * names must match) and optionally `options.json` (the address the page was fetched from).
 * Run one with `npx vitest run src/extract/fixtures -t <slug>`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractArticle } from './extract-article.ts'

const ROOT = new URL('../../test/fixtures/extract/', import.meta.url)
const slugs = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort()

describe('golden extraction pages', () => {
  it('finds the fixture folders', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(5)
  })

  for (const slug of slugs) {
    it(slug, () => {
      const folder = new URL(`${slug}/`, ROOT)
      const source = new Uint8Array(readFileSync(new URL('source.html', folder)))
      const optionsFile = new URL('options.json', folder)
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : {}
      const result = extractArticle(source, options)
      const expectedText = readFileSync(new URL('expected.txt', folder), 'utf8').trim()
      expect(result.text).toBe(expectedText)
      const expectedMeta = JSON.parse(readFileSync(new URL('expected-metadata.json', folder), 'utf8'))
      for (const [key, value] of Object.entries(expectedMeta)) {
        expect({ [key]: result.meta[key as keyof typeof result.meta] }).toEqual({ [key]: value })
      }
    })
  }
})
