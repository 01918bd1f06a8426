import { describe, expect, it } from 'vitest'
import type { Actor } from '../../doc/index.ts'
import { createPartyIndex } from './party-index.ts'

const actor = (
  id: string,
  sector: string | null,
  mentions: number,
  affiliation: string | null = null,
): Actor => ({
  id,
  name: id,
  kind: affiliation ? 'person' : 'state',
  country: null,
  sector,
  affiliation,
  role: null,
  known: true,
  mentions: Array.from({ length: mentions }, (_, k) => ({ start: k * 10, end: k * 10 + 5, kind: 'name' })),
})

describe('party index: counterparts', () => {
  it('should give a side the most-mentioned other side, and an international body none', () => {
    const index = createPartyIndex([
      actor('frd', 'GOV', 5),
      actor('syl', 'GOV', 3),
      actor('un', 'IGO', 4),
      actor('envoy', 'IGO', 2, 'un'),
    ])
    expect(index.counterpart('syl')).toBe('frd')
    expect(index.counterpart('envoy')).toBeNull()
    expect(index.counterpart('un')).toBeNull()
  })
})
