/**
 * `parley export`: a table of the store (events, positions, quotes, articles) as JSON Lines or CSV.
 */
import { createWriteStream } from 'node:fs'
import type { Command } from 'commander'
import { ParleyError } from '../../errors.ts'
import { type ExportFormat, exportTable, FORMATS, TABLES, type TableName } from '../../export/index.ts'
import { loadStore } from '../lazy.ts'

interface ExportFlags {
  db?: string
  table: string
  format?: string
  output: string
  story?: string
  party?: string
  from?: string
  to?: string
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export events (PLOVER-like), positions, quotes or articles as JSON Lines or CSV')
    .option('--db <file>', 'SQLite store (default: $PARLEY_DB or ./parley.sqlite)')
    .option('--table <name>', `one of ${TABLES.join(', ')}`, 'events')
    .option('--format <f>', 'jsonl or csv (default: from the output file name, else jsonl)')
    .option('--output <file>', 'where to write (- for stdout)', '-')
    .option('--story <id>', 'only this story')
    .option('--party <key>', 'only rows involving this actor key')
    .option('--from <date>', 'first date (YYYY-MM-DD)')
    .option('--to <date>', 'last date (YYYY-MM-DD)')
    .action(async (flags: ExportFlags) => {
      const format = (flags.format ?? (flags.output.endsWith('.csv') ? 'csv' : 'jsonl')) as ExportFormat
      if (!FORMATS.includes(format))
        throw new ParleyError('bad-request', `--format ${format}: choose jsonl or csv`)
      if (!TABLES.includes(flags.table as TableName)) {
        throw new ParleyError('bad-request', `--table ${flags.table}: choose one of ${TABLES.join(', ')}`)
      }
      for (const d of [flags.from, flags.to]) {
        if (d && !/^\d{4}-\d{2}-\d{2}$/.test(d))
          throw new ParleyError('bad-request', `${d}: expected a date as YYYY-MM-DD`)
      }
      const { openStore } = await loadStore()
      const store = openStore(flags.db ? { path: flags.db } : {})
      const file = flags.output === '-' ? null : createWriteStream(flags.output)
      const out = file ?? process.stdout
      try {
        const filter = {
          ...(flags.story ? { story: flags.story } : {}),
          ...(flags.party ? { party: flags.party } : {}),
          ...(flags.from ? { from: flags.from } : {}),
          ...(flags.to ? { to: flags.to } : {}),
        }
        const n = exportTable(store, { table: flags.table as TableName, format, filter }, (chunk) =>
          out.write(chunk),
        )
        if (file) await new Promise<void>((done) => file.end(() => done()))
        process.stderr.write(`parley: exported ${n} ${flags.table} rows as ${format} -> ${flags.output}\n`)
      } finally {
        store.close()
      }
    })
}
