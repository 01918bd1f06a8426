/**
 * The article Parley was born from (../shared/seed, read here, never shipped): the whole path,
 * from raw text with site boilerplate to the negotiation map.
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { type Analysis, analyze } from '../src/index.ts'

const raw = readFileSync(new URL('../../shared/seed/article.txt', import.meta.url), 'utf8')
let a: Analysis
const slice = (s: { start: number; end: number }) => a.article.text.slice(s.start, s.end)
const actorNamed = (name: string) => a.actors.find((x) => x.name === name)
/** An actor id and every id up its affiliation chain. */
const chain = (id: string | null): string[] => {
  const out: string[] = []
  for (let at = id; at && !out.includes(at); at = a.actors.find((x) => x.id === at)?.affiliation ?? null)
    out.push(at)
  return out
}
const isParty = (id: string | null, name: string) => chain(id).includes(actorNamed(name)?.id ?? '\u0000')

beforeAll(() => {
  a = analyze({ id: 'seed', text: raw, published: '2024-06-04' })
})

describe('the seed article', () => {
  it('should move the three trailing promo and disclaimer paragraphs to boilerplate', () => {
    expect(a.article.boilerplate).toHaveLength(3)
    for (const line of a.article.boilerplate) expect(a.article.text).not.toContain(line)
    expect(a.article.text.endsWith('accept Biden’s plan.')).toBe(true)
    expect(a.article.provenance.syndicated).toBe(true)
  })

  it('should name the parties, with Osama Hamdan affiliated to Hamas', () => {
    for (const name of ['Hamas', 'Israel', 'United States', 'Qatar', 'Benjamin Netanyahu', 'Osama Hamdan']) {
      expect(actorNamed(name), name).toBeDefined()
    }
    expect(actorNamed('Osama Hamdan')?.affiliation).toBe(actorNamed('Hamas')?.id)
    const us = actorNamed('United States')!
    expect(us.mentions.map(slice).join('|')).toMatch(/Biden administration|US/)
  })

  it('should attribute the direct quote to Osama Hamdan, said on Tuesday 2024-06-04', () => {
    const quote = a.quotes.find((q) =>
      q.spans.map(slice).join(' ').includes('We are waiting a clear Israeli stance on this'),
    )
    expect(quote).toBeDefined()
    expect(quote?.type).toBe('direct')
    expect(quote?.speaker).toBe(actorNamed('Osama Hamdan')?.id)
    expect(quote?.date).toBe('2024-06-04')
  })

  it('should date what the president said on Friday to 2024-05-31', () => {
    const dated = [...a.quotes.map((q) => q.date), ...a.events.map((e) => e.date)]
    expect(dated).toContain('2024-05-31')
  })

  it("should give Hamas's demand on Israel as a precondition with its evidence", () => {
    const demand = a.positions.find(
      (p) =>
        p.kind === 'demand' &&
        isParty(p.holder, 'Hamas') &&
        isParty(p.addressee, 'Israel') &&
        /permanent cease-fire/.test(slice(p.evidence)),
    )
    expect(demand, JSON.stringify(a.positions)).toBeDefined()
    expect(demand?.precondition).toBe(true)
    expect(slice(demand!.evidence)).toMatch(/full withdrawal/)
  })

  it("should give Israel's condition that Hamas be destroyed before the war ends as a precondition", () => {
    const demand = a.positions.find(
      (p) =>
        p.kind === 'demand' &&
        isParty(p.holder, 'Israel') &&
        /political and military operations must be destroyed/.test(slice(p.evidence)),
    )
    expect(demand, JSON.stringify(a.positions)).toBeDefined()
    expect(demand?.precondition).toBe(true)
  })

  it('should report the future status of Hamas as the disconnect', () => {
    const disconnect = a.disconnects.find((d) => /future status of Hamas/i.test(d.issue))
    expect(disconnect, JSON.stringify(a.disconnects)).toBeDefined()
    expect(disconnect!.evidence.map(slice).join(' ')).toMatch(/point of disconnect/)
  })
})
