/**
 * The actors of one article while they are being found: one record per actor, mentions added
 * as the scan and coreference passes find them, records merged when the text shows two are
 * one ("A Hamas spokesman ... the spokesman, Ines Okonma"). Turned into `Actor`s at the end.
 */
import type { Actor, ActorKind, MentionKind } from '../../doc/index.ts'

export type Gender = 'm' | 'f' | null

export interface Mention {
  readonly start: number
  readonly end: number
  readonly kind: MentionKind
  readonly sentence: number
  /** Token index of the mention's first token. */
  readonly token: number
}

export interface Ent {
  id: string
  name: string
  kind: ActorKind
  country: string | null
  sector: string | null
  affiliation: string | null
  role: string | null
  known: boolean
  gender: Gender
  /** False for descriptions without a name ("a Hamas spokesman"). */
  named: boolean
  /** A state referred to as its government ("Israeli officials"): keeps its GOV sector. */
  governmental: boolean
  mentions: Mention[]
  /** Set when merged into another record. */
  mergedInto: Ent | null
}

export type EntInit = Pick<
  Ent,
  'id' | 'name' | 'kind' | 'country' | 'sector' | 'affiliation' | 'role' | 'known'
> &
  Partial<Pick<Ent, 'gender' | 'named'>>

export class Registry {
  private readonly byId = new Map<string, Ent>()
  private counter = 0
  /** `live()` as last sorted; every change of mentions or merge drops it (the passes ask often, change rarely). */
  private liveCache: readonly Ent[] | null = null

  get(id: string): Ent | undefined {
    const e = this.byId.get(id)
    return e ? resolve(e) : undefined
  }

  /** The record with this id, created from `init` the first time. */
  ensure(init: EntInit): Ent {
    const found = this.get(init.id)
    if (found) return found
    // the fields one by one, not spread: every record gets the same shape, made without a copy loop
    const ent: Ent = {
      id: init.id,
      name: init.name,
      kind: init.kind,
      country: init.country,
      sector: init.sector,
      affiliation: init.affiliation,
      role: init.role,
      known: init.known,
      gender: init.gender ?? null,
      named: init.named ?? true,
      governmental: false,
      mentions: [],
      mergedInto: null,
    }
    this.byId.set(init.id, ent)
    return ent
  }

  /** A fresh id with this stem ("hamas-spokesman-2"). */
  freshId(stem: string): string {
    let id = stem
    while (this.byId.has(id)) id = `${stem}-${++this.counter}`
    return id
  }

  mention(ent: Ent, m: Mention): void {
    const target = resolve(ent)
    if (target.mentions.some((x) => x.start === m.start && x.end === m.end)) return
    target.mentions.push(m)
    this.liveCache = null
  }

  /** Drops a mention (a demonym that turned out to name a people, not a state). */
  unmention(ent: Ent, start: number, end: number): void {
    const target = resolve(ent)
    target.mentions = target.mentions.filter((m) => m.start !== start || m.end !== end)
    this.liveCache = null
  }

  /** Drops every mention of a record (they have been moved onto another). */
  unmentionAll(ent: Ent): void {
    resolve(ent).mentions = []
    this.liveCache = null
  }

  /** Moves every mention of `from` onto `into`, filling `into`'s missing facts. */
  merge(from: Ent, into: Ent): void {
    const a = resolve(from)
    const b = resolve(into)
    if (a === b) return
    for (const m of a.mentions) this.mention(b, m)
    b.affiliation ??= a.affiliation
    // what the article calls the person ("the spokesman") beats a KB office it does not mention
    b.role = (!a.named ? a.role : null) ?? b.role ?? a.role
    b.country ??= a.country
    b.sector ??= a.sector
    b.gender ??= a.gender
    b.governmental ||= a.governmental
    a.mentions = []
    a.mergedInto = b
    this.liveCache = null
  }

  /** Live records, in order of first mention. */
  live(): readonly Ent[] {
    if (this.liveCache) return this.liveCache
    // each record's first offset read once, not at every comparison of the sort (which is stable)
    const keyed: Array<{ first: number; e: Ent }> = []
    for (const e of this.byId.values())
      if (e.mergedInto === null && e.mentions.length > 0) keyed.push({ first: firstStart(e), e })
    this.liveCache = keyed.sort((a, b) => a.first - b.first).map((k) => k.e)
    return this.liveCache
  }

  toActors(): Actor[] {
    const live = this.live()
    return live.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      country: e.country,
      sector: e.kind === 'state' && !e.governmental ? null : e.sector,
      affiliation: e.affiliation,
      role: e.role,
      known: e.known,
      mentions: [...e.mentions]
        .sort((x, y) => x.start - y.start || x.end - y.end)
        .map((m) => ({ start: m.start, end: m.end, kind: m.kind })),
    }))
  }
}

export function resolve(e: Ent): Ent {
  let cur = e
  while (cur.mergedInto) cur = cur.mergedInto
  return cur
}

function firstStart(e: Ent): number {
  let min = Number.POSITIVE_INFINITY
  for (const m of e.mentions) if (m.start < min) min = m.start
  return min
}
