import { describe, expect, it } from 'vitest'
import { foldText } from './alias-index.ts'
import { createPlaceIndex } from './place-index.ts'
import type { KbPlace } from './schema.ts'

const places: KbPlace[] = [
  { id: 'place-west-bank', name: 'West Bank', country: 'PSE', kind: 'territory', aliases: [] },
  { id: 'place-sao-paulo', name: 'São Paulo', country: 'BRA', kind: 'city', aliases: ['Sao Paulo'] },
  { id: 'place-punjab-ind', name: 'Indian Punjab', country: 'IND', kind: 'region', aliases: ['Punjab'] },
  { id: 'place-punjab-pak', name: 'Pakistani Punjab', country: 'PAK', kind: 'region', aliases: ['Punjab'] },
  { id: 'place-donetsk', name: 'Donetsk', country: 'UKR', kind: 'region', aliases: ['Donetsk region'] },
]
const index = createPlaceIndex(places)

function at(text: string, offset = 0) {
  const m = index.match(foldText(text), offset)
  return m ? { text: text.slice(m.start, m.end), country: m.country, ids: m.places.map((p) => p.id) } : null
}

describe('createPlaceIndex', () => {
  it('should match names and aliases with the actor rules (longest form, diacritics folded)', () => {
    expect(at('West Bank settlers')).toEqual({ text: 'West Bank', country: 'PSE', ids: ['place-west-bank'] })
    expect(at('Donetsk region officials')?.text).toBe('Donetsk region')
    expect(at('Sao Paulo police')?.country).toBe('BRA')
    expect(at('São Paulo police')?.country).toBe('BRA')
  })
  it('should match case-sensitively at word boundaries only', () => {
    expect(at('west bank')).toBeNull()
    expect(at('Donetskiy')).toBeNull()
  })
  it('should give no country when a form names places in two countries', () => {
    const m = at('Punjab police')
    expect(m?.text).toBe('Punjab')
    expect(m?.country).toBeNull()
    expect(m?.ids).toHaveLength(2)
  })
})
