import { describe, expect, it } from 'vitest'
import type { Actor } from '../../doc/index.ts'
import { createTestFinder, type Found, stateEntry } from './test-finder.ts'

const find = createTestFinder([
  {
    file: 'states.json',
    json: {
      version: '2026-01-01',
      actors: [
        stateEntry('FRA', 'France', ['French'], ['Paris']),
        stateEntry('TCD', 'Chad', ['Chadian'], ["N'Djamena"]),
      ],
    },
  },
  {
    file: 'places.json',
    json: {
      version: '2026-01-01',
      places: [{ id: 'place-lyon', name: 'Lyon', country: 'FRA', kind: 'city', aliases: [], demonyms: [] }],
    },
  },
])

const byId = (found: Found, id: string): Actor | undefined => found.actors.find((a) => a.id === id)

describe('actors: a capital or city an act is aimed at stands for its country', () => {
  it('codes the object of a verb', () => {
    const found = find('Rebel fighters attacked Paris on Monday.')
    const fra = byId(found, 'fra')
    expect(fra && found.said(fra)).toEqual(['Paris'])
    expect(fra?.mentions[0]?.kind).toBe('capital')
  })

  it('codes a place after a verb and a preposition of direction', () => {
    for (const text of ['The envoy flew to Paris for talks.', 'Protesters marched into Lyon.']) {
      const found = find(text)
      expect(byId(found, 'fra')?.country, text).toBe('FRA')
    }
  })

  it('codes a gazetteer city shelled or attacked', () => {
    const found = find('Artillery units shelled Lyon overnight.')
    const fra = byId(found, 'fra')
    expect(fra && found.said(fra)).toEqual(['Lyon'])
  })

  it('leaves a place that is only where something happens', () => {
    for (const text of [
      'He lives in Paris with his family.',
      'Talks in Lyon ended early.',
      'She came from Paris.',
    ]) {
      expect(byId(find(text), 'fra'), text).toBeUndefined()
    }
  })
})

describe('actors: a titled person followed by "of" or "from" a body', () => {
  it('takes the country of the state named after the name', () => {
    const found = find('President Omar Diallo of Chad arrived on Tuesday.')
    const person = found.actors.find((a) => a.kind === 'person')
    expect(person?.country).toBe('TCD')
    expect(person?.sector).toBe('GOV')
    expect(person && found.said(person)).toEqual(['Omar Diallo'])
  })

  it('leaves an untitled name alone', () => {
    const found = find('Omar Diallo of Chad arrived on Tuesday.')
    expect(found.actors.find((a) => a.kind === 'person')?.country ?? null).toBeNull()
  })
})

describe('actors: a titled person with no country serves the one state of the sentence', () => {
  it('takes the country of the only state named in the sentence', () => {
    const found = find('Judge Omar Diallo opened an inquiry into Chadian customs officers.')
    const person = found.actors.find((a) => a.kind === 'person')
    expect(person?.country).toBe('TCD')
    expect(person?.sector).toBe('JUD')
  })

  it('is not placed by another person of a state, nor by the demonym of their title', () => {
    const found = find('President Omar Diallo welcomed Chadian leader Paul Ngarta, who spoke.')
    const diallo = found.actors.find((a) => a.name === 'Omar Diallo')
    expect(diallo?.country ?? null).toBeNull()
    expect(found.actors.find((a) => a.name === 'Paul Ngarta')?.country).toBe('TCD')
  })

  it('takes none when the sentence names two states', () => {
    const found = find('President Omar Diallo welcomed French and Chadian delegates.')
    expect(found.actors.find((a) => a.kind === 'person')?.country ?? null).toBeNull()
  })
})
