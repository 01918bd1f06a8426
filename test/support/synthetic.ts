/**
 * Synthetic analysed articles for volume tests and the store benchmark: invented negotiations
 * between invented parties, written from the sentence patterns of the shipped examples, with a
 * seeded generator so runs repeat. Each negotiation runs over consecutive days.
 */
import type { Analysis } from '../../src/analysis/index.ts'
import { buildAnalysis, type SentenceSpec } from './build-analysis.ts'

/** Mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES =
  'ka lo mer vin dra sel tor ba quin fen hal rua zer mo pet lan gri os va nel cor tum ish ad'.split(' ')
const NOUNS =
  'harbour grain pension river border ferry tariff wage shift crane canal quota fishery mine rail water permit levy'.split(
    ' ',
  )
const WORDS =
  'amber quiet northern formal early narrow partial careful steady brief renewed second final joint public private written verbal'.split(
    ' ',
  )

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)]!
}

function name(r: () => number, parts: number): string {
  let s = ''
  for (let i = 0; i < parts; i++) s += pick(r, SYLLABLES)
  return s[0]!.toUpperCase() + s.slice(1)
}

/** `count` analysed articles: `perStory` consecutive days for each invented negotiation. */
export function syntheticArticles(
  count: number,
  options: { perStory?: number; seed?: number } = {},
): Analysis[] {
  const perStory = options.perStory ?? 20
  const r = prng(options.seed ?? 7)
  const out: Analysis[] = []
  let story = 0
  while (out.length < count) {
    const a = `${name(r, 3)} ${pick(r, ['Union', 'Council', 'League', 'Board', 'Front'])}`
    const b = `${name(r, 2)} ${pick(r, ['Authority', 'Ministry', 'Company', 'Assembly', 'Alliance'])}`
    const m = `${name(r, 2)} ${name(r, 3)}`
    const plan = `${name(r, 3)} Plan`
    const topic = pick(r, NOUNS)
    const actors = [
      { id: 'a', name: a },
      { id: 'b', name: b },
      { id: 'm', name: m, kind: 'person' as const },
    ]
    const start = Date.UTC(2030, 0, 1) + story * 3 * 86_400_000
    for (let day = 0; day < perStory && out.length < count; day++) {
      const n = out.length
      const pct = 2 + Math.floor(r() * 15)
      const w = () => pick(r, WORDS)
      const sentences: SentenceSpec[] = [
        {
          text: `The [[a|${a}]] demanded a ${pct} percent ${topic} increase from the [[b|${b}]] in ${w()} talks, item ${n}.`,
          position: {
            kind: 'demand',
            holder: 'a',
            addressee: 'b',
            content: `${pct} percent ${topic} increase`,
          },
          event: { type: 'REQUEST', source: 'a', target: 'b' },
        },
        {
          text: `The [[b|${b}]] ${r() < 0.5 ? 'rejected' : 'accepted'} the ${plan} after a ${w()} ${w()} session with mediator [[m|${m}]].`,
          position: {
            kind: 'stance',
            holder: 'b',
            content: plan,
            proposal: 'p',
            stance: r() < 0.5 ? 'reject' : 'accept',
          },
          event: { type: r() < 0.5 ? 'REJECT' : 'AGREE', source: 'b', target: 'm' },
        },
        {
          text: `“We need a ${w()} answer on the ${topic} question by day ${day + 1},” said [[m|${m}]].`,
          quote: { speaker: 'm' },
        },
        {
          text: `Observers called the ${w()} ${topic} dispute ${w()} and ${w()}, with ${Math.floor(r() * 900)} workers waiting.`,
        },
      ]
      out.push(
        buildAnalysis({
          id: `syn-${n}`,
          title: `${a} and ${b}: day ${day + 1} of the ${topic} talks`,
          published: new Date(start + day * 86_400_000).toISOString().slice(0, 10),
          publisher: pick(r, ['Gull Times', 'Harbour Ledger', 'Tern Courier']),
          url: `https://example.test/syn/${n}`,
          actors,
          proposals: [{ id: 'p', name: plan, sponsor: 'm' }],
          sentences,
        }),
      )
    }
    story++
  }
  return out
}
