/**
 * Store benchmark: 10,000 analysed articles (synthetic negotiations written from the patterns of
 * the shipped examples; nothing from ../shared) into a fresh SQLite file; inserts per second,
 * story-view and search latency (median, p95), database size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openStore } from '../src/store/index.ts'
import { buildStoryView } from '../src/track/index.ts'
import { prng, syntheticArticles } from '../test/support/synthetic.ts'

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
}
const ms = (v: number) => `${v.toFixed(2)} ms`

export async function benchStore(
  count = Number(process.env.PARLEY_BENCH_ARTICLES ?? 10_000),
): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-store-'))
  const path = join(dir, 'bench.sqlite')
  try {
    const articles = syntheticArticles(count, { perStory: 20 })
    const store = openStore({ path })
    // First 1,000 one transaction each (a live feed), the rest in batches of 100 (a bulk load).
    const single = Math.min(1000, Math.floor(count / 10))
    const cpu = process.cpuUsage()
    let started = performance.now()
    for (const a of articles.slice(0, single)) store.putArticle(a)
    const singleSeconds = (performance.now() - started) / 1000
    started = performance.now()
    for (let i = single; i < count; i += 100) {
      store.batch(() => {
        for (const a of articles.slice(i, Math.min(count, i + 100))) store.putArticle(a)
      })
    }
    const batchSeconds = (performance.now() - started) / 1000
    const used = process.cpuUsage(cpu)
    const cpuPerArticle = (used.user + used.system) / 1000 / count
    started = performance.now()
    for (const a of articles.slice(0, 1000)) store.putArticle(a)
    const repeatSeconds = (performance.now() - started) / 1000
    const stats = store.stats()

    const stories = store.listStories({ limit: 500 }).items.map((s) => s.id)
    const r = prng(11)
    const viewTimes: number[] = []
    for (let i = 0; i < 200; i++) {
      const id = stories[Math.floor(r() * stories.length)]!
      const t = performance.now()
      const story = store.getStory(id)!
      buildStoryView(story.header, story.articles, '2030-02-01')
      viewTimes.push(performance.now() - t)
    }
    // Selective searches (a topic, a phrase, a party name) and one word that is in every article.
    const topics = [
      'harbour',
      'pension',
      'ferry',
      '"joint session"',
      '"rejected the"',
      articles[5]!.actors[0]!.name,
    ]
    const timeSearches = (queries: readonly string[]) => {
      const times: number[] = []
      for (let i = 0; i < 200; i++) {
        const t = performance.now()
        store.search(queries[i % queries.length]!, { limit: 20 })
        times.push(performance.now() - t)
      }
      return times.sort((a, b) => a - b)
    }
    const searchTimes = timeSearches(topics)
    const commonTimes = timeSearches(['percent'])
    store.close()
    viewTimes.sort((a, b) => a - b)
    const size = ['', '-wal', '-shm'].reduce((s, ext) => {
      try {
        return s + statSync(path + ext).size
      } catch {
        return s
      }
    }, 0)
    return [
      `articles: ${count} synthetic analysed articles (${(articles.reduce((s, a) => s + a.article.text.length, 0) / count).toFixed(0)} chars, ${(articles.reduce((s, a) => s + a.events.length + a.positions.length + a.quotes.length, 0) / count).toFixed(1)} events+positions+quotes each)`,
      `inserts, one transaction each: ${(single / singleSeconds).toFixed(0)} articles/s (${single} articles; fingerprints, story placement, FTS, derived rows)`,
      `inserts, batches of 100: ${((count - single) / batchSeconds).toFixed(0)} articles/s (${count - single} articles, ${batchSeconds.toFixed(1)} s)`,
      `CPU time per stored article: ${ms(cpuPerArticle)} (wall-clock rates above depend on the machine's load)`,
      `re-ingest of 1,000 already stored: ${(1000 / repeatSeconds).toFixed(0)} articles/s; store holds ${stats.articles} articles, ${stats.publications} publications, ${stats.stories} stories`,
      `story view (getStory + buildStoryView, ~20 articles): median ${ms(quantile(viewTimes, 0.5))}, p95 ${ms(quantile(viewTimes, 0.95))} over 200`,
      `search (FTS5, bm25, top 20 with snippets): median ${ms(quantile(searchTimes, 0.5))}, p95 ${ms(quantile(searchTimes, 0.95))} over 200 selective queries; a word in every article: median ${ms(quantile(commonTimes, 0.5))}, p95 ${ms(quantile(commonTimes, 0.95))}`,
      `machine load average during the run: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
      `database size: ${(size / 2 ** 20).toFixed(1)} MiB (${(size / count / 1024).toFixed(1)} KiB per article, WAL included)`,
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

// `npx tsx bench/store.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchStore()) console.log(line)
}
