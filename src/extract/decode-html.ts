/**
 * Bytes -> text for a web page. Order: byte-order mark, then the charset the page declares in
 * its first bytes (`<meta charset>` or `http-equiv="Content-Type"`), checked against the bytes:
 * a page that declares a single-byte charset but is valid multi-byte UTF-8 is UTF-8 (the most
 * common lie), and a page that declares UTF-8 but is not valid UTF-8 falls back to windows-1252.
 */
import iconv from 'iconv-lite'
import type { DocMessage } from '../doc/index.ts'

export interface DecodedHtml {
  readonly html: string
  /** The charset used, lower-case (e.g. `utf-8`, `windows-1251`). */
  readonly charset: string
  readonly messages: readonly DocMessage[]
}

/** How far into the page a charset declaration is looked for (the HTML standard says 1024; pages exceed it). */
const PRESCAN_BYTES = 4096

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const bom = charsetFromBom(bytes)
  if (bom)
    return { html: decodeWith(bytes.subarray(bom.length), bom.charset), charset: bom.charset, messages: [] }

  const declared = declaredCharset(bytes)
  const utf8 = strictUtf8(bytes)
  if (declared === null || declared === 'utf-8') {
    if (utf8 !== null) return { html: utf8, charset: 'utf-8', messages: [] }
    return {
      html: decodeWith(bytes, 'windows-1252'),
      charset: 'windows-1252',
      messages: [
        message(
          declared
            ? 'the page declares UTF-8 but its bytes are not UTF-8; read as windows-1252'
            : 'no charset declared and the bytes are not UTF-8; read as windows-1252',
        ),
      ],
    }
  }
  if (utf8 !== null && hasMultiByte(bytes) && !isMultiByteLegacy(declared)) {
    return {
      html: utf8,
      charset: 'utf-8',
      messages: [message(`the page declares ${declared} but its bytes are valid UTF-8; read as UTF-8`)],
    }
  }
  if (!iconv.encodingExists(declared)) {
    return {
      html: utf8 ?? decodeWith(bytes, 'windows-1252'),
      charset: utf8 !== null ? 'utf-8' : 'windows-1252',
      messages: [message(`the page declares an unknown charset "${declared}"`)],
    }
  }
  return { html: decodeWith(bytes, declared), charset: declared, messages: [] }
}

function charsetFromBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 }
  return null
}

/** The charset named by the page's own markup near its start, normalised; null when none. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString(
    'latin1',
  )
  const match =
    /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml\s[^>]*encoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  return match ? normaliseCharset(match[1]!) : null
}

function normaliseCharset(name: string): string {
  const lower = name.toLowerCase()
  if (lower === 'utf8' || lower === 'unicode-1-1-utf-8') return 'utf-8'
  // The web treats these labels as windows-1252 (WHATWG Encoding): pages labelled latin-1 use its extra characters.
  if (/^(?:iso-?8859-1|latin-?1|us-ascii|ascii|iso_8859-1)$/.test(lower)) return 'windows-1252'
  if (lower === 'gb2312' || lower === 'gbk') return 'gbk'
  if (lower === 'shift-jis' || lower === 'sjis' || lower === 'x-sjis') return 'shift_jis'
  return lower
}

/** Charsets whose own byte sequences can also pass as UTF-8 often enough that sniffing would mislead. */
function isMultiByteLegacy(charset: string): boolean {
  return /^(?:gbk|gb18030|big5|shift_jis|euc-jp|euc-kr|iso-2022-jp)$/.test(charset)
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true })

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Decoder.decode(bytes)
  } catch {
    return null
  }
}

function hasMultiByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true
  return false
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  if (charset === 'utf-8') return new TextDecoder('utf-8').decode(bytes)
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), charset)
}

function message(reason: string): DocMessage {
  return { severity: 'warning', reason, stage: 'extract', rule: 'charset' }
}
