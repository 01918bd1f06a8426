import { describe, expect, it } from 'vitest'
import { createAliasIndex, foldText } from './alias-index.ts'
import type { KbEntry } from './schema.ts'

const entries: KbEntry[] = [
  {
    id: 'usa',
    name: 'United States',
    kind: 'state',
    country: 'USA',
    sector: 'GOV',
    aliases: ['US', 'United States of America'],
    demonyms: ['American'],
    capitals: ['Washington'],
    affiliation: null,
  },
  {
    id: 'mab',
    name: 'Mario Abdo Benítez',
    kind: 'person',
    country: 'PRY',
    sector: 'GOV',
    aliases: [],
    affiliation: null,
  },
  {
    id: 'gwb',
    name: 'George W. Bush',
    kind: 'person',
    country: 'USA',
    sector: 'GOV',
    aliases: [],
    affiliation: null,
  },
  {
    id: 'hamas',
    name: 'Hamas',
    kind: 'group',
    country: 'PSE',
    sector: 'REB',
    aliases: [],
    affiliation: null,
  },
]
const index = createAliasIndex(entries)

function at(text: string, offset: number) {
  const m = index.match(foldText(text), offset)
  return m ? { text: text.slice(m.start, m.end), first: m.targets[0] } : null
}

describe('createAliasIndex', () => {
  it('should prefer the longest form', () => {
    expect(at('the United States of America said', 4)?.text).toBe('United States of America')
    expect(at('the United States said', 4)?.text).toBe('United States')
  })

  it('should tell names, aliases, demonyms and capitals apart', () => {
    expect(at('US troops', 0)?.first).toEqual({ id: 'usa', kind: 'alias' })
    expect(at('American troops', 0)?.first).toEqual({ id: 'usa', kind: 'demonym' })
    expect(at('Washington said', 0)?.first).toEqual({ id: 'usa', kind: 'capital' })
  })

  it('should match case-sensitively and only at word boundaries', () => {
    expect(at('us and them', 0)).toBeNull()
    expect(at('USB sticks', 0)).toBeNull()
    expect(at('Hamasland', 0)).toBeNull()
    expect(at('xHamas', 1)).toBeNull()
  })

  it('should stop before a possessive', () => {
    expect(at("Hamas's leaders", 0)?.text).toBe('Hamas')
    expect(at('Hamas’s leaders', 0)?.text).toBe('Hamas')
  })

  it('should fold diacritics and let a space match any white space', () => {
    expect(at('Mario Abdo Benitez spoke', 0)?.text).toBe('Mario Abdo Benitez')
    expect(at('Mario Abdo Benítez spoke', 0)?.text).toBe('Mario Abdo Benítez')
    expect(at('George W.  Bush spoke', 0)?.text).toBe('George W.  Bush')
  })

  it('should keep offsets when folding', () => {
    const text = 'Khürelsükh and Benítez'
    expect(foldText(text)).toHaveLength(text.length)
    expect(foldText(text)).toBe('Khurelsukh and Benitez')
  })
})

describe('alias index: forms sharing a first word', () => {
  const source = (id: string, name: string, aliases: string[] = []) => ({ id, name, aliases })
  const index = createAliasIndex([
    source('rep', 'Republic'),
    source('ost', 'Republic of Ostra', ['Republic of Ostra Islands']),
    source('vel', 'Republic of Velm'),
    source('us', 'U.S.', ['U.S. Navy']),
  ])
  const at = (text: string, word: string) => {
    const m = index.match(text, text.indexOf(word))
    return m ? `${text.slice(m.start, m.end)}=${m.targets[0]!.id}` : null
  }

  it('should pick the longest form whose next word follows, else the one-word form', () => {
    expect(at('the Republic of Velm said', 'Republic')).toBe('Republic of Velm=vel')
    expect(at('the Republic of Ostra Islands said', 'Republic')).toBe('Republic of Ostra Islands=ost')
    expect(at('the Republic of  Ostra said', 'Republic')).toBe('Republic of  Ostra=ost')
    expect(at('the Republic said', 'Republic')).toBe('Republic=rep')
    expect(at('the Republic of Lorn said', 'Republic')).toBe('Republic=rep')
    expect(at('a U.S. Navy ship', 'U.S.')).toBe('U.S. Navy=us')
    expect(at('a U.S. ship', 'U.S.')).toBe('U.S.=us')
  })
})

describe('alias index first-word filter', () => {
  // many invented names, so the hashed filter of first words holds thousands of bits
  const names = Array.from({ length: 3000 }, (_, k) => `Zor${k.toString(36)}${'жbc'[k % 3]} Valley Front`)
  const many = createAliasIndex(
    names.map((name, k) => ({ id: `n${k}`, name, aliases: [`Q${k}x`], demonyms: [], capitals: [] })),
  )

  it('still finds every form, one-word or longer, ASCII or not', () => {
    for (const [k, name] of names.entries()) {
      const text = foldText(`Leaders of the ${name} met Q${k}x.`)
      expect(many.match(text, 15)?.targets[0]?.id).toBe(`n${k}`)
      expect(many.match(text, text.indexOf(`Q${k}x`))?.targets[0]?.id).toBe(`n${k}`)
    }
  })

  it('rejects words that start no form', () => {
    const text = 'Leaders of the Valley met Zorro and Qx1 on Monday.'
    for (let at = 0; at < text.length; at++) expect(many.match(text, at)).toBeNull()
  })
})

describe('alias index look-up by hashed words', () => {
  const port = createAliasIndex([
    { id: 'p', name: 'Port', aliases: [], demonyms: [], capitals: [] },
    { id: 'pe', name: 'Port Ellis', aliases: ['Port Ellis Harbour Board'], demonyms: [], capitals: [] },
    { id: 'pm', name: 'Port Morant', aliases: ['Port  Morant Town'], demonyms: [], capitals: [] },
    { id: 'pt', name: 'Pert', aliases: [], demonyms: [], capitals: [] },
  ])
  const found = (text: string) => {
    const m = port.match(text, 0)
    return m ? `${m.targets[0]?.id} ${text.slice(m.start, m.end)}` : null
  }

  it('reads the second word from the text to pick the longest form of that word', () => {
    expect(found('Port Ellis Harbour Board said')).toBe('pe Port Ellis Harbour Board')
    expect(found('Port Ellis, a town')).toBe('pe Port Ellis')
    expect(found('Port Morant\n Town hall')).toBe('pm Port Morant\n Town')
    expect(found('Port, Morant')).toBe('p Port')
    expect(found('Port Elliston')).toBe('p Port')
    expect(found('Port')).toBe('p Port')
  })

  it('compares the first word itself, not only its hash and shape', () => {
    expect(found('Pert said')).toBe('pt Pert')
    expect(found('Part said')).toBeNull()
    expect(found('Ports said')).toBeNull()
  })
})
