import { describe, expect, it } from 'vitest'
import type { Actor, Event } from '../../doc/index.ts'
import { fillTargets, partiesOf } from './parties.ts'

const actor = (id: string, kind: Actor['kind'], mentions: number): Actor => ({
  id,
  name: id,
  kind,
  country: id.toUpperCase(),
  sector: null,
  affiliation: null,
  role: null,
  known: true,
  mentions: Array.from({ length: mentions }, (_, k) => ({ start: k * 10, end: k * 10 + 5, kind: 'name' })),
})

const event = (source: string, mode: string | null, target: string | null = null): Event => ({
  type: mode === 'mediate' ? 'CONSULT' : 'REQUEST',
  mode,
  cameo: mode === 'mediate' ? '045' : '100',
  source,
  target,
  status: 'done',
  date: null,
  location: null,
  trigger: { start: 0, end: 1 },
  evidence: { start: 0, end: 1 },
})

describe('events: aiming target-less events at the counterpart', () => {
  const parties = partiesOf([actor('qat', 'state', 5), actor('egy', 'state', 4), actor('isr', 'state', 3)])

  it('should aim an event with no target at the most-mentioned other party', () => {
    expect(fillTargets([event('isr', null)], parties)[0]?.target).toBe('qat')
  })

  it('should never take a party the article shows mediating as a counterpart', () => {
    const filled = fillTargets(
      [event('qat', 'mediate', 'isr'), event('egy', 'mediate'), event('isr', null)],
      parties,
    )
    // the co-mediator turns to the one side left; that side has no counterpart but mediators
    expect(filled.map((e) => e.target)).toEqual(['isr', 'isr', null])
  })
  it('should not aim an event at an international body by default', () => {
    const withUn = partiesOf([
      { ...actor('un', 'organization', 9), sector: 'IGO', country: null },
      actor('isr', 'state', 3),
      actor('egy', 'state', 2),
    ])
    expect(fillTargets([event('isr', null)], withUn)[0]?.target).toBe('egy')
  })
})
