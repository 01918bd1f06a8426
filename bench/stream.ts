/** The batch command on a long synthetic input, in a child process: throughput and peak memory. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeSyntheticBatch } from './corpus.ts'
import { fmt } from './stats.ts'

export async function benchStream(lines: number): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'))
  try {
    const input = join(dir, 'in.jsonl')
    writeSyntheticBatch(input, lines)
    const started = performance.now()
    const run = spawnSync(
      process.execPath,
      [
        new URL('../bin/parley.js', import.meta.url).pathname,
        'analyze',
        '--input',
        input,
        '--output',
        join(dir, 'out.jsonl'),
        '--no-progress',
      ],
      { encoding: 'utf8', env: { ...process.env, PARLEY_REPORT_MEMORY: '1' } },
    )
    const seconds = (performance.now() - started) / 1000
    const peak = /peak memory (\d+) MB/.exec(run.stderr)?.[1]
    if (run.status !== 0) return [`streaming batch FAILED (exit ${run.status}): ${run.stderr.slice(0, 500)}`]
    return [
      `streaming batch: ${lines} synthetic lines (~350 characters) in ${fmt(seconds)} s = ${fmt(lines / seconds)} lines/s, peak RSS ${peak ?? '?'} MB (limit 500 MB)`,
    ]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
