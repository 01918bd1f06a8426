/**
 * ANPA-1312 (AP classic wire). Framing: SYN SYN SOH, service + sequence, US, selector; a header line
 * with priority, category, format (0x11 text, 0x12 tabular), keyword, optional take/version
 * ("1stLd-Writethru"), mm-dd date and word count; STX, the keyword line, `^` header lines
 * (headline, photo/editor notes, `=`-terminated byline lines); TAB-indented body lines; ETX and the
 * trailer `AP-WF-11-13-13 1509GMT`. The story identity is the keyword slug plus the trailer date,
 * so successive write-thrus of one story are versions of one item.
 */
import type { RawItem } from '../../doc/raw-item.ts'
import { ParleyError } from '../../errors.ts'
import { escapeHtml, makeItem } from '../item.ts'
import type { ParseContext } from '../types.ts'

export function looksLikeAnpa(text: string): boolean {
  return /^\x16*\x01[A-Za-z0-9]\d{4}\x1f/.test(text)
}

const ORDINAL = /^(\d+)(?:st|nd|rd|th)\s*Ld/i

function paragraphsToHtml(lines: string[]): string | null {
  const paragraphs: string[] = []
  let current: string[] = []
  for (const line of lines) {
    if (line.trim() === '') {
      if (current.length) paragraphs.push(current.join(' '))
      current = []
      continue
    }
    if (/^\t/.test(line) && current.length) {
      paragraphs.push(current.join(' '))
      current = []
    }
    current.push(line.trim())
  }
  if (current.length) paragraphs.push(current.join(' '))
  const kept = paragraphs.map((p) => p.trim()).filter((p) => p !== '')
  return kept.length ? kept.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') : null
}

export function parseAnpa(text: string, ctx: ParseContext): RawItem {
  const clean = text.replace(/\r/g, '')
  const header =
    /^\x16*\x01([A-Za-z0-9])(\d{4})\x1f([^\n]*)\n(\S)\s(\S)[\x13\x14]?([\x11\x12])?\s*(\S+)\s+(.*?)\s*(\d\d-\d\d)\s+(\d+)\s*$/m.exec(
      clean,
    )
  if (!header)
    throw new ParleyError('feed-malformed', 'not an ANPA-1312 header (SOH service/sequence line)', {
      input: ctx.source,
    })
  const [, service, , , , category, formatCode, keyword, take] = header
  const stx = clean.indexOf('\x02')
  const etx = clean.indexOf('\x03', stx)
  if (stx < 0) throw new ParleyError('feed-malformed', 'ANPA story without STX', { input: ctx.source })
  const storyText = clean.slice(stx + 1, etx > stx ? etx : undefined).replace(/\x02/g, '')
  const trailer =
    etx > 0
      ? (clean
          .slice(etx + 1)
          .split('\n')[0]
          ?.replace(/[<\x0c\x04]/g, '')
          .trim() ?? '')
      : ''
  const lines = storyText.split('\n')
  const slugLine = (lines.shift() ?? '').replace(/<$/, '').trim()
  const slug = (keyword ?? '').trim() || slugLine.replace(/^\^/, '').split(/[ ,]/)[0] || 'story'
  const headerLines: string[] = []
  const body: string[] = []
  for (const line of lines) {
    if (line.startsWith('^') && body.every((l) => l.trim() === ''))
      headerLines.push(
        line
          .slice(1)
          .replace(/[<=]\s*$/, '')
          .trim(),
      )
    else body.push(line.replace(/<\s*$/, ''))
  }
  const rawBylines = lines
    .filter((l) => l.startsWith('^') && /=\s*$/.test(l))
    .map((l) => l.slice(1).replace(/=\s*$/, '').trim())
  const byline = rawBylines.find((l) => /^By\s/i.test(l)) ?? null
  const notes = /^(AP Photos?|Eds?:|EDITOR'S NOTE|With AP|END$|\(|Associated Press$)/i
  const headline =
    headerLines.find((l) => l !== '' && !notes.test(l) && !rawBylines.includes(l)) ??
    (() => {
      const first = body.map((l) => l.trim()).find((l) => l !== '') ?? ''
      const stripped = first.replace(/^[A-Z][A-Z .,'-]+\s\(AP\)\s+[_—-]\s+/, '').trim()
      return stripped || null
    })()
  const trailerMatch = /(\d\d)-(\d\d)-(\d\d)\s+(\d\d)(\d\d)\s*GMT/i.exec(trailer)
  const when = trailerMatch
    ? `20${trailerMatch[3]}-${trailerMatch[1]}-${trailerMatch[2]}T${trailerMatch[4]}:${trailerMatch[5]}:00Z`
    : null
  const agency = /^([A-Z]{2,5})-/.exec(trailer)?.[1] ?? null
  const bodyLines = body.some((l) => l.trim() !== '') ? body : headerLines
  const takeKey = (take ?? '').trim()
  const ordinal = ORDINAL.exec(takeKey)
  const day = when ? when.slice(0, 10) : (header[9] ?? '')
  return makeItem({
    format: 'anpa1312',
    source: ctx.source,
    guid: `urn:anpa:${(agency ?? service ?? 'x').toLowerCase()}:${slug}:${day}`,
    version: ordinal ? Number(ordinal[1]) : 0,
    versionCreated: when,
    firstCreated: null,
    headline,
    byline,
    agency,
    publisher: agency,
    subjects: category ? [`anpa-category:${category}`] : [],
    body:
      formatCode === '\x12'
        ? `<pre>${escapeHtml(bodyLines.join('\n').trim())}</pre>`
        : paragraphsToHtml(bodyLines),
    bodyType: 'html',
    links: [],
  })
}
