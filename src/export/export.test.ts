import { describe, expect, it } from 'vitest'
import { negotiationArticles } from '../../test/support/negotiation.ts'
import type { ParleyError } from '../errors.ts'
import { openStore } from '../store/index.ts'
import { csvField, csvRow, exportTable } from './index.ts'

/** A small RFC 4180 reader, to check that what we write reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\r' && text[i + 1] === '\n')
      row.push(field), rows.push(row), (row = []), (field = ''), i++
    else field += c
  }
  return rows
}

describe('CSV', () => {
  it('should quote commas, quotes, line breaks and edge spaces, and nothing else', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "no"')).toBe('"say ""no"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(' padded')).toBe('" padded"')
    expect(csvField(null)).toBe('')
    expect(csvField(false)).toBe('false')
    expect(csvRow(['x', 1, null])).toBe('x,1,\r\n')
  })

  it('should read back every field of the events table exactly', () => {
    const store = openStore({ path: ':memory:' })
    for (const a of negotiationArticles()) store.putArticle(a)
    let out = ''
    const n = exportTable(store, { table: 'events', format: 'csv' }, (c) => {
      out += c
    })
    const rows = parseCsv(out)
    expect(n).toBe(5)
    expect(rows).toHaveLength(6)
    const header = rows[0]!
    const concede = rows.find((r) => r[header.indexOf('event_type')] === 'CONCEDE')!
    expect(concede[header.indexOf('actor1_name')]).toBe('Saltmarsh Port Board')
    expect(concede[header.indexOf('actor2')]).toBe('tern-dockers-guild')
    expect(concede[header.indexOf('evidence_text')]).toBe(
      'The Saltmarsh Port Board offered to freeze crane automation for two years. <script>alert("x")</script>',
    )
    store.close()
  })
})

describe('exportTable', () => {
  it('should write one JSON object a line for positions and quotes, with filters', () => {
    const store = openStore({ path: ':memory:' })
    for (const a of negotiationArticles()) store.putArticle(a)
    const lines: string[] = []
    exportTable(
      store,
      { table: 'positions', format: 'jsonl', filter: { party: 'tern-dockers-guild' } },
      (c) => {
        lines.push(c)
      },
    )
    const rows = lines.map((l) => JSON.parse(l))
    // The party filter matches the holder or the addressee (the board's offer is made to the guild).
    expect(rows.map((r) => [r.kind, r.stance])).toEqual([
      ['demand', null],
      ['stance', 'reject'],
      ['offer', null],
      ['stance', 'conditional'],
    ])
    expect(rows[3].precondition).toBe(true)
    const quotes: string[] = []
    exportTable(store, { table: 'quotes', format: 'jsonl' }, (c) => {
      quotes.push(c)
    })
    expect(JSON.parse(quotes[0]!)).toMatchObject({
      speaker_name: 'Pell Verrin',
      party: 'tern-dockers-guild',
      attribution: 'speech',
    })
    store.close()
  })

  it('should refuse an unknown table or format', () => {
    const store = openStore({ path: ':memory:' })
    for (const options of [
      { table: 'people', format: 'csv' },
      { table: 'events', format: 'xml' },
    ]) {
      try {
        exportTable(store, options as never, () => {})
        expect.unreachable()
      } catch (error) {
        expect((error as ParleyError).code).toBe('bad-request')
      }
    }
    store.close()
  })
})
