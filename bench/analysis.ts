/** Articles per second per stage and in total, on one core, over the development articles. */
import { createAnalyzer } from '../src/pipeline/index.ts'
import { developmentArticles } from './corpus.ts'
import { fmt, median } from './stats.ts'

export async function benchAnalysis(): Promise<string[]> {
  const { name, articles } = developmentArticles()
  const stageMs = new Map<string, number>()
  const analyze = createAnalyzer({ timer: (stage, ms) => stageMs.set(stage, (stageMs.get(stage) ?? 0) + ms) })
  // Warm-up: one full pass (JIT, lazily built tables), not measured. A batch runs for long, so
  // the steady state is what counts; the first-article cost is the CLI's start-up.
  for (const a of articles) analyze({ ...a, id: `warm-${a.id}` })
  stageMs.clear()
  const perArticle: number[] = []
  const started = performance.now()
  const passes = 2
  for (let pass = 0; pass < passes; pass++) {
    for (const a of articles) {
      const t = performance.now()
      analyze(a)
      perArticle.push(performance.now() - t)
    }
  }
  const totalMs = (performance.now() - started) / passes
  const chars = articles.map((a) => a.text.length)
  const lines = [
    `corpus: ${name}: ${articles.length} articles, median ${median(chars)} characters`,
    `whole analysis: ${fmt((articles.length / totalMs) * 1000)} articles/s (median ${fmt(median(perArticle), 2)} ms per article)`,
  ]
  for (const [stage, ms] of stageMs) {
    lines.push(
      `  ${stage.padEnd(12)} ${fmt((articles.length * passes * 1000) / ms).padStart(9)} articles/s  (${fmt(ms / passes)} ms a pass)`,
    )
  }
  const actorsQuotes = (stageMs.get('actors') ?? 0) + (stageMs.get('quotes') ?? 0)
  if (actorsQuotes > 0) {
    lines.push(
      `  actors+quotes ${fmt((articles.length * passes * 1000) / actorsQuotes).padStart(8)} articles/s`,
    )
  }
  return lines
}
