import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeHtml } from './decode-html.ts'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('decodeHtml', () => {
  it('follows a byte-order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...iconv.encode('<p>Ωμέγα</p>', 'utf-16le')])
    expect(decodeHtml(bytes)).toMatchObject({ html: '<p>Ωμέγα</p>', charset: 'utf-16le' })
  })

  it('uses the declared single-byte charset when the bytes agree', () => {
    const html = '<meta charset="windows-1251"><p>Переговоры</p>'
    const result = decodeHtml(new Uint8Array(iconv.encode(html, 'windows-1251')))
    expect(result.charset).toBe('windows-1251')
    expect(result.html).toContain('Переговоры')
    expect(result.messages).toEqual([])
  })

  it('reads UTF-8 bytes as UTF-8 when the page claims latin-1, with a message', () => {
    const result = decodeHtml(
      utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>Café “quoted”</p>'),
    )
    expect(result.html).toContain('Café “quoted”')
    expect(result.charset).toBe('utf-8')
    expect(result.messages[0]?.rule).toBe('charset')
  })

  it('falls back to windows-1252 when bytes claimed as UTF-8 are not', () => {
    const bytes = new Uint8Array(iconv.encode('<meta charset="utf-8"><p>Café</p>', 'windows-1252'))
    const result = decodeHtml(bytes)
    expect(result.html).toContain('Café')
    expect(result.messages).toHaveLength(1)
  })

  it('treats a latin-1 label as windows-1252 (curly quotes survive)', () => {
    const bytes = new Uint8Array(iconv.encode('<meta charset="ISO-8859-1"><p>“Oui”</p>', 'windows-1252'))
    expect(decodeHtml(bytes).html).toContain('“Oui”')
  })
})
