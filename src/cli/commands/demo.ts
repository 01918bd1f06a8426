/**
 * `parley demo` (what `npm start` runs): analyses the fictional example stories in `examples/`
 * into a local SQLite file and serves the UI on 127.0.0.1, printing the address.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import type { Analysis } from '../../analysis/index.ts'
import { ParleyError } from '../../errors.ts'
import type { AnalysisInput } from '../../pipeline/index.ts'
import type { Store } from '../../store/index.ts'
import { loadPipeline, loadServe, loadStore } from '../lazy.ts'
import { closeOnSignal, parsePort } from './serve.ts'

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url))

interface ExampleFile {
  id: string
  title: string
  publisher: string
  url: string
  published: string
  text: string
}

function exampleFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
}

/** Analyses every example into the store; returns per-status counts. */
export function loadExamples(
  store: Store,
  analyze: (input: AnalysisInput) => Analysis,
  dir = EXAMPLES,
): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const file of exampleFiles(dir)) {
    let ex: ExampleFile
    try {
      ex = JSON.parse(readFileSync(file, 'utf8')) as ExampleFile
    } catch (error) {
      throw new ParleyError('input-json', `not JSON: ${(error as Error).message}`, { input: file })
    }
    const analysis = analyze({ id: ex.id, text: ex.text, published: ex.published, title: ex.title })
    const result = store.putArticle(
      { ...analysis, article: { ...analysis.article, publisher: ex.publisher, url: ex.url } },
      {
        publisher: ex.publisher,
        url: ex.url,
        published: ex.published,
        source: relative(process.cwd(), file),
      },
    )
    counts[result.status] = (counts[result.status] ?? 0) + 1
  }
  return counts
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('analyse the fictional example stories into a local store and serve the UI')
    .option('--db <file>', 'SQLite store to fill', 'parley-demo.sqlite')
    .option('--port <n>', 'port (the next free one if taken)', '8787')
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--no-serve', 'only fill the store')
    .action(async (flags: { db: string; port: string; host: string; serve: boolean }) => {
      const [{ openStore }, { createAnalyzer }] = await Promise.all([loadStore(), loadPipeline()])
      const store = openStore({ path: flags.db })
      const started = performance.now()
      const counts = loadExamples(store, createAnalyzer())
      const stats = store.stats()
      process.stderr.write(
        `parley: analysed the examples into ${flags.db} in ${((performance.now() - started) / 1000).toFixed(1)} s (${Object.entries(
          counts,
        )
          .map(([k, v]) => `${v} ${k}`)
          .join(
            ', ',
          )}); the store holds ${stats.articles} articles, ${stats.publications} publications, ${stats.stories} stories\n`,
      )
      if (!flags.serve) {
        store.close()
        return
      }
      const { startServer } = await loadServe()
      const server = await startServer(store, {
        host: flags.host,
        port: parsePort(flags.port),
        fallback: true,
      })
      process.stdout.write(`Parley demo: open ${server.url}  (Ctrl-C stops)\n`)
      await closeOnSignal(async () => {
        await server.close()
        store.close()
      })
    })
}
