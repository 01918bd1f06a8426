import { describe, expect, it } from 'vitest'
import { findDates, mayHoldDate, resolveDateExpression, tenseOf } from './dates.ts'

// 2024-06-04 was a Tuesday.
const published = '2024-06-04'

describe('resolveDateExpression', () => {
  it('should resolve a weekday in a past-tense report to the last such day, the same day included', () => {
    expect(resolveDateExpression('Tuesday', published)).toBe('2024-06-04')
    expect(resolveDateExpression('on Friday', published)).toBe('2024-05-31')
    expect(resolveDateExpression('Monday', published)).toBe('2024-06-03')
  })

  it('should resolve a weekday in a future clause to the next such day', () => {
    expect(resolveDateExpression('Thursday', published, 'future')).toBe('2024-06-06')
    expect(resolveDateExpression('next Tuesday', published)).toBe('2024-06-11')
  })

  it('should resolve relative expressions', () => {
    expect(resolveDateExpression('yesterday', published)).toBe('2024-06-03')
    expect(resolveDateExpression('over the weekend', published)).toBe('2024-06-01')
    expect(resolveDateExpression('two days ago', published)).toBe('2024-06-02')
  })

  it('should give absolute dates without a year the nearest year on the side of the tense', () => {
    expect(resolveDateExpression('Aug. 15', published, 'future')).toBe('2024-08-15')
    expect(resolveDateExpression('December 20', published)).toBe('2023-12-20')
    expect(resolveDateExpression('May 30', published)).toBe('2024-05-30')
    expect(resolveDateExpression('January 15, 2025', published)).toBe('2025-01-15')
  })

  it('should give null without a publication date', () => {
    expect(resolveDateExpression('Tuesday', null)).toBeNull()
  })
})

describe('findDates', () => {
  it('should give offsets into the text, shifted by the offset', () => {
    const text = 'The envoy said on Friday that talks resume Monday.'
    const found = findDates(text, published, 'past', 100)
    expect(found.map((d) => [text.slice(d.start - 100, d.end - 100), d.date])).toEqual([
      ['on Friday', '2024-05-31'],
      ['Monday', '2024-06-03'],
    ])
  })
})

describe('absolute dates', () => {
  it('should read month-first, day-first and ISO forms, with or without a year', () => {
    expect(resolveDateExpression('Sept. 3', published)).toBe('2023-09-03')
    expect(resolveDateExpression('on March 3rd, 2021', published)).toBe('2021-03-03')
    expect(resolveDateExpression('15 January 2025', published)).toBe('2025-01-15')
    expect(resolveDateExpression('2022-11-30', published)).toBe('2022-11-30')
    expect(resolveDateExpression('Feb 2', published)).toBe('2024-02-02')
  })

  it('should refuse days the calendar does not have', () => {
    expect(resolveDateExpression('February 30', published)).toBeNull()
    expect(resolveDateExpression('April 31, 2024', published)).toBeNull()
    expect(resolveDateExpression('2024-13-01', published)).toBeNull()
  })
})

describe('tenseOf', () => {
  it('should read the future from modal and scheduling phrases', () => {
    expect(tenseOf('The two sides will meet on Thursday')).toBe('future')
    expect(tenseOf('The two sides met on Thursday')).toBe('past')
  })
})

describe('mayHoldDate', () => {
  it('should hold for every text findDates reads a date in, and not for plain words', () => {
    for (const text of [
      'the envoy said on Friday',
      'talks resumed Aug. 15',
      'two days ago',
      'due tomorrow',
    ]) {
      expect(findDates(text, published).length).toBeGreaterThan(0)
      expect(mayHoldDate(text)).toBe(true)
    }
    expect(mayHoldDate('the envoy said at the border')).toBe(false)
  })
})
