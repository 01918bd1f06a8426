/**
 * `--attitudes`: beliefs and intentions reported as quotes marked `attribution: "attitude"`, only
 * when asked for; a bad mode is a clear error before anything is analysed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parley } from '../support/cli.ts'

const dir = mkdtempSync(join(tmpdir(), 'parley-attitudes-'))

const text =
  'Mayor Lena Ortiz said on Monday that the bridge would reopen in May. Ortiz believes that the council will approve the budget.\n'
const file = join(dir, 'bridge.txt')
writeFileSync(file, text)

const quotesOf = (stdout: string) =>
  (JSON.parse(stdout) as { quotes: Array<{ attribution: string; spans: Array<{ start: number }> }> }).quotes

describe('parley analyze --attitudes', () => {
  it('should report speech only by default, every quote marked speech', () => {
    const run = parley('analyze', file, '--json')
    expect(run.code).toBe(0)
    const quotes = quotesOf(run.stdout)
    expect(quotes.length).toBeGreaterThan(0)
    expect(quotes.every((q) => q.attribution === 'speech')).toBe(true)
    expect(quotes.some((q) => q.spans[0]!.start > text.indexOf('believes'))).toBe(false)
  })

  it('should add the belief marked as an attitude, and list it apart in the report', () => {
    const quotes = quotesOf(parley('analyze', file, '--json', '--attitudes', 'precise').stdout)
    const belief = quotes.find((q) => q.attribution === 'attitude')
    expect(belief?.spans[0]?.start).toBe(text.indexOf('that the council'))
    expect(quotes.filter((q) => q.attribution === 'speech')).toEqual(
      quotesOf(parley('analyze', file, '--json').stdout),
    )
    const report = parley('analyze', file, '--attitudes', 'precise').stdout
    expect(report).toMatch(
      /## Beliefs and intentions \(not said\)\n- Lena Ortiz\n {2}- indirect: "that the council will approve/,
    )
  })

  it('should apply to a batch too', () => {
    const input = join(dir, 'in.jsonl')
    const output = join(dir, 'out.jsonl')
    writeFileSync(input, `${JSON.stringify({ id: 'b1', text })}\n`)
    const run = parley(
      'analyze',
      '--input',
      input,
      '--output',
      output,
      '--no-progress',
      '--attitudes',
      'broad',
    )
    expect(run.code).toBe(0)
    const line = JSON.parse(readFileSync(output, 'utf8').trim())
    expect(line.quotes.map((q: { attribution: string }) => q.attribution)).toContain('attitude')
  })

  it('should refuse an unknown mode and name the accepted ones', () => {
    const run = parley('analyze', file, '--attitudes', 'sometimes')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--attitudes "sometimes": expected one of off, precise, broad')
    expect(run.stderr).toContain('[bad-request]')
    expect(run.stdout).toBe('')
  })

  it('should be offered by ingest and watch as well', () => {
    for (const command of ['ingest', 'watch'])
      expect(parley(command, '--help').stdout).toContain('--attitudes <mode>')
  })
})
