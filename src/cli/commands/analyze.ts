/**
 * `parley analyze FILE` (report or `--json`) and `parley analyze --input IN.jsonl --output OUT.jsonl`.
 */
import type { Command } from 'commander'
import { ParleyError } from '../../errors.ts'
import { runBatch } from '../batch.ts'
import { loadPipeline } from '../lazy.ts'
import { addPipelineFlags, type PipelineFlags, pipelineOptions } from '../pipeline-flags.ts'
import { createProgress } from '../progress.ts'
import { readArticleFile } from '../read-input.ts'
import { renderReport } from '../report.ts'

interface AnalyzeFlags extends PipelineFlags {
  json?: boolean
  input?: string
  output?: string
  published?: string
  progress?: boolean
}

export function registerAnalyze(program: Command): void {
  addPipelineFlags(
    program
      .command('analyze')
      .description('analyse one article (a .txt, .html or .json file, or - for stdin), or a JSONL batch')
      .argument('[file]', 'article file; omit with --input')
      .option('--json', 'print the analysis object instead of the report')
      .option(
        '--input <in.jsonl>',
        'batch: one {"id", "text"|"html", "url"?, "published"?} per line (- for stdin)',
      )
      .option('--output <out.jsonl>', 'batch: where to write one analysis per line (- for stdout)')
      .option('--published <date>', 'publication date (ISO) for resolving "Tuesday"')
      .option('--no-progress', 'no progress bar, even on a terminal'),
  ).action(async (file: string | undefined, flags: AnalyzeFlags) => {
    process.exitCode = await analyzeCommand(file, flags)
  })
}

async function analyzeCommand(file: string | undefined, flags: AnalyzeFlags): Promise<number> {
  if (flags.input || flags.output) {
    if (!flags.input || !flags.output) {
      throw new ParleyError('bad-request', 'a batch needs both --input IN.jsonl and --output OUT.jsonl')
    }
    const { createAnalyzer } = await loadPipeline()
    const analyze = createAnalyzer(pipelineOptions(flags))
    const progress = createProgress(flags.progress !== false && flags.output !== '-', flags.input)
    const summary = await runBatch({
      input: flags.input,
      output: flags.output,
      analyze,
      onProgress: progress.update,
    })
    progress.stop()
    process.stderr.write(
      `parley: analysed ${summary.lines} lines, ${summary.failed} failed -> ${flags.output} (peak memory ${Math.round(process.resourceUsage().maxRSS / 1024)} MB)\n`,
    )
    return summary.lines > 0 && summary.failed === summary.lines ? 1 : 0
  }
  if (!file)
    throw new ParleyError('bad-request', 'name a file to analyse, or give --input and --output for a batch')
  const input = readArticleFile(file, flags.published ? { published: flags.published } : {})
  const { createAnalyzer } = await loadPipeline()
  const analysis = createAnalyzer(pipelineOptions(flags))(input)
  process.stdout.write(flags.json ? `${JSON.stringify(analysis, null, 2)}\n` : renderReport(analysis))
  return 0
}
