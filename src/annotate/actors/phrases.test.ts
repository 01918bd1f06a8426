import { describe, expect, it } from 'vitest'
import { createTestFinder, type Found, stateEntry } from './test-finder.ts'

const state = (code: string, name: string, demonym: string, capital?: string) =>
  stateEntry(code, name, [demonym, `${demonym}s`], capital ? [capital] : [])

const find = createTestFinder([
  {
    file: 'states.json',
    json: {
      version: '2026-01-01',
      actors: [
        state('FRA', 'France', 'French', 'Paris'),
        state('DEU', 'Germany', 'German', 'Berlin'),
        state('SYR', 'Syria', 'Syrian'),
        state('IDN', 'Indonesia', 'Indonesian'),
        state('TCD', 'Chad', 'Chadian'),
        state('GBR', 'United Kingdom', 'British'),
        state('BFA', 'Burkina Faso', 'Burkinabe'),
        state('IND', 'India', 'Indian'),
        {
          id: 'lena-vogt',
          name: 'Lena Vogt',
          kind: 'person',
          country: 'DEU',
          sector: 'GOV',
          aliases: [],
          affiliation: 'deu',
          roles: [{ title: 'chancellor', of: 'deu', from: '2001-01-01', to: '2005-12-31' }],
        },
        {
          id: 'chad-farmers-front',
          name: 'National Front of Chadian Farmers',
          kind: 'group',
          country: 'TCD',
          sector: 'OPP',
          aliases: [],
          affiliation: null,
        },
        {
          id: 'aerolux',
          name: 'Aerolux',
          kind: 'organization',
          country: 'FRA',
          sector: 'BUS',
          aliases: [],
          affiliation: null,
        },
        {
          id: 'chad-growers',
          name: 'League of Chadian Growers',
          kind: 'organization',
          country: 'TCD',
          sector: 'LAB',
          aliases: ['LCG'],
          affiliation: null,
        },
        {
          id: 'fra-liberals',
          name: 'Liberal Union of France',
          kind: 'organization',
          country: 'FRA',
          sector: 'PTY',
          aliases: ['Liberals'],
          affiliation: null,
        },
        {
          id: 'in-congress',
          name: 'Indian National Congress',
          kind: 'organization',
          country: 'IND',
          sector: 'PTY',
          aliases: ['Congress Party'],
          affiliation: null,
        },
      ],
    },
  },
  {
    file: 'places.json',
    json: {
      version: '2026-01-01',
      places: [{ id: 'place-fife', name: 'Fife', country: 'GBR', kind: 'region' }],
    },
  },
])

function coded(r: Found, phrase: string): [string | null, string | null] {
  const a = r.actors.find((x) => r.said(x).includes(phrase))
  if (!a) throw new Error(`no actor mentioned as "${phrase}": ${r.actors.map((x) => x.id).join(', ')}`)
  return [a.country, a.sector]
}

describe('actors: coding noun phrases', () => {
  it('should code each of two coordinated demonyms with the head noun', () => {
    const r = find('Senior French and German officials met on Monday. French and German troops left.')
    expect(coded(r, 'French')).toEqual(['FRA', 'GOV'])
    expect(coded(r, 'German officials')).toEqual(['DEU', 'GOV'])
    const troops = find('French and German troops left the base.')
    expect(coded(troops, 'French')).toEqual(['FRA', 'MIL'])
    expect(coded(troops, 'German troops')).toEqual(['DEU', 'MIL'])
  })

  it('should let a sector-giving modifier beat a government noun for people, not for the government', () => {
    expect(coded(find('Syrian intelligence officials said so.'), 'Syrian intelligence officials')).toEqual([
      'SYR',
      'SPY',
    ])
    expect(coded(find('French army officers said so.'), 'French army officers')).toEqual(['FRA', 'MIL'])
    const r = find('Soldiers toppled the civilian government in Chad.')
    expect(r.actors.find((a) => a.id === 'tcd')?.sector).toBe('GOV')
  })

  it('should code a capital that acts as its government, and leave a capital as a place alone', () => {
    expect(coded(find('Berlin rejected the offer.'), 'Berlin')).toEqual(['DEU', 'GOV'])
    expect(find('They met in Berlin on Monday.').actors.map((a) => a.id)).not.toContain('deu')
  })

  it('should read an unknown capitalised qualifier between an affiliation and the head', () => {
    expect(
      coded(find("Chad's Transitional government ordered a curfew."), "Chad's Transitional government"),
    ).toEqual(['TCD', 'GOV'])
  })

  it('should take the affiliation after throughout, across, based in, and of + demonym + body', () => {
    expect(coded(find('Students throughout Indonesia marched.'), 'Students throughout Indonesia')).toEqual([
      'IDN',
      'EDU',
    ])
    const r = find('A member of the Syrian parliament, Rami Haddad, began a fast.')
    expect(coded(r, 'Rami Haddad')).toEqual(['SYR', 'LEG'])
  })

  it('should make an unknown organisation after of/at an affiliation, with its country', () => {
    const r = find('a professor of modern history at the University of Kirkcaldy in Fife')
    expect(coded(r, 'University of Kirkcaldy')).toEqual(['GBR', 'EDU'])
    const professor = r.actors.find((a) => a.kind === 'person')
    expect([professor?.country, professor?.affiliation]).toEqual(['GBR', 'university-of-kirkcaldy'])
    const league = find('the President of the Chadian Farmers League')
    expect(coded(league, 'Farmers League')[0]).toBe('TCD')
  })

  it('should give a role noun the sector of its modifier and of occupations', () => {
    expect(coded(find('an army accountant'), 'an army accountant')[1]).toBe('MIL')
    expect(coded(find('an indigenous leader'), 'an indigenous leader')[1]).toBe('CVL')
    expect(coded(find('Some Buddhists gathered.'), 'Some Buddhists')[1]).toBe('BUD')
  })

  it('should code people named by their deed or an insult with an unknown sector, keeping the country', () => {
    expect(coded(find('Syrian occupiers left the village.'), 'Syrian occupiers')).toEqual(['SYR', 'UNK'])
    expect(coded(find('The intruders fled before dawn.'), 'The intruders')).toEqual([null, 'UNK'])
    expect(coded(find('Police called them savages.'), 'savages')[1]).toBe('UNK')
    // as a modifier such a noun gives no sector, and the adjective "savage" names nobody
    expect(find('A savage storm hit the coast.').actors).toEqual([])
  })

  it('should make a part of a state named by its demonym an actor of unknown sector, not the state', () => {
    expect(coded(find('Shells fell on a Syrian village at dawn.'), 'a Syrian village')).toEqual([
      'SYR',
      'UNK',
    ])
    expect(coded(find('Boats reached the Indonesian islands overnight.'), 'the Indonesian islands')).toEqual([
      'IDN',
      'UNK',
    ])
    // without a demonym the noun is only where something happened; the place after "of" is read alone
    const of = find('Troops entered the northern regions of Germany.')
    expect(of.actors.some((a) => a.sector === 'UNK')).toBe(false)
    expect(find('The village mourned.').actors).toEqual([])
  })

  it('should read a postposed "general" as part of the title', () => {
    // the tagger calls "general" here an adjective; the title is "secretary general", not "secretary"
    const r = find('The deputy secretary general for political affairs arrived.')
    expect(r.actors.map((a) => [a.role, r.said(a)])).toEqual([
      ['secretary general', ['The deputy secretary general']],
    ])
  })

  it('should keep a capitalised modifier that starts an organisation name in the name', () => {
    const named = (text: string) => find(text).actors.map((a) => a.name)
    expect(named('The National Weavers Association sued.')).toEqual(['National Weavers Association'])
    expect(named('The Federal Harbour Commission ruled.')).toEqual(['Federal Harbour Commission'])
    // a place right before the run is the first part of the name
    expect(coded(find('The Fife Police Department arrested two men.'), 'Fife Police Department')).toEqual([
      'GBR',
      'GOV',
    ])
  })

  it('should make a capitalised state body with no state an organisation that placement places', () => {
    const r = find('Syria protested. The Supreme Court rejected the appeal.')
    expect(r.actors.find((a) => a.name === 'Supreme Court')).toMatchObject({
      kind: 'organization',
      country: 'SYR',
    })
  })

  it('should read generic institution words right after a KB body as that body', () => {
    const r = find('The Aerolux Security Service denied it.')
    expect(r.actors.map((a) => [a.id, r.said(a)])).toEqual([['aerolux', ['Aerolux', 'Security Service']]])
  })

  it('should never read a capitalised run ending in a party plural as a person', () => {
    // party-family words make another party; a chamber's members are the party; other words are skipped
    const social = find('The Social Democrats said they would stay out.')
    expect(coded(social, 'Social Democrats')).toEqual([null, 'PTY'])
    expect(social.actors.some((a) => a.kind === 'person')).toBe(false)
    expect(find('The Christian Liberals said no.').actors.map((a) => a.id)).not.toContain('fra-liberals')
    expect(coded(find('House Liberals said the bill was dead.'), 'House Liberals')).toEqual(['FRA', 'PTY'])
    const opening = find('Even Liberals said the bill was dead.')
    expect(opening.actors.map((a) => [a.id, opening.said(a)])).toEqual([['fra-liberals', ['Liberals']]])
  })

  it('should read a participle used as a group noun, and prefer a KB name over a group-noun reading', () => {
    expect(coded(find('Burkina Faso’s displaced returned.'), 'Burkina Faso’s displaced')).toEqual([
      'BFA',
      'REF',
    ])
    expect(find('He displaced them.').actors.map((a) => a.name)).toEqual(['he'])
    expect(coded(find('The Congress Party said no.'), 'Congress Party')).toEqual(['IND', 'PTY'])
  })
})

describe('actors: titles and KB people', () => {
  it('should resolve a title + surname to the KB person who held that title, coded by that office', () => {
    // the article (2024) is dated after her term, but the title speaks of her in office
    const r = find('Chancellor Vogt said on Monday.')
    const a = r.actors.find((x) => x.kind === 'person')
    expect([a?.id, a?.country, a?.sector]).toEqual(['lena-vogt', 'DEU', 'GOV'])
    // without the title she is a former chancellor
    const bare = find('Lena Vogt said on Monday.').actors.find((x) => x.kind === 'person')
    expect(bare?.sector).toBe('ELI')
    // a surname with another title is nobody known
    expect(find('General Vogt said on Monday.').actors.find((x) => x.id === 'lena-vogt')).toBeUndefined()
  })

  it('should read "the <surname> administration" as the state of the office that person held', () => {
    const r = find('The Vogt administration rejected the offer.')
    expect(coded(r, 'The Vogt administration')).toEqual(['DEU', 'GOV'])
  })
})

describe('actors: officers of non-government bodies', () => {
  it('should not code the president of an association or league of unknown sector as government', () => {
    const r = find('The president of the Chadian Farmers Association spoke on Monday.')
    expect(coded(r, 'The president of the Chadian Farmers Association')).toEqual(['TCD', null])
    const named = find('Ana Ruiz, vice president of the Fife Walkers League, said so.')
    expect(named.actors.find((a) => a.name === 'Ana Ruiz')?.sector ?? null).toBeNull()
    expect(coded(find('The president of France spoke.'), 'The president of France')[1]).toBe('GOV')
  })
})

describe('actors: intelligence services read from the text', () => {
  it('should code an unknown organisation named for intelligence as SPY, but not a committee', () => {
    expect(coded(find("Syria's Ministry of Intelligence denied it."), 'Ministry of Intelligence')).toEqual([
      'SYR',
      'SPY',
    ])
    const committee = find("France's Intelligence Oversight Committee met.")
    expect(coded(committee, 'Intelligence Oversight Committee')[1]).not.toBe('SPY')
    const firm = find('Analysts at the Northbridge Intelligence Group said so.')
    expect(firm.actors.map((a) => a.sector)).not.toContain('SPY')
  })
})

describe('actors: a KB person seen in full, then by surname', () => {
  it('should take the bare surname for the KB person named in full earlier', () => {
    const r = find('Chancellor Lena Vogt spoke on Monday. Vogt said the talks would go on.')
    const vogt = r.actors.find((a) => a.id === 'lena-vogt')
    expect(vogt && r.said(vogt)).toEqual(['Lena Vogt', 'Vogt'])
  })
})

describe('actors: peoples living in another state', () => {
  it('should code "<plural demonym> in <state>" as civilians of the state they live in', () => {
    const r = find('Ethnic Syrians in northern Chad demanded schools.')
    expect(coded(r, 'Ethnic Syrians in northern Chad')).toEqual(['TCD', 'CVL'])
    expect(coded(find('Many Germans in south France voted.'), 'Many Germans in south France')).toEqual([
      'FRA',
      'CVL',
    ])
    expect(coded(find('Indians in India voted.'), 'Indians')).toEqual(['IND', 'CVL'])
  })

  it('should code a security chief as police', () => {
    expect(coded(find('The Chadian security chief resigned.'), 'The Chadian security chief')).toEqual([
      'TCD',
      'COP',
    ])
  })
})

describe('actors: businesses and their products', () => {
  it('should read "<state> <business head>" as a business of that state', () => {
    const r = find('The Syria Airlines plane landed, and India Railways staff struck.')
    expect(coded(r, 'Syria Airlines')).toEqual(['SYR', 'BUS'])
    expect(coded(r, 'India Railways')).toEqual(['IND', 'BUS'])
    // Syria itself is listed only to close the affiliation chain: no mention of the state
    expect(r.actors.find((a) => a.id === 'syr')?.mentions ?? []).toEqual([])
  })

  it('should read a company name before a model number as the product, not the company', () => {
    const r = find('The Syria Airlines Aerolux 340 crashed. Aerolux said it would help.')
    expect(r.said(r.actors.find((a) => a.id === 'aerolux')!)).toEqual(['Aerolux'])
    expect(coded(r, 'Syria Airlines')).toEqual(['SYR', 'BUS'])
  })
})

describe('actors: more coordination and media', () => {
  it('should coordinate a state name with a demonym before the head noun', () => {
    const r = find('France and German officials spoke. Germany and French troops left.')
    expect(coded(r, 'France')).toEqual(['FRA', 'GOV'])
    expect(coded(r, 'Germany')).toEqual(['DEU', 'MIL'])
    expect(coded(r, 'French troops')).toEqual(['FRA', 'MIL'])
  })

  it('should make the unknown title after a media noun a JRN organisation', () => {
    const r = find('Police raided the weekly Gazeta Nova on Monday.')
    const paper = r.actors.find((a) => a.name === 'Gazeta Nova')
    expect([paper?.kind, paper?.sector]).toEqual(['organization', 'JRN'])
  })

  it("should read an organisation whose name starts with a group noun: the Chadian Farmers' Union", () => {
    const r = find("The Chadian Farmers' Union called a strike.")
    const union = r.actors.find((a) => a.kind === 'organization')
    expect([union?.name, union?.country, union?.sector]).toEqual(["Farmers' Union", 'TCD', 'LAB'])
  })

  it('should read capitalised portfolio words before Minister as part of the title, not as actors', () => {
    const r = find('Syrian Tourism and Heritage Minister Rami Haddad said so.')
    const p = r.actors.find((a) => a.kind === 'person')
    expect([p?.name, p?.country, p?.sector]).toEqual(['Rami Haddad', 'SYR', 'GOV'])
  })

  it('should read hyphenated origins, noun qualifiers and time words after the head', () => {
    expect(coded(find('Syrian-led forces attacked.'), 'Syrian-led forces')).toEqual(['SYR', 'MIL'])
    expect(coded(find('Angry French dock workers marched.'), 'Angry French dock workers')).toEqual([
      'FRA',
      'LAB',
    ])
    expect(coded(find('Syrian officers today ended the talks.'), 'Syrian officers')).toEqual(['SYR', 'MIL'])
    expect(find('Syrian army operations continued.').actors.map((a) => a.sector)).not.toContain('CVL')
  })

  it('should give modifier sectors to opposition parties and agents', () => {
    expect(
      coded(find('Two opposition parties in Chad called a strike.'), 'Two opposition parties in Chad'),
    ).toEqual(['TCD', 'OPP'])
    expect(coded(find('French border patrol agents stopped them.'), 'French border patrol agents')).toEqual([
      'FRA',
      'COP',
    ])
  })

  it('should code a KB person called former or ousted as ELI', () => {
    const r = find('Ousted Chancellor Lena Vogt said on Monday.')
    const p = r.actors.find((a) => a.kind === 'person')
    expect([p?.id, p?.sector, p?.role]).toEqual(['lena-vogt', 'ELI', 'former chancellor'])
  })

  it('should read a people named after a demonym as civilians of the first country', () => {
    expect(coded(find('Syrian Germans voted on Sunday.'), 'Syrian Germans')).toEqual(['SYR', 'CVL'])
    expect(coded(find('Thousands of Chadian Zaghawas marched.'), 'Chadian Zaghawas')).toEqual(['TCD', 'CVL'])
    expect(coded(find('Ordinary Germans voted.'), 'Ordinary Germans')).toEqual(['DEU', 'CVL'])
  })

  it('should read a group noun before the places it holds as the group', () => {
    expect(coded(find('Jets struck Chadian rebel camps.'), 'Chadian rebel')).toEqual(['TCD', 'REB'])
  })

  it('should read a KB name starting with a modifier word as the name, and rights groups as NGOs', () => {
    expect(
      coded(find('The National Front of Chadian Farmers said no.'), 'National Front of Chadian Farmers'),
    ).toEqual(['TCD', 'OPP'])
    expect(coded(find('A human rights group protested.'), 'A human rights group')[1]).toBe('NGO')
  })

  it('should read a title tagged as an adjective when it heads a subject, and no predicate as an actor', () => {
    expect(coded(find("Chad's army chief warned on Monday."), "Chad's army chief")).toEqual(['TCD', 'MIL'])
    expect(find('The decision is official.').actors).toEqual([])
  })

  it('should code common occupations and groups by their sector', () => {
    expect(coded(find('Chadian kidnappers seized a bus.'), 'Chadian kidnappers')).toEqual(['TCD', 'CRM'])
    expect(coded(find('French fishermen blocked the port.'), 'French fishermen')).toEqual(['FRA', 'AGR'])
    expect(coded(find('Syrian paramedics reached the town.'), 'Syrian paramedics')).toEqual(['SYR', 'MED'])
  })
})

describe('actors: negotiation articles as an analyst reads them', () => {
  it('should make coordinated capitals that act stand for their governments, each one', () => {
    const r = find('Paris and Berlin agreed to resume the talks.')
    expect(coded(r, 'Paris')).toEqual(['FRA', 'GOV'])
    expect(coded(r, 'Berlin')).toEqual(['DEU', 'GOV'])
    // a capital followed by its country is an address, not two parties
    expect(find('She lives in Paris, Germany agreed.').actors.map((a) => a.id)).not.toContain('fra')
    expect(find('Trains between Paris and Berlin resumed.').actors.map((a) => a.id)).toEqual([])
  })

  it('should take capitalised words before a capitalised title as part of the office, not of the name', () => {
    const leader = find('House Minority Leader Rami Haddad rejected the bill.')
    const p = leader.actors.find((a) => a.kind === 'person')
    expect([p?.name, p?.role, p?.sector]).toEqual(['Rami Haddad', 'minority leader', 'LEG'])
    const speaker = find('Lower House Speaker Ines Okonma opened the session.').actors.find(
      (a) => a.kind === 'person',
    )
    expect([speaker?.name, speaker?.role]).toEqual(['Ines Okonma', 'speaker'])
    const inspector = find('Inspector General Ana Ruiz wrote the report.').actors.find(
      (a) => a.kind === 'person',
    )
    expect([inspector?.name, inspector?.role, inspector?.sector]).toEqual([
      'Ana Ruiz',
      'inspector general',
      null,
    ])
  })

  it('should not read a title-case headline or a name suffix as a title before a name', () => {
    expect(find('Mayor Told A Female Reporter Not To Smile').actors.map((a) => a.name)).not.toContain(
      'Not To',
    )
    expect(find('They honoured Martin Luther King Jr. on Monday.').actors.map((a) => a.name)).not.toContain(
      'Jr.',
    )
  })

  it('should make a role description the one named holder of that role for that body in the article', () => {
    const r = find(
      'Aerolux spokesman says talks stalled. Aerolux spokesman Ines Okonma said the talks stalled.',
    )
    const people = r.actors.filter((a) => a.kind === 'person')
    expect(people.map((a) => a.name)).toEqual(['Ines Okonma'])
    expect(r.said(people[0]!)).toEqual(['Aerolux spokesman', 'Ines Okonma'])
  })

  it('should leave a role description apart when two named people could hold the role, or it is indefinite', () => {
    const two = find(
      'Aerolux spokesman says talks stalled. Aerolux spokesman Ines Okonma said so. Aerolux spokesman Ana Ruiz agreed.',
    )
    expect(two.actors.filter((a) => a.kind === 'person')).toHaveLength(3)
    const source = find('A Aerolux spokesman said talks stalled. Aerolux spokesman Ines Okonma denied it.')
    expect(source.actors.filter((a) => a.kind === 'person')).toHaveLength(2)
  })

  it('should make a role right after a named person and a comma that person, whatever title they hold', () => {
    const r = find('Talks stalled, said Lena Vogt, the leader of Aerolux, on Monday.')
    const vogt = r.actors.find((a) => a.id === 'lena-vogt')
    expect(r.said(vogt!)).toEqual(['Lena Vogt', 'the leader of Aerolux'])
    expect(r.actors.filter((a) => a.kind === 'person')).toHaveLength(1)
  })

  it('should not read a title glued to a number as a person: a 150-member parliament', () => {
    const r = find('The party lost seats in the 150-member parliament and before a three-judge panel.')
    expect(r.actors.filter((a) => a.kind === 'person')).toEqual([])
  })

  it("should leave a possessive role after a name to someone else: the chancellor's adviser", () => {
    const r = find("Talks stalled, said Lena Vogt, the chancellor's adviser, on Monday.")
    const vogt = r.actors.find((a) => a.id === 'lena-vogt')
    expect(r.said(vogt!)).toEqual(['Lena Vogt'])
  })

  it('should make no person of an office nobody holds yet: a predicate, the post of prime minister', () => {
    const people = (text: string) => find(text).actors.filter((a) => a.kind === 'person')
    expect(people('Nobody knows who will be the prime minister.')).toEqual([])
    expect(people('The party wants the post of prime minister.')).toEqual([])
    expect(people('The prime minister said no.')).toHaveLength(1)
  })

  it('should not take a name after "in the" for a person when it comes back alone', () => {
    const r = find('Delegates held talks in the Palais Morten. "Long day in Morten," a delegate wrote.')
    expect(r.actors.filter((a) => a.kind === 'person').map((a) => a.name)).not.toContain('Palais Morten')
  })

  it('should keep the office before a form of address: Chancellor Sheikh X is a chancellor', () => {
    const p = find('Chancellor Sheikh Rami Haddad met them.').actors.find((a) => a.kind === 'person')
    expect([p?.name, p?.role]).toEqual(['Rami Haddad', 'chancellor'])
    // "Mr. Prince said": a surname that is also a title
    expect(find('"We will see," Mr. Prince said.').actors.map((a) => a.role)).not.toContain('mr.')
  })

  it('should take the body named after a state in an of-part: the director of the Chad Aerolux', () => {
    const r = find('The director of the Chad Aerolux, Ines Okonma, resigned.')
    const p = r.actors.find((a) => a.kind === 'person')
    expect([p?.name, p?.affiliation]).toEqual(['Ines Okonma', 'aerolux'])
  })

  it('should make an unknown organisation name followed by a KB short name in brackets that organisation', () => {
    const r = find('Talks failed when the Growers Union (LCG) rejected the offer.')
    const lcg = r.actors.find((a) => a.id === 'chad-growers')
    expect(r.said(lcg!)).toEqual(['Growers Union', 'LCG'])
    expect(r.actors.map((a) => a.name)).not.toContain('Growers Union')
  })
})
