import { describe, expect, it } from 'vitest'
import { ParleyError } from '../errors.ts'
import { createDoc, layer, withLayer, withMessages } from './doc.ts'
import { spanText, trimSpan } from './span.ts'

describe('Doc', () => {
  it('should keep the text frozen and return a new doc per layer', () => {
    const doc = createDoc('d1', 'Talks resumed.')
    const next = withLayer(doc, 'sentences', [{ start: 0, end: 14, paragraph: 0 }])
    expect(next).not.toBe(doc)
    expect(doc.layers.sentences).toBeUndefined()
    expect(layer(next, 'sentences')).toHaveLength(1)
    expect(Object.isFrozen(next)).toBe(true)
    expect(() => {
      ;(next as { text: string }).text = 'changed'
    }).toThrow()
  })

  it('should reject a span outside the text, naming the layer, the doc and the span', () => {
    const doc = createDoc('d2', 'short')
    const error = (() => {
      try {
        withLayer(doc, 'sentences', [{ start: 0, end: 9, paragraph: 0 }])
      } catch (e) {
        return e as ParleyError
      }
    })()
    expect(error).toBeInstanceOf(ParleyError)
    expect(error?.code).toBe('span-invalid')
    expect(error?.message).toContain('`sentences`')
    expect(error?.message).toContain('d2')
    expect(error?.message).toContain('[0, 9)')
  })

  it('should check spans nested inside annotations', () => {
    const doc = createDoc('d3', 'He said so.')
    const quote = {
      type: 'direct',
      spans: [{ start: 3, end: 40 }],
      cue: null,
      speaker: null,
      speakerSpan: null,
      date: null,
      attribution: 'speech',
    } as const
    expect(() => withLayer(doc, 'quotes', [quote])).toThrow(/outside the text/)
  })

  it('should name the stage to run when a layer is missing', () => {
    expect(() => layer(createDoc('d4', 'x'), 'actors')).toThrow(/run the `actors` stage first/)
  })

  it('should count offsets in UTF-16 code units, astral characters included', () => {
    const text = 'Peace 🌍 talks in القاهرة'
    const doc = withLayer(createDoc('d5', text), 'sentences', [{ start: 9, end: 14, paragraph: 0 }])
    expect(spanText(doc.text, layer(doc, 'sentences')[0]!)).toBe('talks')
    expect(spanText(text, { start: text.indexOf('القاهرة'), end: text.length })).toBe('القاهرة')
  })

  it('should append messages without changing the text', () => {
    const doc = withMessages(createDoc('d6', 'x'), [
      { severity: 'warning', reason: 'r', stage: 's', rule: 'x' },
    ])
    expect(doc.messages).toHaveLength(1)
    expect(doc.text).toBe('x')
  })

  it('should trim white space off a span', () => {
    expect(trimSpan('  ab  ', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 })
  })
})
