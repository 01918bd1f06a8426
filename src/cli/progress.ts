/** A progress bar on stderr when it is a terminal; silent otherwise (CI logs, pipes). */
import { statSync } from 'node:fs'
import cliProgress from 'cli-progress'

export interface Progress {
  readonly update: (done: number, bytesRead: number) => void
  readonly stop: () => void
}

export function createProgress(enabled: boolean, inputPath: string): Progress {
  if (!enabled || !process.stderr.isTTY) return { update: () => {}, stop: () => {} }
  let total = 0
  try {
    total = inputPath === '-' ? 0 : statSync(inputPath).size
  } catch {
    total = 0
  }
  const bar = new cliProgress.SingleBar(
    {
      format: 'analysing |{bar}| {percentage}% | {lines} lines | {rate} lines/s',
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  bar.start(Math.max(total, 1), 0, { lines: 0, rate: 0 })
  return {
    update: (done, bytesRead) => {
      const seconds = (Date.now() - started) / 1000
      bar.update(Math.min(bytesRead, total || bytesRead), {
        lines: done,
        rate: seconds > 0 ? Math.round(done / seconds) : 0,
      })
    },
    stop: () => bar.stop(),
  }
}
