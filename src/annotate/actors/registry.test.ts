import { describe, expect, it } from 'vitest'
import { Registry } from './registry.ts'

const init = (id: string) => ({
  id,
  name: id,
  kind: 'group' as const,
  country: null,
  sector: null,
  affiliation: null,
  role: null,
  known: false,
})
const at = (start: number) => ({ start, end: start + 3, kind: 'name' as const, sentence: 0, token: 0 })

describe('Registry.live', () => {
  it('lists records by their first mention, ties in order of creation, without empty or merged ones', () => {
    const reg = new Registry()
    const late = reg.ensure(init('late'))
    const early = reg.ensure(init('early'))
    const tie = reg.ensure(init('tie'))
    reg.ensure(init('silent'))
    const merged = reg.ensure(init('merged'))
    reg.mention(late, at(50))
    reg.mention(late, at(5))
    reg.mention(early, at(10))
    reg.mention(early, at(2))
    reg.mention(tie, at(5))
    reg.mention(merged, at(1))
    reg.merge(merged, early)
    expect(reg.live().map((e) => e.id)).toEqual(['early', 'late', 'tie'])
  })
})

describe('Registry.live after changes', () => {
  it('reads the records again after a mention, an unmention, a merge or a cleared record', () => {
    const reg = new Registry()
    const a = reg.ensure(init('a'))
    const b = reg.ensure(init('b'))
    reg.mention(a, at(10))
    expect(reg.live().map((e) => e.id)).toEqual(['a'])
    reg.mention(b, at(4))
    expect(reg.live().map((e) => e.id)).toEqual(['b', 'a'])
    reg.unmention(b, 4, 7)
    expect(reg.live().map((e) => e.id)).toEqual(['a'])
    reg.mention(b, at(20))
    reg.merge(b, a)
    expect(reg.live().map((e) => e.id)).toEqual(['a'])
    reg.unmentionAll(a)
    expect(reg.live()).toEqual([])
  })
})
