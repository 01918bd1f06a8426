/**
 * `npm run bench`: speed on one core, with the corpus and the machine printed.
 * Flags: --quick (skip the 100,000-line streaming run), --stream-lines N, --only a,b
 * (sections: analysis, stream, extract, store).
 */

import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { benchAnalysis } from './analysis.ts'
import { benchStream } from './stream.ts'

const args = process.argv.slice(2)
const flag = (name: string) => args.includes(name)
const value = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const only = value('--only')?.split(',')
const wanted = (section: string) => !only || only.includes(section)

type Section = [string, () => Promise<string[]>]
const sections: Section[] = [['analysis', benchAnalysis]]
if (!flag('--quick')) sections.push(['stream', () => benchStream(Number(value('--stream-lines') ?? 100_000))])
// Sections owned by other modules load only when present.
for (const [name, file, fn] of [
  ['extract', './extract.ts', 'benchExtraction'],
  ['store', './store.ts', 'benchStore'],
] as const) {
  if (existsSync(new URL(file, import.meta.url))) {
    sections.push([name, async () => (await import(file))[fn]() as Promise<string[]>])
  }
}

const cpu = cpus()[0]
console.log(`Parley benchmark ${new Date().toISOString()}`)
console.log(
  `machine: ${cpu?.model ?? 'unknown CPU'} x${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; one core (single-threaded)`,
)
for (const [name, run] of sections) {
  if (!wanted(name)) continue
  console.log(`\n## ${name}`)
  for (const line of await run()) console.log(line)
}
console.log(`\npeak RSS of the bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`)
