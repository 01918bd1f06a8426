import { describe, expect, it } from 'vitest'
import { cleanText } from './clean-text.ts'

describe('cleanText', () => {
  it('should move trailing promos and a syndication disclaimer into boilerplate', () => {
    const input = [
      'The harbour workers voted to extend their strike on Monday.',
      '',
      'Union leaders said the port authority must raise wages before talks resume.',
      '',
      'This story was auto-generated from a syndicated wire feed and has not been edited by our staff.',
      '',
      'Big news! The Daily Lantern is now the most-read paper in the valley ⭐ Click here for details.',
      '',
      'Subscribe to our evening newsletter for more.',
    ].join('\n')
    const out = cleanText(input)
    expect(out.text).toBe(
      'The harbour workers voted to extend their strike on Monday.\n\nUnion leaders said the port authority must raise wages before talks resume.',
    )
    expect(out.boilerplate).toHaveLength(3)
    expect(out.boilerplate[0]).toContain('auto-generated')
    expect(out.provenance).toEqual({ syndicated: true, agency: null })
  })

  it('should keep prose that merely mentions a cue word', () => {
    const line =
      'The ministry said subscribers to the state broadcaster would see a fee rise, and officials told reporters that anyone who wanted to sign up for the new service could do so online. ' +
      'The opposition called the plan unfair and said it would fight it in parliament, where the ruling coalition holds a narrow majority and has struggled to pass its budget this year.' +
      ' Negotiations on the budget are due to resume next week in the capital.'
    expect(cleanText(line).text).toBe(line)
  })

  it('should find an agency credit in a dateline', () => {
    expect(cleanText('PORT LOUIS (Reuters) - The talks stalled.').provenance).toEqual({
      syndicated: true,
      agency: 'Reuters',
    })
    expect(cleanText('OSLO, May 2. /TASS/. The talks stalled.').provenance.agency).toBe('TASS')
  })

  it('should not take a reported source for a credit', () => {
    expect(cleanText('The talks stalled, Reuters reported.').provenance).toEqual({
      syndicated: false,
      agency: null,
    })
  })

  it('should drop photo credits and lines without words', () => {
    const out = cleanText('Photo: Jane Roe/Example Images\nThe vote passed.\n2024-03-01 12:00')
    expect(out.text).toBe('The vote passed.')
    expect(out.boilerplate).toEqual(['Photo: Jane Roe/Example Images', '2024-03-01 12:00'])
  })

  it('should normalise Windows line ends without changing the words', () => {
    expect(cleanText('First line.\r\n\r\nSecond line.').text).toBe('First line.\n\nSecond line.')
  })
})

describe('cleanText on extracted bodies', () => {
  it('should keep a prose paragraph that mentions signing up', () => {
    const line =
      'Analysts asked how many delivery services households will sign up for before prices rise again this year.'
    expect(cleanText(`${line}\n\nSign up for our newsletter.`).text).toBe(line)
  })

  it('should keep underscore section rules', () => {
    expect(cleanText('First part.\n\n___\n\nSecond part.').text).toBe('First part.\n\n___\n\nSecond part.')
  })
})
