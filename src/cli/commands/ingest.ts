/**
 * `parley ingest PATH|URL...`: files, folders and feed URLs into the store (SQLite by default,
 * `--db` or PARLEY_DB), each new version analysed. `--json` prints the normalised items of the
 * inputs instead, storing nothing. Problems are printed as `parley: <source>: <reason>`; a summary
 * closes the run.
 */

import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import type { RawItem } from '../../doc/raw-item.ts'
import { ParleyError } from '../../errors.ts'
import { loadIngest, loadPipeline, loadStore } from '../lazy.ts'
import { addPipelineFlags, type PipelineFlags, pipelineOptions } from '../pipeline-flags.ts'

interface IngestFlags extends PipelineFlags {
  json?: boolean
  db?: string
  analyze?: boolean
  progress?: boolean
}

export function registerIngest(program: Command): void {
  addPipelineFlags(
    program
      .command('ingest')
      .description(
        'take in feeds and wire files (RSS, Atom, JSON Feed, OPML, ninjs, NewsML, NITF, ANPA, IPTC 7901)',
      )
      .argument('<sources...>', 'files, folders or feed URLs')
      .option('--json', 'print the normalised items instead of storing them')
      .option('--db <path>', 'SQLite database (default: PARLEY_DB or ./parley.sqlite)')
      .option('--no-analyze', 'store the items without analysing them')
      .option('--no-progress', 'no progress bar, even on a terminal'),
  ).action(async (sources: string[], flags: IngestFlags) => {
    process.exitCode = await ingestCommand(sources, flags)
  })
}

async function printJson(sources: string[]): Promise<number> {
  const { listFiles, readSource } = await loadIngest()
  const items: RawItem[] = []
  let failed = 0
  for (const source of sources.flatMap((s) => (/^https?:/i.test(s) ? [s] : listFiles(s)))) {
    try {
      const doc = await readSource(source)
      items.push(...doc.items)
      for (const p of doc.problems) process.stderr.write(`parley: ${p.source}: ${p.reason}\n`)
    } catch (error) {
      failed++
      process.stderr.write(`parley: ${(error as Error).message}\n`)
    }
  }
  process.stdout.write(`${JSON.stringify(items, null, 2)}\n`)
  return failed > 0 && items.length === 0 ? 1 : 0
}

async function ingestCommand(sources: string[], flags: IngestFlags): Promise<number> {
  if (sources.length === 0) throw new ParleyError('bad-request', 'name at least one file, folder or URL')
  if (flags.json) return printJson(sources)
  const [{ ingestSources }, { createAnalyzer }, { openStore }] = await Promise.all([
    loadIngest(),
    loadPipeline(),
    loadStore(),
  ])
  const store = openStore(flags.db ? { path: flags.db } : {})
  const bar =
    flags.progress !== false && process.stderr.isTTY
      ? new cliProgress.SingleBar(
          {
            format: 'ingesting |{bar}| {value}/{total} documents | {items} items',
            stream: process.stderr,
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        )
      : null
  let items = 0
  try {
    const summary = await ingestSources(sources, {
      store,
      analyze: flags.analyze === false ? undefined : createAnalyzer(pipelineOptions(flags)),
      onItem: () => {
        items++
      },
      onDocument: (_source, done, total) => {
        if (!bar) return
        if (done === 0) bar.start(total, 0, { items })
        bar.setTotal(total)
        bar.update(done, { items })
      },
      onProblem: (p) => {
        if (bar) bar.stop()
        process.stderr.write(`parley: ${p.source}: ${p.reason}\n`)
      },
    })
    bar?.stop()
    process.stderr.write(
      `parley: ingested ${summary.documents} documents, ${summary.items} items: ${summary.new} new, ` +
        `${summary.newVersions} new versions, ${summary.duplicates} duplicates, ${summary.analysed} analysed, ` +
        `${summary.problems.length} problems\n`,
    )
    return summary.documents === 0 && summary.problems.length > 0 ? 1 : 0
  } finally {
    store.close()
  }
}
