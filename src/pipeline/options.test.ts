import { describe, expect, it } from 'vitest'
import { ParleyError } from '../errors.ts'
import { createAnalyzer } from './analyze.ts'
import { parseAttitudes } from './options.ts'

describe('pipeline options', () => {
  it('should accept the attitude modes and refuse anything else, naming them', () => {
    expect(parseAttitudes('precise')).toBe('precise')
    expect(() => parseAttitudes('Precise')).toThrow(ParleyError)
    expect(() => parseAttitudes('all', 'attitudes')).toThrow(
      'attitudes "all": expected one of off, precise, broad',
    )
  })

  it('should pass attitudes to the quotes stage of the default pipeline', () => {
    const input = {
      id: 'o1',
      text: 'The residents believe that the bus line will be cut. The mayor said it would stay.',
    }
    const kinds = (attitudes?: 'precise' | 'off') =>
      createAnalyzer(attitudes ? { attitudes } : {})(input).quotes.map((q) => q.attribution)
    expect(kinds()).not.toContain('attitude')
    expect(kinds('off')).toEqual(kinds())
    expect(kinds('precise')).toContain('attitude')
  })
})
