/**
 * @module cli
 * The `parley` command. Each subcommand lives in `commands/`; errors are printed here, once,
 * as `parley: <input>: <problem> [code]`, never as a bare stack trace.
 */
import { Command, CommanderError } from 'commander'
import { ParleyError } from '../errors.ts'
import { registerAnalyze } from './commands/analyze.ts'
import { registerDemo } from './commands/demo.ts'
import { registerExport } from './commands/export.ts'
import { registerIngest } from './commands/ingest.ts'
import { registerServe } from './commands/serve.ts'
import { registerStories } from './commands/stories.ts'
import { registerWatch } from './commands/watch.ts'

export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('parley')
    .description('Turns news into an evidence-backed map of a negotiation.')
    .exitOverride()
    .showHelpAfterError()
  registerAnalyze(program)
  registerServe(program)
  registerExport(program)
  registerStories(program)
  registerDemo(program)
  registerIngest(program)
  registerWatch(program)
  try {
    await program.parseAsync([...argv])
    return typeof process.exitCode === 'number' ? process.exitCode : 0
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode
    if (error instanceof ParleyError) {
      process.stderr.write(`parley: ${error.message} [${error.code}]\n`)
      return 2
    }
    process.stderr.write(`parley: internal error: ${(error as Error)?.stack ?? String(error)}\n`)
    return 70
  }
}
