/**
 * Benchmark corpora: the development articles in ../shared (read by the bench, never shipped),
 * and synthetic lines of our own writing for the streaming run.
 */
import { readFileSync, writeFileSync } from 'node:fs'

export interface BenchArticle {
  readonly id: string
  readonly text: string
  readonly published?: string
}

const shared = new URL('../../shared/data/', import.meta.url)

function readJsonl(relative: string): BenchArticle[] {
  return readFileSync(new URL(relative, shared), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as BenchArticle)
}

/** PolNeAR dev (84 news articles, median ~4,000 characters) plus the negotiation articles. */
export function developmentArticles(): { name: string; articles: BenchArticle[] } {
  const articles = [
    ...readJsonl('quotes/polnear-dev.input.jsonl'),
    ...readJsonl('negotiation/input.jsonl'),
    ...readJsonl('negotiation/raw.input.jsonl'),
  ]
  return { name: '../shared/data quotes/polnear-dev + negotiation (gold and raw)', articles }
}

const PARTIES = [
  'the Northern Alliance',
  'the Harbour Union',
  'the Coastal League',
  'the River Council',
  'Velmora',
  'Ostrand',
]
const VERBS = ['said', 'insisted', 'warned', 'told reporters']
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']

/** Writes `lines` synthetic batch lines (fictional parties, ~350 characters each). */
export function writeSyntheticBatch(path: string, lines: number): void {
  const chunks: string[] = []
  for (let i = 0; i < lines; i++) {
    const a = PARTIES[i % PARTIES.length]!
    const b = PARTIES[(i + 2) % PARTIES.length]!
    const text =
      `A spokesman for ${a} ${VERBS[i % VERBS.length]} on ${DAYS[i % DAYS.length]} that ${b} must withdraw its forces before any talks. ` +
      `"We will not sign a deal that ignores our people," he said. ${b} rejected the demand and called on mediators to resume the talks in round ${i % 97}.`
    chunks.push(JSON.stringify({ id: `synthetic-${i}`, text, published: '2026-03-06' }))
    if (chunks.length === 10_000) {
      writeFileSync(path, `${chunks.join('\n')}\n`, { flag: i < 10_000 ? 'w' : 'a' })
      chunks.length = 0
    }
  }
  if (chunks.length > 0)
    writeFileSync(path, `${chunks.join('\n')}\n`, { flag: lines <= chunks.length ? 'w' : 'a' })
}
