import { describe, expect, it } from 'vitest'
import { findQuoteSegments } from './quote-marks.ts'

function quoted(text: string): string[] {
  return findQuoteSegments(text).map((s) => text.slice(s.start, s.end))
}

describe('findQuoteSegments', () => {
  it('should pair curly double marks', () => {
    expect(quoted('“We will not sign,” the envoy said. “Not now.”')).toEqual([
      '“We will not sign,”',
      '“Not now.”',
    ])
  })

  it('should close a curly double quote with a mistyped mark stuck to the last word', () => {
    expect(quoted('He tweeted: “Let’s go. We can stop it.’ He left at noon.')).toEqual([
      '“Let’s go. We can stop it.’',
    ])
    expect(quoted('It teaches “the value of peace“ with a photograph.')).toEqual(['“the value of peace“'])
  })

  it('should not take a mistyped mark for a closer when a proper one follows', () => {
    expect(quoted('“It’s the union’ plan,” he said.')).toEqual(['“It’s the union’ plan,”'])
  })

  it('should pair straight double marks in order', () => {
    expect(quoted('"No," she said, "the offer stands."')).toEqual(['"No,"', '"the offer stands."'])
  })

  it('should not take apostrophes inside single quotes for closing marks', () => {
    expect(quoted('He called it ‘the union’s last offer’ and left.')).toEqual(['‘the union’s last offer’'])
  })

  it('should not open a single quote on a possessive or elision', () => {
    expect(quoted('The unions’ demands and the firm’s reply were rock ’n’ roll.')).toEqual([])
  })

  it('should pair guillemets and German low-high marks', () => {
    expect(quoted('Il a dit «non» hier. Er sagte „nein“ gestern.')).toEqual(['«non»', '„nein“'])
  })

  it('should pair doubled apostrophes used as a double mark', () => {
    expect(quoted("''It is over,'' the mayor said.")).toEqual(["''It is over,''"])
  })

  it('should end an unclosed quote at its paragraph and open the next paragraph again', () => {
    const text = 'She said: “The first part runs on.\n\n“The second part ends here.”'
    const segments = findQuoteSegments(text)
    expect(segments.map((s) => s.closed)).toEqual([false, true])
    expect(text.slice(segments[0]!.start, segments[0]!.end)).toBe('“The first part runs on.')
  })

  it('should ignore single quotes nested in double quotes', () => {
    expect(quoted('“They told us ‘wait’ again,” he said.')).toEqual(['“They told us ‘wait’ again,”'])
  })
})

describe('mixed quote styles', () => {
  it('should close a curly opening mark with a straight one, as mixed wire copy does', () => {
    const text = '“We want the cranes stopped," the organiser said.'
    const [segment] = findQuoteSegments(text)
    expect(text.slice(segment!.start, segment!.end)).toBe('“We want the cranes stopped,"')
  })
})
