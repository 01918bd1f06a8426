import { describe, expect, it } from 'vitest'
import type { Actor } from '../../doc/index.ts'
import { loadKb } from '../../kb/index.ts'
import { withAffiliations } from './affiliations.ts'

const kb = loadKb({
  shipped: false,
  env: false,
  folders: [new URL('../../../test/fixtures/kb/', import.meta.url).pathname],
})

const person = (affiliation: string | null): Actor => ({
  id: 'ada',
  name: 'Ada Moss',
  kind: 'person',
  country: null,
  sector: null,
  affiliation,
  role: null,
  known: false,
  mentions: [{ start: 0, end: 8, kind: 'name' }],
})

describe('withAffiliations', () => {
  it('should add the KB bodies an affiliation chain names, without mentions, so every id resolves', () => {
    // Ada Moss -> Avi Dorom (fixture KB) -> Israel
    const out = withAffiliations([person('person-a')], kb)
    expect(out.map((a) => a.id)).toEqual(['ada', 'person-a', 'isr'])
    expect(out[1]?.mentions).toEqual([])
    expect(out[2]?.sector).toBeNull()
  })

  it('should leave the list alone when every affiliation is already there or unknown', () => {
    const list = [person('no-such-body')]
    expect(withAffiliations(list, kb)).toEqual(list)
  })
})
