import { describe, expect, it } from 'vitest'
import type { KbEntry } from '../../kb/index.ts'
import { isGenericMention, isGenericName } from './generic-bodies.ts'
import { createTestFinder, stateEntry } from './test-finder.ts'

const senate = {
  id: 'frd-senate',
  name: 'Freedonian Senate',
  kind: 'organization',
  country: 'FRD',
  sector: 'LEG',
  aliases: ['Senate', 'National Security Council', 'NSC', 'Senate House Tower'],
  affiliation: 'frd',
}

const find = createTestFinder([
  {
    file: 'states.json',
    json: {
      version: '2026-01-01',
      actors: [
        stateEntry('FRD', 'Freedonia', ['Freedonian'], ['Fredport']),
        stateEntry('SYL', 'Sylvania', ['Sylvanian'], ['Sylvan City']),
        senate,
      ],
    },
  },
])

describe('actors: bodies named by generic words', () => {
  it('should tell generic names and their initials from names of one state', () => {
    const entry = senate as unknown as KbEntry
    expect(isGenericMention(entry, 'the Senate')).toBe(true)
    expect(isGenericMention(entry, 'NSC')).toBe(true)
    expect(isGenericMention(entry, 'Freedonian Senate')).toBe(false)
    expect(isGenericMention(entry, 'Senate House Tower')).toBe(false)
    expect(isGenericName('Security Service')).toBe(true)
    expect(isGenericName('the of')).toBe(false)
  })

  it('should keep the KB body when the article names its state', () => {
    const r = find('Freedonia protested, and the Senate voted on Monday.')
    expect(r.actors.map((a) => a.id)).toContain('frd-senate')
  })

  it('should make it an unknown body, placed by the dateline, when the article never names its state', () => {
    const r = find('SYLVAN CITY (AP) — The Senate voted on Monday.')
    expect(r.actors.map((a) => a.id)).not.toContain('frd-senate')
    const body = r.actors.find((a) => r.said(a).includes('Senate'))
    expect(body).toMatchObject({ known: false, country: 'SYL', sector: 'LEG' })
  })

  it('should leave such a body without a country when nothing places it', () => {
    const r = find('The NSC met on Monday.')
    expect(r.actors.find((a) => r.said(a).includes('NSC'))).toMatchObject({ known: false, country: null })
  })
})

describe('actors: a ministry named without its state', () => {
  it('should be an unknown ministry placed by its paragraph or the dateline', () => {
    const after = find('Freedonia protested. The Foreign Ministry said talks would resume.')
    expect(after.actors.find((a) => a.name === 'Foreign Ministry')).toMatchObject({
      country: 'FRD',
      sector: 'GOV',
    })
    const dated = find('SYLVAN CITY (AP) — The Interior Ministry said talks would resume.')
    expect(dated.actors.find((a) => a.name === 'Interior Ministry')).toMatchObject({ country: 'SYL' })
    // lower case, it only refers back; alone it names no one
    expect(find('The ministry said talks would resume.').actors).toEqual([])
  })
})

describe('actors: a party named without its state', () => {
  it('should be placed like a state body', () => {
    const r = find('Freedonia held elections. The Social Democrats said they would stay out.')
    expect(r.actors.find((a) => a.name === 'Social Democrats')).toMatchObject({
      country: 'FRD',
      sector: 'PTY',
    })
  })
})

describe('actors: datelines', () => {
  it('should read the wire styles of a dateline', () => {
    const place = (text: string) => find(text).actors.find((a) => a.name === 'Interior Ministry')?.country
    expect(place('SYLVAN CITY, May 2. /Wire/. The Interior Ministry said talks would resume.')).toBe('SYL')
    expect(place('Fredport: The Interior Ministry said talks would resume.')).toBe('FRD')
    // a capitalised opening without a place gives no state
    expect(place('Update: The Interior Ministry said talks would resume.')).toBeNull()
  })
})
