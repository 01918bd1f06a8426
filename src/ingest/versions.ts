/**
 * Which version of a story is current, is it killed, is it under embargo — pure logic over the
 * versions of one guid, shared by ingest and the store.
 * - Order is by `versionCreated` (then `firstCreated`, then arrival), never by the agency's version
 *   number alone: Reuters version numbers are opaque, AP's restart per rendition. The version number
 *   only breaks ties between versions created at the same instant.
 * - A kill (`canceled`) cancels every version, earlier and later: nothing of the story is visible.
 * - A `withheld` latest version hides the story until a later usable version arrives.
 * - A version with `embargoUntil` in the future is held: the previous visible version (if any)
 *   stays visible until the embargo time.
 */
import type { ItemStatus } from '../doc/raw-item.ts'

export interface VersionLike {
  readonly version: number | null
  readonly versionCreated: string | null
  readonly firstCreated?: string | null
  readonly status: ItemStatus
  readonly embargoUntil: string | null
}

export interface VersionState<T> {
  /** All versions, oldest first. */
  readonly ordered: readonly T[]
  /** The newest version, whatever its status. */
  readonly latest: T | null
  /** The version a reader may see at the given time; null when killed, withheld or all embargoed. */
  readonly visible: T | null
  readonly killed: boolean
  readonly withheld: boolean
  /** When the newest version is under embargo at the given time: its embargo end, else null. */
  readonly embargoedUntil: string | null
}

function time(value: string | null | undefined): number | null {
  if (!value) return null
  const t = Date.parse(value)
  return Number.isNaN(t) ? null : t
}

/** Oldest first; stable for versions without dates (they keep their arrival order). */
export function orderVersions<T extends VersionLike>(versions: readonly T[]): T[] {
  return versions
    .map((v, arrival) => ({ v, arrival, t: time(v.versionCreated) ?? time(v.firstCreated) }))
    .sort((a, b) => {
      if (a.t !== null && b.t !== null && a.t !== b.t) return a.t - b.t
      if (a.t === b.t && a.v.version !== null && b.v.version !== null && a.v.version !== b.v.version) {
        return a.v.version - b.v.version
      }
      return a.arrival - b.arrival
    })
    .map((x) => x.v)
}

export function isEmbargoed(version: VersionLike, at: Date): boolean {
  const until = time(version.embargoUntil)
  return until !== null && until > at.getTime()
}

/** The state of one story at time `at` (default: now). */
export function resolveVersions<T extends VersionLike>(
  versions: readonly T[],
  at: Date = new Date(),
): VersionState<T> {
  const ordered = orderVersions(versions)
  const latest = ordered[ordered.length - 1] ?? null
  const killed = ordered.some((v) => v.status === 'canceled')
  const withheld = !killed && latest?.status === 'withheld'
  let visible: T | null = null
  if (!killed && !withheld) {
    for (let i = ordered.length - 1; i >= 0; i--) {
      const v = ordered[i]
      if (v && v.status === 'usable' && !isEmbargoed(v, at)) {
        visible = v
        break
      }
    }
  }
  const embargoedUntil = latest && !killed && isEmbargoed(latest, at) ? latest.embargoUntil : null
  return { ordered, latest, visible, killed, withheld, embargoedUntil }
}
