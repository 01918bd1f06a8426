/**
 * The batch command of `CONTRACT.md`: JSONL in, one analysis (or error) line out per input
 * line, in order. Streams both files, so memory stays flat however long the input is.
 */

import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { createInterface } from 'node:readline'
import type { Writable } from 'node:stream'
import type { Analysis } from '../analysis/index.ts'
import { ParleyError, toErrorInfo } from '../errors.ts'
import type { AnalysisInput } from '../pipeline/index.ts'
import { MAX_FILE_BYTES } from './read-input.ts'

export interface BatchOptions {
  readonly input: string
  readonly output: string
  readonly analyze: (input: AnalysisInput) => Analysis
  /** Called after each line with the count done and bytes read so far. */
  readonly onProgress?: (done: number, bytesRead: number) => void
}

export interface BatchSummary {
  readonly lines: number
  readonly failed: number
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const source = options.input === '-' ? process.stdin : createReadStream(options.input)
  const opened = new Promise<void>((resolve, reject) => {
    if (options.input === '-') resolve()
    source.once('open', () => resolve())
    source.once('error', (error: Error) =>
      reject(
        new ParleyError('input-missing', 'cannot be read; check the path', {
          input: options.input,
          cause: error,
        }),
      ),
    )
  })
  await opened
  const sink: Writable = options.output === '-' ? process.stdout : createWriteStream(options.output)
  const lines = createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY })
  let count = 0
  let failed = 0
  let bytesRead = 0
  for await (const line of lines) {
    bytesRead += Buffer.byteLength(line) + 1
    if (line.trim() === '') continue
    count++
    const result = analyzeLine(line, `${options.input}:${count}`, options.analyze)
    if ('error' in result) failed++
    if (!sink.write(`${JSON.stringify(result)}\n`)) await once(sink, 'drain')
    options.onProgress?.(count, bytesRead)
  }
  if (sink !== process.stdout) {
    sink.end()
    await once(sink, 'finish')
  }
  return { lines: count, failed }
}

type LineResult = Analysis | { id: string | null; error: { code: string; message: string } }

function analyzeLine(line: string, where: string, analyze: BatchOptions['analyze']): LineResult {
  let id: string | null = null
  try {
    if (line.length > MAX_FILE_BYTES) {
      throw new ParleyError(
        'input-too-large',
        `line is ${line.length} characters; the limit is ${MAX_FILE_BYTES}`,
      )
    }
    const input = parseLine(line, where)
    id = input.id
    return analyze(input)
  } catch (error) {
    const info = toErrorInfo(error)
    return {
      id,
      error: {
        code: info.code,
        message: info.message.startsWith(where) ? info.message : `${where}: ${info.message}`,
      },
    }
  }
}

function parseLine(line: string, where: string): AnalysisInput {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new ParleyError('input-json', `not valid JSON (${(error as Error).message})`, { input: where })
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParleyError('input-invalid', 'a line must be a JSON object', { input: where })
  }
  const record = value as Record<string, unknown>
  if (typeof record.id !== 'string' || record.id === '') {
    throw new ParleyError('input-invalid', 'the line has no string `id`', { input: where })
  }
  const input: Record<string, string> = { id: record.id }
  for (const key of ['text', 'html', 'url', 'published', 'title'] as const) {
    const field = record[key]
    if (field === undefined || field === null) continue
    if (typeof field !== 'string') {
      throw new ParleyError('input-invalid', `field \`${key}\` must be a string`, {
        input: `${where} (id ${record.id})`,
      })
    }
    input[key] = field
  }
  return input as unknown as AnalysisInput
}
