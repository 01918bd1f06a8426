/**
 * `parley watch`: polls feeds politely and keeps going. Per feed: conditional GET with the stored
 * ETag / Last-Modified, the next poll at `interval`; on errors exponential backoff with jitter
 * (`base * 2^(failures-1)`, times a random factor in [0.5, 1), capped), never sooner than a
 * `Retry-After`. Per host: at most one request at a time and a minimum gap between requests.
 * Feed state lives in the store (`getFeedState`/`setFeedState`), so a restart resumes the schedule.
 */

import { toErrorInfo } from '../errors.ts'
import type { FeedState } from '../store/index.ts'
import { FetchFailure, type FetchOptions, fetchFeed } from './fetch.ts'
import { emptySummary, type IngestOptions, type IngestSummary, storeItems } from './ingest.ts'
import { parseDocument } from './parse.ts'

export interface FeedStateStore {
  getFeedState(url: string): FeedState | null
  setFeedState(url: string, state: FeedState): void
}

export interface PollOptions extends IngestOptions {
  readonly feedState: FeedStateStore
  /** Time between successful polls of one feed (default 15 min). */
  readonly intervalMs?: number
  /** First backoff after an error (default 30 s) and the cap (default 6 h). */
  readonly backoffBaseMs?: number
  readonly backoffMaxMs?: number
  /** Minimum gap between two requests to one host (default 1 s). */
  readonly perHostGapMs?: number
  /** Stop after this many polls in total (tests, `--polls`); default: run until `signal` aborts. */
  readonly maxPolls?: number
  readonly signal?: AbortSignal
  readonly now?: () => number
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly random?: () => number
  readonly onPoll?: (event: PollEvent) => void
  readonly fetchOptions?: FetchOptions
}

export interface PollEvent {
  readonly url: string
  readonly outcome: 'updated' | 'not-modified' | 'error'
  readonly items?: number
  readonly error?: string
  readonly nextPollAt: string
}

const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        resolve()
      },
      { once: true },
    )
  })

/** The delay before the next try after `failures` consecutive errors. */
export function backoffDelay(
  failures: number,
  base: number,
  max: number,
  random: () => number,
  retryAfterMs: number | null,
): number {
  const exp = Math.min(max, base * 2 ** Math.max(0, failures - 1))
  const jittered = Math.round(exp * (0.5 + random() / 2))
  return Math.max(jittered, retryAfterMs ?? 0)
}

export async function pollFeeds(urls: readonly string[], options: PollOptions): Promise<IngestSummary> {
  const now = options.now ?? Date.now
  const sleep = options.sleep ?? defaultSleep
  const random = options.random ?? Math.random
  const interval = options.intervalMs ?? 15 * 60_000
  const base = options.backoffBaseMs ?? 30_000
  const max = options.backoffMaxMs ?? 6 * 3_600_000
  const gap = options.perHostGapMs ?? 1000
  const lastRequest = new Map<string, number>()
  const summary = emptySummary()
  const seen = new Set<string>()
  let polls = 0
  const due = (url: string): number => {
    const next = options.feedState.getFeedState(url)?.nextPollAt
    return next ? Date.parse(next) : 0
  }
  while (!options.signal?.aborted && (options.maxPolls === undefined || polls < options.maxPolls)) {
    // The feed due soonest; wait for it (and for its host's gap).
    const next = [...urls].sort((a, b) => due(a) - due(b))[0]
    if (!next) break
    const host = new URL(next).host
    const wait = Math.max(due(next) - now(), (lastRequest.get(host) ?? -Infinity) + gap - now(), 0)
    if (wait > 0) await sleep(wait, options.signal)
    if (options.signal?.aborted) break
    lastRequest.set(host, now())
    polls++
    const state = options.feedState.getFeedState(next)
    const polledAt = new Date(now()).toISOString()
    try {
      const result = await fetchFeed(next, {
        ...options.fetchOptions,
        etag: state?.etag ?? null,
        lastModified: state?.lastModified ?? null,
      })
      const nextPollAt = new Date(now() + interval).toISOString()
      if (result.status === 'not-modified') {
        options.feedState.setFeedState(next, {
          etag: result.etag,
          lastModified: result.lastModified,
          lastPolled: polledAt,
          failures: 0,
          nextPollAt,
        })
        options.onPoll?.({ url: next, outcome: 'not-modified', nextPollAt })
        continue
      }
      const doc = parseDocument(result.bytes, {
        source: next,
        baseUrl: result.contentLocation ?? result.url,
        contentType: result.contentType,
        contentLanguage: result.contentLanguage,
      })
      summary.documents++
      const before = summary.items
      storeItems(doc, options, summary, seen)
      options.feedState.setFeedState(next, {
        etag: result.etag,
        lastModified: result.lastModified,
        lastPolled: polledAt,
        failures: 0,
        nextPollAt,
      })
      options.onPoll?.({ url: next, outcome: 'updated', items: summary.items - before, nextPollAt })
    } catch (error) {
      const failures = (state?.failures ?? 0) + 1
      const retryAfter = error instanceof FetchFailure ? error.retryAfterMs : null
      const delay = backoffDelay(failures, base, max, random, retryAfter)
      const nextPollAt = new Date(now() + delay).toISOString()
      options.feedState.setFeedState(next, {
        etag: state?.etag ?? null,
        lastModified: state?.lastModified ?? null,
        lastPolled: polledAt,
        failures,
        nextPollAt,
      })
      const message = toErrorInfo(error).message
      const problem = { source: next, reason: message.replace(`${next}: `, '') }
      summary.problems.push(problem)
      options.onProblem?.(problem)
      options.onPoll?.({ url: next, outcome: 'error', error: problem.reason, nextPollAt })
    }
  }
  return summary
}
