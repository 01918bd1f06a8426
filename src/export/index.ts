/**
 * @module export
 * The store's events (PLOVER-like), positions, quotes and articles as JSON Lines or CSV.
 */
export { type CsvValue, csvField, csvRow } from './csv.ts'
export { type ExportFormat, type ExportOptions, exportTable, FORMATS } from './export-store.ts'
export { TABLES, type TableName } from './tables.ts'
