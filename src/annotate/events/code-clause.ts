/**
 * From the triggers of one clause to at most one event: the first trigger heads the clause and the
 * triggers after it are its complements ("agreed to provide aid" is one AGREE, "threatened to cut off
 * the gas" one THREATEN). Operators take their type from what they govern, following the CAMEO
 * practice that PLOVER keeps:
 *
 * - intent (promise, offer, pledge, be willing to) + a cooperative act -> AGREE; + a hostile act -> THREATEN;
 * - an announced act without an intent verb ("will give a grant", "said it would blockade") is coded the
 *   same way: the announcement is the event (status done); an announced act that is neither (a meeting,
 *   a demand) keeps its type and the status future or conditional;
 * - a refused cooperative act ("will not cede", "did not agree") is a REJECT, done; one refused
 *   "unless" something happens is a REQUEST addressed to whoever must make it happen;
 * - "prepared to shell" is a show of force (MOBILIZE); "prepare" alone is no event.
 */
import type { EventStatus, EventType } from '../../doc/index.ts'
import type { TriggerMatch } from './match-triggers.ts'
import type { StatusReading } from './status.ts'

const COOPERATIVE = new Set<EventType>([
  'AID',
  'COOPERATE',
  'CONCEDE',
  'RETREAT',
  'CONSULT',
  'SUPPORT',
  'AGREE',
])
const HOSTILE = new Set<EventType>(['ASSAULT', 'COERCE', 'SANCTION', 'MOBILIZE', 'PROTEST'])
const AGREEMENT = new Set<EventType>(['AGREE', 'CONCEDE', 'CONSULT'])
const MATERIAL_COOPERATION = new Set<EventType>(['AID', 'COOPERATE', 'CONCEDE', 'RETREAT'])

export interface ClauseCode {
  readonly type: EventType
  readonly cameo: string
  readonly mode: string | null
  readonly status: EventStatus
  /** The trigger that names the event (the head). */
  readonly head: TriggerMatch
  /** A demand or threat "unless/if X ...": the target is the subject of the condition when none follows the trigger. */
  readonly targetInCondition: boolean
}

function threatMode(governed: EventType): string {
  if (governed === 'ASSAULT' || governed === 'MOBILIZE') return 'violence'
  if (governed === 'SANCTION') return 'relations'
  return 'restrict'
}

/**
 * `passive`: the head is in the passive voice ("would be indicted"); an announced act then is no
 * announcement by the subject, which undergoes it, and keeps its own type and status.
 */
export function codeClause(
  triggers: readonly TriggerMatch[],
  reading: StatusReading,
  passive = false,
): ClauseCode | null {
  const head = triggers[0]
  if (!head) return null
  const governed = triggers[1] && triggers[1].first <= head.last + 10 ? triggers[1] : undefined
  const entry = head.entry
  const base = { head, targetInCondition: false }
  const mode = entry.mode ?? null

  switch (entry.role) {
    case 'prepare':
      if (!governed || !HOSTILE.has(governed.entry.type)) return null
      return {
        ...base,
        type: 'MOBILIZE',
        cameo: '150',
        mode: governed.entry.mode ?? 'troops',
        status: doneOr(reading),
      }
    case 'intent':
      // "it should be ready to act": readiness asked of someone is a demand, not their offer
      if (reading.obligation) return null
      if (reading.refusal) return refusal(base, reading)
      if (governed && HOSTILE.has(governed.entry.type)) {
        return {
          ...base,
          type: 'THREATEN',
          cameo: '138',
          mode: threatMode(governed.entry.type),
          status: 'done',
        }
      }
      return { ...base, type: 'AGREE', cameo: intentCameo(governed?.entry.cameo), mode, status: 'done' }
    case 'threat':
      if (reading.negated) return { ...base, type: 'THREATEN', cameo: entry.cameo, mode, status: 'negated' }
      return {
        ...base,
        type: 'THREATEN',
        cameo: entry.cameo,
        mode: governed ? threatMode(governed.entry.type) : mode,
        status: reading.status === 'future' ? 'future' : 'done',
        targetInCondition: true,
      }
    case 'helper':
      // "is helping broker the deal": the act helped with is the event.
      if (governed && governed.first <= head.last + 2) return codeClause(triggers.slice(1), reading, passive)
      break
    case 'accept':
      if (reading.refusal) return refusal(base, reading)
      break
    default:
      break
  }

  if (reading.negated) {
    // "will not cede", "did not agree": a refusal. "has not helped" is only an act that did not happen.
    // "should not negotiate" is advice or a prohibition, not the subject refusing
    const refused = reading.refusal && !reading.obligation && (reading.modal || AGREEMENT.has(entry.type))
    if (refused && COOPERATIVE.has(entry.type) && entry.role !== 'refuse') return refusal(base, reading)
    return { ...base, type: entry.type, cameo: entry.cameo, mode, status: 'negated' }
  }
  // "wants to help the islanders": a helper with no act of its own is the aid it names.
  const act = !entry.role || entry.role === 'helper'
  if ((reading.status === 'future' || reading.status === 'conditional') && act && !passive) {
    const unless = reading.condition === 'unless' || reading.condition === 'until'
    if (MATERIAL_COOPERATION.has(entry.type)) {
      return unless
        ? { ...base, type: 'THREATEN', cameo: '131', mode: 'relations', status: 'done' }
        : { ...base, type: 'AGREE', cameo: intentCameo(entry.cameo), mode, status: 'done' }
    }
    if (HOSTILE.has(entry.type)) {
      return { ...base, type: 'THREATEN', cameo: '13', mode: threatMode(entry.type), status: 'done' }
    }
  }
  return { ...base, type: entry.type, cameo: entry.cameo, mode, status: reading.status }
}

function doneOr(reading: StatusReading): EventStatus {
  return reading.status === 'negated' || reading.status === 'hypothetical' ? reading.status : 'done'
}

/** A refused cooperative act: REJECT, or a demand when the refusal holds "unless"/"until" something happens. */
function refusal(
  base: { head: TriggerMatch; targetInCondition: boolean },
  reading: StatusReading,
): ClauseCode {
  if (reading.condition === 'unless' || reading.condition === 'until') {
    return { ...base, type: 'REQUEST', cameo: '100', mode: null, status: 'done', targetInCondition: true }
  }
  return { ...base, type: 'REJECT', cameo: '120', mode: null, status: 'done' }
}

/** CAMEO 03x mirrors 0x of the act intended: aid (07) -> 033, yield (08) -> 035, meet (04) -> 036. */
function intentCameo(actCameo: string | undefined): string {
  if (!actCameo) return '030'
  const root = actCameo.slice(0, 2)
  const byRoot: Record<string, string> = { '04': '036', '05': '032', '06': '031', '07': '033', '08': '035' }
  return byRoot[root] ?? '030'
}
