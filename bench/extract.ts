/**
 * Extraction speed: Parley's `extractFromDocument` and Mozilla Readability on the same pages,
 * each given its own fresh linkedom DOM of the page (both modify the tree), timed side by side in
 * one run on one core. Parsing is outside both timings.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { extractFromDocument } from '../src/extract/index.ts'
import { fmt, median, percentile } from './stats.ts'

const PAGES = new URL('../../shared/data/extraction/html/', import.meta.url)
const ROUNDS = 3

export async function benchExtraction(): Promise<string[]> {
  if (!existsSync(PAGES)) return [`no pages at ${PAGES.pathname}; skipped`]
  const files = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
  const pages = files.map((f) => readFileSync(new URL(f, PAGES), 'utf8'))
  const parse = (html: string) => parseHTML(html).document as unknown as Document

  // Warm both code paths so the first pages do not carry JIT compilation.
  for (const html of pages.slice(0, 10)) {
    extractFromDocument(parse(html))
    new Readability(parse(html)).parse()
  }
  const parley: number[][] = pages.map(() => [])
  const readability: number[][] = pages.map(() => [])
  for (let round = 0; round < ROUNDS; round++) {
    pages.forEach((html, i) => {
      const mine = parse(html)
      const theirs = parse(html)
      // Alternate which runs first so neither always meets a warmer cache.
      const order = (round + i) % 2 === 0
      const t = (fn: () => void) => {
        const start = performance.now()
        fn()
        return performance.now() - start
      }
      if (order) {
        parley[i]!.push(t(() => extractFromDocument(mine)))
        readability[i]!.push(t(() => new Readability(theirs).parse()))
      } else {
        readability[i]!.push(t(() => new Readability(theirs).parse()))
        parley[i]!.push(t(() => extractFromDocument(mine)))
      }
    })
  }
  const perPageParley = parley.map(median)
  const perPageReadability = readability.map(median)
  const mp = median(perPageParley)
  const mr = median(perPageReadability)
  const totalBytes = pages.reduce((sum, p) => sum + p.length, 0)
  return [
    `pages: ${pages.length} (${fmt(totalBytes / 2 ** 20)} MB of HTML), ${ROUNDS} rounds, per-page median of rounds; linkedom DOM, parse not timed`,
    `parley extractFromDocument: median ${fmt(mp, 2)} ms/page, p95 ${fmt(percentile(perPageParley, 0.95), 2)} ms`,
    `@mozilla/readability parse: median ${fmt(mr, 2)} ms/page, p95 ${fmt(percentile(perPageReadability, 0.95), 2)} ms`,
    `ratio parley/readability (median): ${fmt(mp / mr, 2)} (${mp <= mr ? 'parley is as fast or faster' : 'PARLEY IS SLOWER'})`,
  ]
}
