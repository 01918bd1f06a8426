/**
 * One careful HTTP GET for a feed: conditional (ETag / Last-Modified -> 304), a size cap enforced
 * while streaming (a 100 MB answer is cut off after the cap, not read), a total time cap, redirects
 * followed by hand up to a bound (loops detected), only http(s). Failures are `FetchFailure`s
 * carrying the HTTP status and the `Retry-After` delay for the poller's backoff.
 */
import { type ErrorCode, ParleyError } from '../errors.ts'

export interface FetchOptions {
  readonly etag?: string | null
  readonly lastModified?: string | null
  /** Largest body accepted, in bytes (default 20 MB). */
  readonly maxBytes?: number
  /** Whole request time limit in ms, body included (default 30 s). */
  readonly timeoutMs?: number
  /** Redirects followed before giving up (default 5). */
  readonly maxRedirects?: number
  readonly userAgent?: string
}

export type FetchResult =
  | {
      readonly status: 'ok'
      readonly url: string
      readonly bytes: Uint8Array
      readonly contentType: string | null
      readonly contentLanguage: string | null
      readonly contentLocation: string | null
      readonly etag: string | null
      readonly lastModified: string | null
    }
  | {
      readonly status: 'not-modified'
      readonly url: string
      readonly etag: string | null
      readonly lastModified: string | null
    }

export class FetchFailure extends ParleyError {
  readonly httpStatus: number | null
  /** Delay asked for by `Retry-After`, in ms, when the server sent one. */
  readonly retryAfterMs: number | null
  constructor(
    code: ErrorCode,
    message: string,
    url: string,
    httpStatus: number | null = null,
    retryAfterMs: number | null = null,
  ) {
    super(code, message, { input: url })
    this.httpStatus = httpStatus
    this.retryAfterMs = retryAfterMs
  }
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024

/** `Retry-After` as seconds or as an HTTP date, in ms from `now`; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null
  const v = value.trim()
  if (/^\d+$/.test(v)) return Number(v) * 1000
  const at = Date.parse(v)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {})
    throw new FetchFailure(
      'fetch-too-large',
      `the answer is ${declared} bytes; the limit is ${maxBytes}`,
      url,
    )
  }
  const reader = response.body?.getReader()
  if (!reader) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new FetchFailure('fetch-too-large', `the answer exceeds the limit of ${maxBytes} bytes`, url)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks)
}

export async function fetchFeed(url: string, options: FetchOptions = {}): Promise<FetchResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  const maxRedirects = options.maxRedirects ?? 5
  const signal = AbortSignal.timeout(options.timeoutMs ?? 30_000)
  const seen = new Set<string>()
  let current = url
  for (let hop = 0; ; hop++) {
    const parsed = new URL(current)
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new FetchFailure(
        'fetch-refused',
        `only http and https URLs are fetched, not ${parsed.protocol}`,
        url,
      )
    }
    seen.add(current)
    const headers: Record<string, string> = {
      'user-agent': options.userAgent ?? 'Parley/0.1 (+feed ingest)',
      accept:
        'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
    }
    if (options.etag) headers['if-none-match'] = options.etag
    if (options.lastModified) headers['if-modified-since'] = options.lastModified
    let response: Response
    try {
      response = await fetch(current, { headers, redirect: 'manual', signal })
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError' || signal.aborted
      throw timedOut
        ? new FetchFailure(
            'fetch-timeout',
            `no complete answer within ${options.timeoutMs ?? 30_000} ms`,
            url,
          )
        : new FetchFailure('fetch-failed', `cannot connect: ${(error as Error).message}`, url)
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      await response.body?.cancel().catch(() => {})
      const location = response.headers.get('location')
      if (!location)
        throw new FetchFailure(
          'fetch-failed',
          `redirect ${response.status} without a Location`,
          url,
          response.status,
        )
      const next = new URL(location, current).href
      if (seen.has(next))
        throw new FetchFailure('fetch-redirects', `redirect loop back to ${next}`, url, response.status)
      if (hop + 1 > maxRedirects)
        throw new FetchFailure('fetch-redirects', `more than ${maxRedirects} redirects`, url, response.status)
      current = next
      continue
    }
    const etag = response.headers.get('etag')
    const lastModified = response.headers.get('last-modified')
    if (response.status === 304) {
      await response.body?.cancel().catch(() => {})
      return {
        status: 'not-modified',
        url: current,
        etag: etag ?? options.etag ?? null,
        lastModified: lastModified ?? options.lastModified ?? null,
      }
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => {})
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'))
      throw new FetchFailure('fetch-failed', `HTTP ${response.status}`, url, response.status, retryAfterMs)
    }
    let bytes: Uint8Array
    try {
      bytes = await readCapped(response, maxBytes, url)
    } catch (error) {
      if (error instanceof FetchFailure) throw error
      if (signal.aborted)
        throw new FetchFailure(
          'fetch-timeout',
          `the answer took longer than ${options.timeoutMs ?? 30_000} ms`,
          url,
        )
      throw new FetchFailure('fetch-failed', `reading the answer failed: ${(error as Error).message}`, url)
    }
    const location = response.headers.get('content-location')
    return {
      status: 'ok',
      url: current,
      bytes,
      contentType: response.headers.get('content-type'),
      contentLanguage: response.headers.get('content-language'),
      contentLocation: location ? new URL(location, current).href : null,
      etag,
      lastModified,
    }
  }
}
