/**
 * `npm run score`: runs Parley's batch over every development corpus in ../shared/data and each
 * scorer over the output, then prints the scorers' summary lines. Flags: --only a,b
 * (negotiation, quotes, events-plover, events-petrarch, actors-ngec, extraction), --out DIR.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../', import.meta.url).pathname
const shared = join(root, '../shared')
const args = process.argv.slice(2)
const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined)
const only = at('--only')?.split(',')
const out = at('--out') ?? '/tmp/parley-score'
mkdirSync(out, { recursive: true })

const SETS: ReadonlyArray<[string, string, string, string]> = [
  ['negotiation', 'negotiation/input.jsonl', 'negotiation/gold.jsonl', 'score-negotiation.mjs'],
  ['quotes', 'quotes/polnear-dev.input.jsonl', 'quotes/polnear-dev.jsonl', 'score-quotes.mjs'],
  [
    'events-plover',
    'events/plover_gsr_cameo.input.jsonl',
    'events/plover_gsr_cameo.jsonl',
    'score-events.mjs',
  ],
  [
    'events-petrarch',
    'events/petrarch_gsr_validation.input.jsonl',
    'events/petrarch_gsr_validation.jsonl',
    'score-events.mjs',
  ],
  [
    'actors-ngec',
    'events/ngec_actor_resolution_tests.input.jsonl',
    'events/ngec_actor_resolution_tests.jsonl',
    'score-events.mjs',
  ],
  ['extraction', 'extraction/input.jsonl', 'extraction/ground-truth.json', 'score-extraction.mjs'],
]

for (const [name, input, gold, scorer] of SETS) {
  if (only && !only.includes(name)) continue
  const pred = join(out, `${name}.out.jsonl`)
  const run = spawnSync(
    process.execPath,
    [
      join(root, 'bin/parley.js'),
      'analyze',
      '--input',
      join(shared, 'data', input),
      '--output',
      pred,
      '--no-progress',
    ],
    { encoding: 'utf8' },
  )
  if (run.status !== 0) {
    console.log(`${name}: batch failed (exit ${run.status}): ${run.stderr.trim().slice(0, 300)}`)
    continue
  }
  const score = spawnSync(
    process.execPath,
    [join(shared, 'score', scorer), join(shared, 'data', gold), pred],
    {
      encoding: 'utf8',
    },
  )
  const summary = score.stdout.trim().split('\n').pop()
  console.log(`${name.padEnd(16)} ${summary}`)
}
