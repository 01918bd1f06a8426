/**
 * Writes one table of the store as JSON Lines or CSV, a row at a time.
 *
 * @example
 * exportTable(store, { table: 'events', format: 'csv' }, (chunk) => out.write(chunk))
 */
import { ParleyError } from '../errors.ts'
import type { Filter, Store } from '../store/index.ts'
import { csvRow } from './csv.ts'
import { TABLES, type TableName, tables } from './tables.ts'

export const FORMATS = ['jsonl', 'csv'] as const
export type ExportFormat = (typeof FORMATS)[number]

export interface ExportOptions {
  readonly table: TableName
  readonly format: ExportFormat
  readonly filter?: Filter
}

/** Calls `write` with the header (CSV) and each row; returns the number of rows. */
export function exportTable(store: Store, options: ExportOptions, write: (chunk: string) => void): number {
  const table = tables[options.table]
  if (!table) {
    throw new ParleyError(
      'bad-request',
      `no table ${JSON.stringify(options.table)}; choose one of ${TABLES.join(', ')}`,
    )
  }
  if (!FORMATS.includes(options.format)) {
    throw new ParleyError('bad-request', `no format ${JSON.stringify(options.format)}; choose jsonl or csv`)
  }
  if (options.format === 'csv') write(csvRow(table.columns))
  let n = 0
  for (const row of table.rows(store, options.filter ?? {})) {
    write(options.format === 'csv' ? csvRow(table.columns.map((c) => row[c])) : `${JSON.stringify(row)}\n`)
    n++
  }
  return n
}
