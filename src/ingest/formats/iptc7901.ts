/**
 * IPTC 7901 (dpa classic wire and others): SOH header `<source><seq> <priority> <category>
 * <words> …`, a slugline ending in `/`, STX, then a header block whose lines end in ` =`
 * (headline, byline) possibly preceded by a take key ("1ST LEAD", "EXTRA", "(Eil)") or a
 * correction note "(Berichtigung: …)", the body, notes after `# Notizblock` / `# dpa NOTEBOOK`,
 * and the ETX trailer `DDHHMM [GMT] Mon YY`. Control characters (BEL in "(Eil \a\a\a)") are removed.
 */
import type { RawItem } from '../../doc/raw-item.ts'
import { ParleyError } from '../../errors.ts'
import { parseDate } from '../dates.ts'
import { escapeHtml, makeItem } from '../item.ts'
import type { ParseContext } from '../types.ts'
import { plausibleByline } from './nitf.ts'

const TAKE_KEY = /^(\d+(ST|ND|RD|TH) LEAD|EXTRA|URGENT|EIL|FLASH|BULLETIN|WRITETHRU)$/i

export function looksLikeIptc7901(text: string): boolean {
  return /^\x01[a-z]{3}\d{3,4} \d /i.test(text)
}

export function parseIptc7901(text: string, ctx: ParseContext): RawItem {
  const clean = text.replace(/\r/g, '')
  const header = /^\x01([a-z]{3})(\d{3,4}) (\d) (\S+) (\d+)/i.exec(clean)
  const stx = clean.indexOf('\x02')
  if (!header || stx < 0)
    throw new ParleyError('feed-malformed', 'not an IPTC 7901 message (SOH header and STX)', {
      input: ctx.source,
    })
  const [, source, , , category] = header
  const slug =
    clean
      .slice(header[0].length, stx)
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !/^\S+ \d+$/.test(l))
      .pop()
      ?.replace(/\/$/, '') ?? null
  const etx = clean.indexOf('\x03', stx)
  const story = clean
    .slice(stx + 1, etx > stx ? etx : undefined)
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
  const trailer = etx > 0 ? (clean.slice(etx + 1).split('\n')[0] ?? '').trim() : ''
  const lines = story.split('\n')
  // Header block: from STX to the first line ending in "=" (headline, byline, notes), else to a blank line.
  let end = lines.findIndex((l, n) => n < 15 && /=\s*$/.test(l))
  if (end < 0)
    end = Math.max(
      0,
      lines.findIndex((l, n) => n > 0 && l.trim() === ''),
    )
  const headText = lines.slice(0, end + 1).join('\n')
  const rest = lines.slice(end + 1)
  const correction = /\((Berichtigung|Korrektur|Correction|Corrects?)[^)]*\)/i.exec(headText)?.[0] ?? null
  const head = headText
    .replace(/\([^)]*\)/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\s*=\s*$/, '').trim())
    .filter((l) => l !== '')
  const takeKey = head.find((l) => TAKE_KEY.test(l)) ?? null
  const byline = plausibleByline(head.find((l) => /^(By|Von)\s/i.test(l)) ?? null)
  const headline = head.filter((l) => !TAKE_KEY.test(l) && !/^(By|Von)\s/i.test(l)).join(' ') || null
  const bodyLines: string[] = []
  for (const line of rest) {
    if (/^#\s/.test(line.trim()) || /not for publication/i.test(line)) break
    bodyLines.push(line)
  }
  const paragraphs = bodyLines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
  // Trailer DDHHMM [GMT] Mon YY: day and time of transmission.
  const t = /^(\d\d)(\d\d)(\d\d)\s+(?:GMT\s+)?(\p{L}{3})\s+(\d\d)/u.exec(trailer)
  const when = t ? parseDate(`${t[1]} ${t[4]} 20${t[5]} ${t[2]}:${t[3]} GMT`) : null
  const iso = when ? when.toISOString().replace('.000Z', 'Z') : null
  const lead = /^(\d+)(ST|ND|RD|TH) LEAD$/i.exec(takeKey ?? '')
  return makeItem({
    format: 'iptc7901',
    source: ctx.source,
    guid: `urn:iptc7901:${(source ?? 'x').toLowerCase()}:${slug ?? headline ?? 'story'}:${iso?.slice(0, 10) ?? ''}`,
    version: lead ? Number(lead[1]) : correction ? 1 : 0,
    versionCreated: iso,
    headline,
    byline,
    agency: /\bdpa\b/.test(clean.slice(0, 200)) ? 'dpa' : (source ?? null),
    publisher: /\bdpa\b/.test(clean.slice(0, 200)) ? 'dpa' : null,
    subjects: [
      ...(slug ? slug.split('/').filter(Boolean) : []),
      ...(category ? [`iptc7901-category:${category}`] : []),
    ],
    body: paragraphs.length ? paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') : null,
    bodyType: 'html',
    links: [],
  })
}
