import { describe, expect, it } from 'vitest'
import { dyadsOf as brief } from './test-doc.ts'

// Sentences written for these tests; the states are invented (test-doc.ts).

describe('reported attacks', () => {
  it('should code a claim that another actor attacked as an accusation of that actor', () => {
    expect(brief('Freedonia claimed that Sylvania had shelled Ruritania.')).toEqual([
      ['ACCUSE', 'freedonia', 'sylvania'],
    ])
  })

  it("should code no event for a claim of one's own attack (a claim of responsibility)", () => {
    expect(brief('Freedonia claimed that it had shelled Ruritania.')).toEqual([])
  })

  it('should code a victim reporting an attack on itself as an accusation', () => {
    expect(brief('Freedonia said it was shelled by Sylvania on Monday.')).toEqual([
      ['ACCUSE', 'freedonia', 'sylvania'],
    ])
  })

  it("should keep a third party's report of an attack as the attack", () => {
    expect(brief('Freedonia said Sylvania shelled Ruritania on Monday.')).toEqual([
      ['ASSAULT', 'sylvania', 'ruritania'],
    ])
  })

  it('should not code an attack the speaker denies, nor one after the denial in another clause', () => {
    expect(brief('Freedonia denied that it had shelled Ruritania.')).toEqual([])
    expect(brief('Freedonia denied the report and shelled Ruritania.')).toEqual([
      ['ASSAULT', 'freedonia', 'ruritania'],
    ])
  })
})
