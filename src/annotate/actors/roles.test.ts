import { describe, expect, it } from 'vitest'
import type { KbEntry } from '../../kb/index.ts'
import { affiliationOn, createRoleIndex, personOn, roleForTitle, titleMatches, titleSector } from './roles.ts'

const leader: KbEntry = {
  id: 'ana-ruiz',
  name: 'Ana Ruiz',
  kind: 'person',
  country: 'ESP',
  sector: 'GOV',
  aliases: [],
  affiliation: null,
  roles: [
    { title: 'defence minister', of: 'esp', from: '2015-01-01', to: '2018-12-31' },
    { title: 'prime minister', of: 'esp', from: '2019-01-01', to: '2022-12-31' },
  ],
}
const unionist: KbEntry = {
  id: 'leo-marsh',
  name: 'Leo Marsh',
  kind: 'person',
  country: 'USA',
  sector: 'LAB',
  aliases: [],
  affiliation: 'dock-union',
  roles: [{ title: 'president', of: 'dock-union', from: '2020-01-01', to: null }],
}

describe('roles', () => {
  it('should give the office held on the date, and ELI once every office has ended', () => {
    expect(personOn(leader, '2016-06-01')).toEqual({ role: 'defence minister', sector: 'GOV' })
    expect(personOn(leader, '2020-06-01')).toEqual({ role: 'prime minister', sector: 'GOV' })
    expect(personOn(leader, '2024-06-01')).toEqual({ role: 'former prime minister', sector: 'ELI' })
  })

  it('should code a head of a regional government by the office first, then by the assembly seat kept after it', () => {
    const regional: KbEntry = {
      ...leader,
      id: 'omar-tahir',
      name: 'Omar Tahir',
      roles: [
        { title: 'chief minister of Norland', of: 'esp', from: '2018-08-01', to: '2021-10-01' },
        {
          title: 'member of the Provincial Assembly of Norland',
          of: 'esp',
          from: '2018-07-20',
          to: '2023-08-01',
        },
      ],
    }
    expect(personOn(regional, '2020-01-01').sector).toBe('GOV')
    expect(personOn(regional, '2022-06-01').sector).toBe('LEG')
    expect(personOn(regional, '2024-06-01').sector).toBe('ELI')
  })

  it('should code an undated text by the latest office, never as former', () => {
    expect(personOn(leader, null).role).toBe('prime minister')
    expect(personOn(leader, null).sector).toBe('GOV')
  })

  it("should give an office of a body that is not a state the body's sector", () => {
    expect(personOn(unionist, '2024-01-01', (id) => (id === 'dock-union' ? 'LAB' : undefined)).sector).toBe(
      'LAB',
    )
    expect(personOn(unionist, '2024-01-01').sector).toBe('GOV')
  })

  it('should find who held an office of a state on a date', () => {
    const roles = createRoleIndex([leader, unionist])
    expect(roles.holder('Prime Minister', 'esp', '2021-01-01')?.id).toBe('ana-ruiz')
    expect(roles.holder('prime minister', 'esp', '2023-01-01')).toBeNull()
    expect(roles.officeOf(leader, '2021-01-01')).toBe('esp')
  })

  it('should read sectors from office titles', () => {
    expect(titleSector('Defence Minister')).toBe('GOV')
    expect(titleSector('member of parliament')).toBe('LEG')
    expect(titleSector('chief of the general staff')).toBe('MIL')
    expect(titleSector('director of national intelligence')).toBe('SPY')
    expect(titleSector('spokesman')).toBeNull()
  })

  it('should find the holder of a title by surname: on the date, else the latest before it', () => {
    const elder: KbEntry = {
      ...leader,
      id: 'tomas-ruiz',
      name: 'Tomás Ruiz',
      roles: [{ title: 'prime minister', of: 'esp', from: '1990-01-01', to: '1995-12-31' }],
    }
    const index = createRoleIndex([leader, elder, unionist])
    expect(index.bySurname('Ruiz', 'Prime Minister', '2020-06-01')?.id).toBe('ana-ruiz')
    expect(index.bySurname('Ruiz', 'prime minister', '1993-06-01')?.id).toBe('tomas-ruiz')
    expect(index.bySurname('Ruiz', 'prime minister', '1997-06-01')?.id).toBe('tomas-ruiz')
    expect(index.bySurname('Ruiz', 'prime minister', null)?.id).toBe('ana-ruiz')
    expect(index.bySurname('Ruiz', 'president', null)).toBeNull()
    expect(index.bySurname('Marsh', 'president', '2024-01-01')?.id).toBe('leo-marsh')
  })
})

describe('titleSector', () => {
  it('reads the title before its of-part when the whole title is unknown', () => {
    expect(titleSector('archbishop of Westbury')).toBe('REL')
    expect(titleSector('judge of the appeals chamber')).toBe('JUD')
    expect(titleSector('keeper of the records')).toBeNull()
  })
})

describe('affiliationOn', () => {
  const partyMan: KbEntry = {
    id: 'tal-oren',
    name: 'Tal Oren',
    kind: 'person',
    country: 'ESP',
    sector: 'PTY',
    aliases: [],
    affiliation: 'green-list',
    roles: [{ title: 'foreign minister', of: 'esp', from: '2020-01-01', to: '2021-12-31' }],
  }
  const noChain = () => null

  it('should speak for the state while a state office is held, for the party otherwise', () => {
    expect(affiliationOn(partyMan, '2021-06-01', noChain)).toBe('esp')
    expect(affiliationOn(partyMan, '2023-06-01', noChain)).toBe('green-list')
  })

  it('should keep a KB affiliation whose chain already leads to the office', () => {
    const minister: KbEntry = { ...partyMan, affiliation: 'esp-foreign-ministry' }
    const chain = (id: string) => (id === 'esp-foreign-ministry' ? 'esp' : null)
    expect(affiliationOn(minister, '2021-06-01', chain)).toBe('esp-foreign-ministry')
  })

  it('should keep the affiliation of a union leader, whose office is not a state one', () => {
    expect(
      affiliationOn(unionist, '2024-01-01', noChain, (id) => (id === 'dock-union' ? 'LAB' : undefined)),
    ).toBe('dock-union')
  })
})

describe('roleForTitle', () => {
  const president: KbEntry = {
    id: 'ivo-kral',
    name: 'Ivo Kral',
    kind: 'person',
    country: 'CZE',
    sector: 'GOV',
    aliases: [],
    affiliation: null,
    roles: [
      { title: 'acting president', of: 'cze', from: '2001-01-01', to: '2001-06-30' },
      { title: 'president', of: 'cze', from: '2001-07-01', to: '2009-12-31' },
      { title: 'president', of: 'cze', from: '2015-01-01', to: null },
    ],
  }

  it('should take the office held on the date', () => {
    expect(roleForTitle(president, 'president', '2001-03-01')?.title).toBe('acting president')
    expect(roleForTitle(president, 'president', '2005-03-01')?.from).toBe('2001-07-01')
  })

  it('should take the exact title, most recent first, when no office is held on the date or there is no date', () => {
    expect(roleForTitle(president, 'president', null)?.from).toBe('2015-01-01')
    expect(roleForTitle(president, 'president', '2012-01-01')?.from).toBe('2015-01-01')
  })
})

describe('titleMatches', () => {
  it('should match titles whatever their hyphens, and an office by the title before its "for" part', () => {
    expect(titleMatches('secretary-general', 'secretary general')).toBe(true)
    expect(titleMatches('deputy secretary-general for political affairs', 'secretary general')).toBe(true)
    expect(titleMatches('deputy secretary-general for political affairs', 'deputy secretary general')).toBe(
      true,
    )
    expect(titleMatches('minister for foreign affairs', 'prime minister')).toBe(false)
    expect(titleMatches('secretary of state', 'secretary')).toBe(false)
  })
})
