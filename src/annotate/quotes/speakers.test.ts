import { describe, expect, it } from 'vitest'
import { analyse } from './test-analyse.ts'

describe('quotes: units that the tagger splits inside a name', () => {
  it('should keep a side phrase after a party label in the unit of its subject', () => {
    const [q] = analyse('Sen. Omar Haddad (D-Ill.), speaking to the crowd, said, "We will win."')
    expect(q).toMatchObject({ content: ['"We will win."'], speakerText: 'Sen. Omar Haddad (D-Ill.)' })
  })

  it('should not break a unit between the letters of an abbreviation', () => {
    const [q] = analyse('Rep. Ann Ruiz, R-N.Y., noted in a column that anger is rising.')
    expect(q).toMatchObject({ content: ['that anger is rising'], speakerText: 'Rep. Ann Ruiz, R-N.Y.' })
  })
})
