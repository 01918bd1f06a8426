/**
 * @module errors
 * One error type for Parley, with stable codes. Wording may change; codes do not.
 * `docs/errors.md` lists every code.
 */

export type ErrorCode =
  // input problems: the caller can fix them
  | 'input-missing'
  | 'input-empty'
  | 'input-binary'
  | 'input-too-large'
  | 'input-encoding'
  | 'input-json'
  | 'input-invalid'
  | 'input-unsupported'
  // markup and feed problems
  | 'xml-malformed'
  | 'xml-entity'
  | 'html-invalid'
  | 'feed-malformed'
  | 'feed-unsupported'
  | 'item-invalid'
  | 'fetch-failed'
  | 'fetch-too-large'
  | 'fetch-timeout'
  | 'fetch-redirects'
  | 'fetch-refused'
  // programming mistakes in how Parley is assembled
  | 'pipeline-order'
  | 'layer-missing'
  | 'span-invalid'
  | 'kb-invalid'
  | 'options-invalid'
  // storage and serving
  | 'store-failed'
  | 'store-migration'
  | 'not-found'
  | 'bad-request'
  | 'internal'

export interface ParleyErrorOptions {
  /** The input the problem is about: a path, a URL, a batch line ("in.jsonl:12"). */
  readonly input?: string
  readonly cause?: unknown
}

/** Every error Parley throws on purpose. `code` is stable; tests assert on it. */
export class ParleyError extends Error {
  override readonly name = 'ParleyError'
  readonly code: ErrorCode
  readonly input: string | undefined

  constructor(code: ErrorCode, message: string, options: ParleyErrorOptions = {}) {
    super(options.input ? `${options.input}: ${message}` : message, { cause: options.cause })
    this.code = code
    this.input = options.input
  }
}

/** True for errors the user can fix by changing the input (the HTTP edge maps them to 400). */
export function isInputError(error: unknown): error is ParleyError {
  return (
    error instanceof ParleyError &&
    (error.code.startsWith('input-') ||
      error.code.startsWith('xml-') ||
      error.code.startsWith('feed-') ||
      error.code === 'html-invalid' ||
      error.code === 'item-invalid' ||
      error.code === 'bad-request')
  )
}

/** Turns anything thrown into `{code, message}` for a batch line or an API answer. */
export function toErrorInfo(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof ParleyError) return { code: error.code, message: error.message }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'internal', message }
}
