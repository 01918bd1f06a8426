import { describe, expect, it } from 'vitest'
import type { Actor } from '../../doc/index.ts'
import { createTestFinder, type Found, stateEntry } from './test-finder.ts'

const state = (code: string, name: string, demonym: string) => stateEntry(code, name, [demonym])
const place = (
  id: string,
  name: string,
  country: string,
  kind: string,
  aliases: string[] = [],
  demonyms: string[] = [],
) => ({ id: `place-${id}`, name, country, kind, aliases, demonyms })

const find = createTestFinder([
  {
    file: 'states.json',
    json: {
      version: '2026-01-01',
      actors: [
        state('CHN', 'China', 'Chinese'),
        state('IND', 'India', 'Indian'),
        state('PAK', 'Pakistan', 'Pakistani'),
        state('NGA', 'Nigeria', 'Nigerian'),
        state('PSE', 'Palestine', 'Palestinian'),
      ],
    },
  },
  {
    file: 'places.json',
    json: {
      version: '2026-01-01',
      places: [
        place('shanghai', 'Shanghai', 'CHN', 'city'),
        place('donetsk', 'Donetsk', 'UKR', 'region', ['Donetsk region']),
        place('kherson', 'Kherson', 'UKR', 'region'),
        place('kyiv-region', 'Kyiv region', 'UKR', 'region'),
        place('kerala', 'Kerala', 'IND', 'region'),
        place('chennai', 'Chennai', 'IND', 'city', ['Madras']),
        place('lagos', 'Lagos', 'NGA', 'region', ['Lagos State']),
        place('west-bank', 'West Bank', 'PSE', 'territory'),
        place('tulkarm', 'Tulkarm', 'PSE', 'city'),
        place('kashmir', 'Kashmir', 'IND', 'region', [], ['Kashmiri', 'Kashmiris']),
        place('punjab-ind', 'Indian Punjab', 'IND', 'region', ['Punjab']),
        place('punjab-pak', 'Pakistani Punjab', 'PAK', 'region', ['Punjab']),
      ],
    },
  },
])

function mentioning(r: Found, phrase: string): Actor {
  const a = r.actors.find((x) => r.said(x).includes(phrase))
  if (!a) throw new Error(`no actor mentioned as "${phrase}": ${r.actors.map((x) => x.id).join(', ')}`)
  return a
}

describe('actors: places give a country to the phrase they modify', () => {
  it('should code "<place> <group noun>" like a demonym + noun, with the place country', () => {
    const police = find('Shanghai police detained three activists on Monday.')
    expect(mentioning(police, 'Shanghai police')).toMatchObject({ country: 'CHN', sector: 'COP' })
    const rebels = find('Donetsk region separatists fired on the checkpoint overnight.')
    expect(mentioning(rebels, 'Donetsk region separatists')).toMatchObject({ country: 'UKR', sector: 'REB' })
    const settlers = find('West Bank settlers torched two cars near the village.')
    expect(mentioning(settlers, 'West Bank settlers')).toMatchObject({ country: 'PSE', sector: 'CVL' })
  })

  it('should read a regional government as the state government, as "Indian officials" is', () => {
    const r = find('The Kerala government rejected the water plan on Sunday.')
    expect(mentioning(r, 'The Kerala government')).toMatchObject({ id: 'ind', sector: 'GOV' })
  })

  it('should give the country to institutions named after a place', () => {
    const court = find('The Madras High Court dismissed the petition.')
    expect(mentioning(court, 'The Madras High Court')).toMatchObject({ country: 'IND', sector: 'JUD' })
    const college = find('Researchers at Redfield College in Kerala published the survey.')
    expect(mentioning(college, 'Redfield College')).toMatchObject({ country: 'IND', sector: 'EDU' })
    const gov = find('The Lagos State Government closed the markets for a week.')
    expect(mentioning(gov, 'The Lagos State Government')).toMatchObject({ country: 'NGA' })
  })

  it('should read a place after of/from/in, and name the office holder after the place', () => {
    const r = find('The governor of Kherson said the dam was damaged.')
    expect(mentioning(r, 'The governor of Kherson')).toMatchObject({ country: 'UKR', role: 'governor' })
    const judge = find('A Kerala judge granted bail to the reporter.')
    expect(mentioning(judge, 'A Kerala judge')).toMatchObject({ name: 'Kerala judge', country: 'IND' })
  })

  it('should read past descriptive words and "<place> city of <place>" after of/from', () => {
    const mayor = find('Troops detained the mayor of the western West Bank city of Tulkarm overnight.')
    expect(mentioning(mayor, 'the mayor of the western West Bank city of Tulkarm')).toMatchObject({
      country: 'PSE',
      role: 'mayor',
    })
    const exiles = find('The envoy met exiled dissidents from army-ruled Pakistan on Friday.')
    expect(mentioning(exiles, 'dissidents from army-ruled Pakistan')).toMatchObject({
      country: 'PAK',
      sector: 'OPP',
    })
    const member = find('Police arrested a member of the radical Hamas movement at dawn.')
    expect(mentioning(member, 'a member of the radical Hamas movement')).toMatchObject({
      country: 'PSE',
      affiliation: 'hamas',
    })
  })

  it('should not take from/of after a possessive for the group\'s side: "its troops from X"', () => {
    const r = find('China will pull its troops from Pakistan.')
    expect(mentioning(r, 'troops').country).toBeNull()
  })

  it('should prefer a longer place to a KB capital inside it', () => {
    const r = find('Kyiv region officials reported damage to two schools.')
    expect(mentioning(r, 'Kyiv region officials')).toMatchObject({ id: 'ukr', sector: 'GOV' })
    expect(r.actors.flatMap(r.said)).not.toContain('Kyiv')
  })
})

describe('actors: civilians placed by their sentence', () => {
  it('should give unnamed civilians, protesters and refugees the country of the place they are in', () => {
    const r = find('Three children were hurt in shelling in the north of the West Bank on Monday.')
    expect(mentioning(r, 'Three children')).toMatchObject({ country: 'PSE', sector: 'CVL' })
    const m = find('Thousands of demonstrators marched through the streets in Shanghai.')
    expect(mentioning(m, 'demonstrators')).toMatchObject({ country: 'CHN', sector: 'OPP' })
  })

  it('should give none for a place before them or past a comma, or when a possessive owns the group', () => {
    const before = find('After the floods in Kerala the villagers went home.')
    expect(mentioning(before, 'the villagers').country).toBeNull()
    const comma = find('Villagers, the officials said, were moved to camps in Kerala.')
    expect(mentioning(comma, 'Villagers').country).toBeNull()
    const own = find('China told its citizens to stay in Kerala.')
    expect(mentioning(own, 'citizens').country).toBeNull()
  })
})

describe('actors: demonyms of places', () => {
  it('should code "<place demonym> <noun>" with the place country, and a plural alone as its people', () => {
    const r = find('Kashmiri separatists called a strike, and Kashmiris stayed home.')
    expect(mentioning(r, 'Kashmiri separatists')).toMatchObject({ country: 'IND', sector: 'REB' })
    expect(mentioning(r, 'Kashmiris')).toMatchObject({
      id: 'place-kashmir-people',
      country: 'IND',
      sector: 'CVL',
    })
  })

  it('should not make an actor of a singular place demonym before an ordinary noun', () => {
    expect(find('The shop sold Kashmiri shawls.').actors).toEqual([])
  })
})

describe('actors: a place is never an actor on its own', () => {
  it('should not make an actor, a person or an organisation of a place named alone', () => {
    const r = find(
      'Talks resumed in Shanghai. The West Bank was quiet, and West Bank said nothing. Donetsk Oblast fighting went on.',
    )
    expect(r.actors).toEqual([])
  })

  it('should not read a place with an organisation head word as an organisation', () => {
    const r = find('Israeli officials said the West Bank was calm on Tuesday.')
    expect(r.actors.map((a) => a.id)).toEqual(['isr'])
  })

  it('should give no country when the place name belongs to two countries', () => {
    const r = find('Punjab police detained the two men.')
    expect(mentioning(r, 'police')).toMatchObject({ country: null, sector: 'COP' })
  })
})
