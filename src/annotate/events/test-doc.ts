/**
 * Test helper: a Doc with real tokens and sentences and a hand-made `actors` layer, so the events
 * stage can be tested without the actors stage. Each actor is found by its surface forms.
 */
import type { Actor, Doc } from '../../doc/index.ts'
import { createDoc, withLayer } from '../../doc/index.ts'
import { sentences } from '../sentences/index.ts'
import { tokens } from '../tokens/index.ts'
import { type EventsOptions, events } from './events.ts'

export interface TestActor {
  readonly id: string
  readonly forms: readonly string[]
  readonly country?: string
  readonly sector?: string
}

export function docWithActors(text: string, actors: readonly TestActor[], published?: string): Doc {
  let doc = createDoc('test', text, published ? { published } : {})
  doc = withLayer(doc, 'tokens', tokens().run(doc).annotations)
  doc = withLayer(doc, 'sentences', sentences().run(doc).annotations)
  const layer: Actor[] = actors.map((a) => {
    const mentions: Array<{ start: number; end: number; kind: 'name' }> = []
    for (const form of a.forms) {
      const re = new RegExp(`\\b${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'gi')
      for (const m of text.matchAll(re))
        mentions.push({ start: m.index, end: m.index + form.length, kind: 'name' })
    }
    mentions.sort((x, y) => x.start - y.start)
    return {
      id: a.id,
      name: a.forms[0] ?? a.id,
      kind: 'state',
      country: a.country ?? null,
      sector: a.sector ?? null,
      affiliation: null,
      role: null,
      known: true,
      mentions,
    }
  })
  return withLayer(doc, 'actors', layer)
}

/** Runs the events stage (default options unless given) on a test doc. */
export function eventsOf(
  text: string,
  actors: readonly TestActor[],
  published?: string,
  options: EventsOptions = {},
) {
  return events(options).run(docWithActors(text, actors, published)).annotations
}

/** Three invented states with their adjectives, and a leader of the first, for participant tests. */
export const TEST_STATES: readonly TestActor[] = [
  { id: 'freedonia', forms: ['Freedonia', 'Freedonian'], country: 'FRD' },
  { id: 'sylvania', forms: ['Sylvania', 'Sylvanian'], country: 'SYL' },
  { id: 'ruritania', forms: ['Ruritania', 'Ruritanian'], country: 'RUR' },
  { id: 'frd-leader', forms: ['President Firefly'], country: 'FRD' },
]

/** Type, source and target of each event found in `text` (default options). */
export function dyadsOf(text: string, actors: readonly TestActor[] = TEST_STATES) {
  return eventsOf(text, actors).map((e) => [e.type, e.source, e.target])
}
