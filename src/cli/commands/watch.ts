/**
 * `parley watch feeds.opml|URL...`: polls the feeds (conditional GET, per-host gaps, backoff with
 * jitter, Retry-After) and ingests what changes, until Ctrl-C or `--polls N`. One line per poll.
 */
import { readFileSync } from 'node:fs'
import type { Command } from 'commander'
import { ParleyError } from '../../errors.ts'
import type { parseDocument as ParseDocument } from '../../ingest/index.ts'
import { loadIngest, loadPipeline, loadStore } from '../lazy.ts'
import { addPipelineFlags, type PipelineFlags, pipelineOptions } from '../pipeline-flags.ts'

interface WatchFlags extends PipelineFlags {
  db?: string
  interval?: string
  polls?: string
  analyze?: boolean
}

export function registerWatch(program: Command): void {
  addPipelineFlags(
    program
      .command('watch')
      .description('poll feeds (an OPML list or URLs) and ingest new items as they appear')
      .argument('<sources...>', 'an OPML file or feed URLs')
      .option('--db <path>', 'SQLite database (default: PARLEY_DB or ./parley.sqlite)')
      .option('--interval <seconds>', 'time between polls of one feed', '900')
      .option('--polls <n>', 'stop after this many polls in total')
      .option('--no-analyze', 'store the items without analysing them'),
  ).action(async (sources: string[], flags: WatchFlags) => {
    process.exitCode = await watchCommand(sources, flags)
  })
}

function feedUrls(sources: string[], parseDocument: typeof ParseDocument): string[] {
  const urls: string[] = []
  for (const source of sources) {
    if (/^https?:\/\//i.test(source)) urls.push(source)
    else {
      const doc = parseDocument(readFileSync(source), { source })
      if (doc.format !== 'opml')
        throw new ParleyError('bad-request', 'watch takes an OPML list or feed URLs', { input: source })
      urls.push(...doc.feeds)
    }
  }
  if (urls.length === 0) throw new ParleyError('bad-request', 'no feed URL to watch')
  return [...new Set(urls)]
}

async function watchCommand(sources: string[], flags: WatchFlags): Promise<number> {
  const [{ parseDocument, pollFeeds }, { createAnalyzer }, { openStore }] = await Promise.all([
    loadIngest(),
    loadPipeline(),
    loadStore(),
  ])
  const urls = feedUrls(sources, parseDocument)
  const store = openStore(flags.db ? { path: flags.db } : {})
  const controller = new AbortController()
  const stop = (): void => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    process.stderr.write(`parley: watching ${urls.length} feeds (Ctrl-C to stop)\n`)
    const summary = await pollFeeds(urls, {
      store,
      feedState: store,
      analyze: flags.analyze === false ? undefined : createAnalyzer(pipelineOptions(flags)),
      intervalMs: Number(flags.interval ?? 900) * 1000,
      ...(flags.polls ? { maxPolls: Number(flags.polls) } : {}),
      signal: controller.signal,
      onPoll: (e) =>
        process.stderr.write(
          `parley: ${e.url}: ${e.outcome}${e.items !== undefined ? ` (${e.items} items)` : ''}${e.error ? `: ${e.error}` : ''}; next ${e.nextPollAt}\n`,
        ),
    })
    process.stderr.write(
      `parley: ${summary.documents} feed updates, ${summary.items} items: ${summary.new} new, ${summary.newVersions} new versions, ` +
        `${summary.duplicates} duplicates, ${summary.analysed} analysed, ${summary.problems.length} problems\n`,
    )
    return 0
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
    store.close()
  }
}
