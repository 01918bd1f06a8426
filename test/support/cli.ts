/** Runs the `parley` command as a user would, in a child process, and returns what it printed. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const root = new URL('../../', import.meta.url).pathname

export interface ParleyRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function parley(...args: string[]): ParleyRun {
  const run = spawnSync(process.execPath, [join(root, 'bin/parley.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
