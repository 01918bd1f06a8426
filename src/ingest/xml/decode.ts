/**
 * Bytes -> text for feeds and wire files, the way a careful feed reader does it:
 * byte-order mark, then the UTF-16/32 signature of `<?xml`, then the HTTP charset (RFC 7303 rules),
 * then the XML declaration, then a sniff. Wrong declarations are common: a file that declares a
 * single-byte charset but is valid multi-byte UTF-8 is read as UTF-8, and invalid UTF-8 falls back
 * to Windows-1252. Every guess is reported in `problems` (feedparser's "bozo").
 */
import chardet from 'chardet'
import iconv from 'iconv-lite'

export interface Decoded {
  readonly text: string
  /** Lower-case encoding name actually used: 'utf-8', 'utf-16le', 'windows-1252', 'us-ascii', … */
  readonly encoding: string
  readonly problems: readonly string[]
}

export interface DecodeOptions {
  /** The HTTP Content-Type header, when the bytes came over HTTP. */
  readonly contentType?: string | null
}

const BOMS: ReadonlyArray<[readonly number[], string]> = [
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
]

const SIGNATURES: ReadonlyArray<[readonly number[], string]> = [
  [[0x00, 0x00, 0x00, 0x3c], 'utf-32be'],
  [[0x3c, 0x00, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x3c, 0x00, 0x3f], 'utf-16be'],
  [[0x3c, 0x00, 0x3f, 0x00], 'utf-16le'],
]

const SINGLE_BYTE_LATIN = /^(iso-?8859-?1|latin-?1|us-ascii|ascii|windows-1252|cp1252|l1)$/

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '')
  return match?.[1] ? match[1].toLowerCase() : null
}

function mediaTypeOf(contentType: string | null | undefined): string | null {
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase()
  return type ? type : null
}

/** The encoding named in `<?xml … encoding="…"?>`, read from the first bytes as ASCII. */
export function declaredEncoding(head: string): string | null {
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)
  return match?.[1] ? match[1].toLowerCase() : null
}

function normalizeName(name: string): string {
  const n = name.toLowerCase()
  if (n === 'utf8') return 'utf-8'
  if (n === 'utf-16' || n === 'utf-32') return n
  return n
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    return null
  }
}

function decodeWith(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-8') return strictUtf8(bytes)
  // The WHATWG decoder keeps Windows-1252's five unassigned bytes as C1 characters instead of U+FFFD.
  if (encoding === 'windows-1252' || encoding === 'cp1252')
    return new TextDecoder('windows-1252').decode(bytes)
  if (!iconv.encodingExists(encoding)) return null
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, {
    stripBOM: true,
  })
  // iconv-lite substitutes U+FFFD for bytes it cannot map: treat that as a failed decode.
  return text.includes('\uFFFD') && encoding.startsWith('utf') ? null : text
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true
  return false
}

/** Decodes feed or wire bytes; never throws, reports its guesses instead. */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const problems: string[] = []
  let body = bytes
  let bomEncoding: string | null = null
  for (const [prefix, name] of BOMS) {
    if (startsWith(bytes, prefix)) {
      bomEncoding = name
      body = bytes.subarray(prefix.length)
      break
    }
  }
  const signature = bomEncoding ? null : (SIGNATURES.find(([p]) => startsWith(bytes, p))?.[1] ?? null)
  const multiByte = bomEncoding ?? signature
  const head = multiByte
    ? (decodeWith(body.subarray(0, 400), multiByte) ?? '')
    : Buffer.from(body.subarray(0, 400)).toString('latin1')
  const declared = declaredEncoding(head)
  const mediaType = mediaTypeOf(options.contentType)
  const httpCharset = charsetOf(options.contentType)

  let chosen: string
  if (multiByte) {
    chosen = multiByte
    if (
      declared &&
      !declared.startsWith('utf-16') &&
      !declared.startsWith('utf-32') &&
      declared !== 'utf-8'
    ) {
      if (!bomEncoding) problems.push(`declared ${declared} but the bytes are ${multiByte}`)
    }
  } else if (mediaType && /^text\/(xml|xml-external-parsed-entity)$/.test(mediaType)) {
    // RFC 3023: text/xml without a charset parameter is us-ascii, whatever the document says.
    chosen = httpCharset ?? 'us-ascii'
  } else if (mediaType && /^application\/(.*\+)?xml(-dtd|-external-parsed-entity)?$/.test(mediaType)) {
    chosen = httpCharset ?? declared ?? 'utf-8'
  } else if (mediaType && mediaType !== 'application/octet-stream' && !mediaType.includes('json')) {
    if (!/xml|rss|atom|html/.test(mediaType)) problems.push(`served as ${mediaType}, not as XML`)
    chosen = httpCharset ?? declared ?? 'utf-8'
  } else {
    chosen = httpCharset ?? declared ?? 'utf-8'
  }
  chosen = normalizeName(chosen)
  if (chosen === 'utf-16') chosen = startsWith(body, [0x00]) ? 'utf-16be' : 'utf-16le'
  if (chosen === 'utf-32') chosen = startsWith(body, [0x00]) ? 'utf-32be' : 'utf-32le'

  if (!iconv.encodingExists(chosen) && chosen !== 'utf-8') {
    problems.push(`unknown encoding ${JSON.stringify(chosen)}`)
    chosen = 'utf-8'
  }
  // A single-byte declaration over bytes that are valid multi-byte UTF-8 is a wrong declaration.
  if (SINGLE_BYTE_LATIN.test(chosen) && !multiByte && hasHighBytes(body)) {
    const asUtf8 = strictUtf8(body)
    if (asUtf8 !== null) {
      problems.push(`declared ${chosen} but the bytes are UTF-8`)
      return { text: fixControls(asUtf8), encoding: 'utf-8', problems }
    }
  }
  const text = decodeWith(body, chosen)
  if (text !== null) {
    if (chosen === 'us-ascii' && hasHighBytes(body)) problems.push('non-ASCII bytes in a us-ascii document')
    return { text: fixControls(text), encoding: chosen, problems }
  }
  // The declared or default encoding does not fit the bytes: fall back, in order.
  problems.push(`the bytes are not valid ${chosen}`)
  if (!multiByte && !httpCharset && !declared) {
    const guess = guessCharset(body)
    const retry = guess ? decodeWith(body, guess) : null
    if (guess && retry !== null) {
      problems.push(`no charset declared; the bytes look like ${guess}`)
      return { text: fixControls(retry), encoding: guess, problems }
    }
  }
  for (const fallback of ['utf-8', 'windows-1252']) {
    if (fallback === chosen) continue
    const retry = decodeWith(body, fallback)
    if (retry !== null) return { text: fixControls(retry), encoding: fallback, problems }
  }
  return { text: fixControls(Buffer.from(body).toString('latin1')), encoding: 'iso-8859-1', problems }
}

const LATIN1_FAMILY = /^(iso-8859-1|windows-1252|utf-8|ascii|us-ascii)$/

/**
 * A statistical guess (chardet) for undeclared bytes that are not UTF-8: taken only when it names
 * another family than Latin-1/Windows-1252 (our default fallback) with clear confidence, so short
 * Western texts are never read as Cyrillic or Central European by accident.
 */
function guessCharset(bytes: Uint8Array): string | null {
  const ranked = chardet.analyse(bytes)
  const top = ranked[0]
  if (!top || top.confidence < 25) return null
  const name = top.name.toLowerCase()
  if (LATIN1_FAMILY.test(name) || !iconv.encodingExists(name)) return null
  const latin = ranked.find((r) => LATIN1_FAMILY.test(r.name.toLowerCase()))?.confidence ?? 0
  return top.confidence >= 1.4 * latin ? name : null
}

const CP1252: Record<number, number> = {
  128: 0x20ac,
  130: 0x201a,
  131: 0x0192,
  132: 0x201e,
  133: 0x2026,
  134: 0x2020,
  135: 0x2021,
  136: 0x02c6,
  137: 0x2030,
  138: 0x0160,
  139: 0x2039,
  140: 0x0152,
  142: 0x017d,
  145: 0x2018,
  146: 0x2019,
  147: 0x201c,
  148: 0x201d,
  149: 0x2022,
  150: 0x2013,
  151: 0x2014,
  152: 0x02dc,
  153: 0x2122,
  154: 0x0161,
  155: 0x203a,
  156: 0x0153,
  158: 0x017e,
  159: 0x0178,
}

/**
 * C1 control characters (U+0080–U+009F) in decoded text are almost always Windows-1252 bytes
 * mislabelled as Latin-1 or escaped as `&#146;`: map them to the characters the writer meant.
 */
export function fixControls(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text
  return text.replace(/[\u0080-\u009f]/g, (ch) => {
    const mapped = CP1252[ch.charCodeAt(0)]
    return mapped ? String.fromCharCode(mapped) : ch
  })
}
