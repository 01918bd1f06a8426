import { describe, expect, it } from 'vitest'
import type { Analysis } from '../analysis/index.ts'
import { renderReport } from './report.ts'

const text =
  'The union said the port must freeze automation before talks resume. The port authority rejected the plan. Talks stalled. The port is ready to raise wages.'
const at = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length })

const analysis: Analysis = {
  id: 'r1',
  article: {
    title: 'Port talks stall',
    byline: null,
    published: '2031-03-05',
    publisher: null,
    url: null,
    language: 'en',
    text,
    boilerplate: [],
    provenance: { syndicated: false, agency: null },
  },
  actors: [
    {
      id: 'union',
      name: 'Harbour Union',
      kind: 'organization',
      country: null,
      sector: 'LAB',
      affiliation: null,
      role: null,
      mentions: [at('The union')],
    },
    {
      id: 'port',
      name: 'Port Authority',
      kind: 'organization',
      country: null,
      sector: 'GOV',
      affiliation: null,
      role: null,
      mentions: [at('the port')],
    },
  ],
  quotes: [],
  events: [],
  positions: [
    {
      kind: 'demand',
      holder: 'union',
      addressee: 'port',
      content: 'freeze automation',
      precondition: true,
      proposal: null,
      stance: null,
      evidence: at('the port must freeze automation before talks resume'),
    },
    {
      kind: 'offer',
      holder: 'port',
      addressee: 'union',
      content: 'raise wages',
      precondition: false,
      proposal: null,
      stance: null,
      evidence: at('The port is ready to raise wages.'),
    },
    {
      kind: 'stance',
      holder: 'port',
      addressee: null,
      content: 'rejects the plan',
      precondition: false,
      proposal: 'p1',
      stance: 'reject',
      evidence: at('The port authority rejected the plan.'),
    },
  ],
  proposals: [
    { id: 'p1', name: 'the Lantern Plan', sponsor: 'union', phases: [], mentions: [at('the plan')] },
  ],
  disconnects: [],
  messages: [],
}

describe('renderReport', () => {
  const report = renderReport(analysis)

  it('should state each precondition with its holder, addressee and evidence sentence', () => {
    expect(report).toContain(
      '- Harbour Union demands of Port Authority, as a precondition: freeze automation',
    )
    expect(report).toContain('"The union said the port must freeze automation before talks resume."')
  })

  it('should say to whom an offer is made', () => {
    expect(report).toContain('- Port Authority offers to Harbour Union: raise wages')
  })

  it('should group stances under their proposal and its sponsor', () => {
    expect(report).toMatch(/- the Lantern Plan \(sponsor: Harbour Union\)\n {2}- Port Authority: reject/)
  })

  it('should not run an evidence sentence into the next one', () => {
    expect(report).toContain('"The port authority rejected the plan."')
    expect(report).not.toContain('rejected the plan. Talks stalled.')
  })

  it('should say when a section is empty', () => {
    expect(report).toMatch(/## Point of disconnect\n\(none found\)/)
  })
})

describe('renderReport with attitudes', () => {
  const quote = (needle: string, attribution: 'speech' | 'attitude') => ({
    type: 'indirect' as const,
    spans: [at(needle)],
    cue: null,
    speaker: 'union',
    speakerSpan: null,
    date: null,
    attribution,
  })

  it('should list beliefs apart from what was said, never as quotes', () => {
    const report = renderReport({
      ...analysis,
      quotes: [quote('the port must freeze automation', 'speech'), quote('Talks stalled', 'attitude')],
    })
    const said = report.slice(report.indexOf('## Quotes by speaker'), report.indexOf('## Beliefs'))
    expect(said).toContain('the port must freeze automation')
    expect(said).not.toContain('Talks stalled')
    expect(report).toMatch(
      /## Beliefs and intentions \(not said\)\n- Harbour Union\n {2}- indirect: "Talks stalled"/,
    )
  })

  it('should leave the beliefs section out when there are none', () => {
    expect(renderReport({ ...analysis, quotes: [quote('Talks stalled', 'speech')] })).not.toContain('Beliefs')
  })
})
