import { describe, expect, it } from 'vitest'
import { createDoc } from '../../doc/index.ts'
import { tokens } from '../tokens/index.ts'
import { frameSentence } from './clauses.ts'

// Sentences written for these tests.
function frame(text: string) {
  const t = tokens().run(createDoc('t', text)).annotations
  const f = frameSentence(t, 0, t.length)
  const slice = (a: number, b: number) => (a < b ? text.slice(t[a]!.start, t[b - 1]!.end) : '')
  return {
    tail: slice(f.tailStart, t.length),
    clauses: f.clauses.map((c) => [c.kind, slice(c.start, c.end)]),
  }
}

describe('clauses and attribution tails', () => {
  it('should find the attribution tail after the last comma', () => {
    expect(frame('The rebels freed ten hostages, a local official said on Sunday.').tail).toBe(
      ', a local official said on Sunday.',
    )
  })

  it('should not take an accusing verb with an object for a tail ("On Monday, X accused Y of ...")', () => {
    expect(frame('On Monday, the ministry accused the rebels of looting.').tail).toBe('')
    expect(frame('The ministry ignored the ruling, a watchdog group protested.').tail).toBe(
      ', a watchdog group protested.',
    )
  })

  it('should not take a clause with a verb of its own or an infinitive for a tail', () => {
    expect(frame('On Monday, the envoy summoned the consul to complain of delays.').tail).toBe('')
    expect(frame('The talks stalled, the envoy wanted to complain.').tail).toBe('')
  })

  it('should find an "according to" tail', () => {
    expect(frame('The rebels freed ten hostages according to the governor.').tail).toBe(
      'according to the governor.',
    )
  })

  it('should not take a reported clause with content for a tail', () => {
    expect(frame('The envoy arrived on Monday, and the minister said that talks would resume.').tail).toBe('')
  })

  it('should look past a closing participle for the tail', () => {
    expect(frame('The navy shelled the port, the ministry said, killing two people.').tail).toBe(
      ', the ministry said, killing two people.',
    )
  })

  it('should open a background clause at "after" and a coordinate one at "but" + verb', () => {
    expect(frame('The union called off the strike after the company raised wages.').clauses).toEqual([
      ['main', 'The union called off the strike'],
      ['background', 'after the company raised wages.'],
    ])
    expect(frame('The mayor met the strikers but refused their demands.').clauses).toEqual([
      ['main', 'The mayor met the strikers'],
      ['coordinate', 'but refused their demands.'],
    ])
  })

  it('should set an opening prepositional phrase apart as background', () => {
    expect(frame('In a letter sent on Monday, the council accepted the offer.').clauses[0]).toEqual([
      'background',
      'In a letter sent on Monday,',
    ])
  })

  it('should not split "Hungarian and Polish officials" (no verb after "and")', () => {
    expect(frame('Hungarian and Polish officials signed the pact.').clauses).toHaveLength(1)
  })
})
