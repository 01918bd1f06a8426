/**
 * Reading article files at the CLI's edge: every refusal names the file and the problem.
 */
import { readFileSync, statSync } from 'node:fs'
import { extname } from 'node:path'
import { ParleyError } from '../errors.ts'
import type { AnalysisInput } from '../pipeline/index.ts'

/** Larger files are refused before they are read: no article is this long. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024

export function readBytes(path: string, maxBytes = MAX_FILE_BYTES): Buffer {
  let size: number
  try {
    const stat = statSync(path)
    if (stat.isDirectory()) throw new ParleyError('input-invalid', 'is a folder, not a file', { input: path })
    size = stat.size
  } catch (error) {
    if (error instanceof ParleyError) throw error
    throw new ParleyError('input-missing', 'no such file; check the path', { input: path, cause: error })
  }
  if (size > maxBytes) {
    throw new ParleyError(
      'input-too-large',
      `is ${(size / 1048576).toFixed(1)} MB; the limit is ${maxBytes / 1048576} MB for one article`,
      { input: path },
    )
  }
  const bytes = readFileSync(path)
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
    throw new ParleyError('input-empty', 'is empty', { input: path })
  }
  return bytes
}

/** NUL bytes or many control characters in the first 8 KB mean this is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192)
  let control = 0
  for (const b of head) {
    if (b === 0) return true
    if (b < 9 || (b > 13 && b < 32)) control++
  }
  return control / Math.max(1, head.length) > 0.1
}

export function decodeUtf8(bytes: Uint8Array, input: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new ParleyError(
      'input-encoding',
      `is not valid UTF-8 (first bad byte at offset ${at}); convert it to UTF-8, e.g. with iconv`,
      { input },
    )
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let low = 0
  let high = bytes.length
  // Binary search for the shortest prefix that fails (a cut mid-character also fails, so
  // stream mode tells a truncated tail from a real error).
  while (low < high) {
    const mid = (low + high) >> 1
    try {
      decoder.decode(bytes.subarray(0, mid + 1), { stream: true })
      low = mid + 1
    } catch {
      high = mid
    }
  }
  return low
}

/** A file named on the command line, as one analysis input. `-` reads standard input. */
export function readArticleFile(path: string, options: { published?: string } = {}): AnalysisInput {
  const bytes = path === '-' ? readFileSync(0) : readBytes(path)
  const label = path === '-' ? 'standard input' : path
  if (bytes.length === 0) throw new ParleyError('input-empty', 'is empty', { input: label })
  if (looksBinary(bytes)) {
    throw new ParleyError('input-binary', 'looks like a binary file, not text, HTML or JSON', {
      input: label,
    })
  }
  const ext = extname(path).toLowerCase()
  const id = path === '-' ? 'stdin' : path
  const published = options.published ? { published: options.published } : {}
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return { id, html: bytes, ...published }
  const text = decodeUtf8(bytes, label)
  if (ext === '.json') return { ...fromWireJson(text, label, id), ...published }
  if (ext !== '.txt' && /^\s*<(?:!doctype\s+html|html)[\s>]/i.test(text))
    return { id, html: bytes, ...published }
  return { id, text, ...published }
}

/** A JSON wire item (ninjs-like or a batch line) as an analysis input. */
function fromWireJson(json: string, label: string, id: string): AnalysisInput {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    throw new ParleyError('input-json', `is not valid JSON: ${(error as Error).message}`, { input: label })
  }
  if (typeof value !== 'object' || value === null) {
    throw new ParleyError('input-invalid', 'is JSON but not an object with a text or html body', {
      input: label,
    })
  }
  const item = value as Record<string, unknown>
  const str = (key: string) => (typeof item[key] === 'string' ? (item[key] as string) : undefined)
  const text = str('text') ?? str('body_text')
  const html = str('html') ?? str('body_html')
  const published = str('published') ?? str('versioncreated') ?? str('firstcreated')
  const title = str('title') ?? str('headline')
  const url = str('url') ?? str('uri')
  if (text === undefined && html === undefined) {
    throw new ParleyError('input-invalid', 'has no `text`, `body_text`, `html` or `body_html` field', {
      input: label,
    })
  }
  return {
    id: str('id') ?? str('guid') ?? id,
    ...(text !== undefined ? { text } : { html: html! }),
    ...(published ? { published } : {}),
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
  }
}
