import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ParleyError } from '../errors.ts'
import { parseDate } from './dates.ts'
import { canonicalUrl, contentKey, storyKey } from './dedupe.ts'
import { makeItem } from './item.ts'
import { parseDocument } from './parse.ts'
import { backoffDelay } from './poller.ts'
import { resolveVersions } from './versions.ts'
import { decodeBytes } from './xml/decode.ts'

const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../../test/fixtures/feeds/${name}`, import.meta.url))

describe('security: no entity is ever expanded', () => {
  it('refuses a billion-laughs document quickly with a clear error', () => {
    const started = performance.now()
    const error = (() => {
      try {
        parseDocument(fixture('billion-laughs.xml'), { source: 'lol.xml' })
      } catch (e) {
        return e
      }
    })() as ParleyError
    expect(error).toBeInstanceOf(ParleyError)
    expect(error.code).toBe('xml-entity')
    expect(error.message).toMatch(/lol\.xml: .*entit/)
    expect(performance.now() - started).toBeLessThan(200)
  })

  it('refuses an external entity without opening anything', () => {
    expect(() => parseDocument(fixture('external-entity.xml'), { source: 'xxe.xml' })).toThrow(
      /external entity/,
    )
  })

  it('keeps an undeclared entity as written instead of resolving it', () => {
    const xml =
      '<rss version="2.0"><channel><title>a &nbsp; b &amp; c</title><item><title>t</title><guid>g1</guid></item></channel></rss>'
    const doc = parseDocument(Buffer.from(xml), { source: 'x.xml' })
    expect(doc.title).toContain('&')
  })
})

describe('encodings', () => {
  it('reads UTF-16 with a BOM, and a wrong Latin-1 declaration over UTF-8 bytes', () => {
    const text = '<?xml version="1.0" encoding="utf-16"?><rss><channel><title>Ünïcode</title></channel></rss>'
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-16le' })
    const wrong = Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><a>Décès</a>', 'utf8')
    const decoded = decodeBytes(wrong)
    expect(decoded.text).toContain('Décès')
    expect(decoded.problems.join()).toMatch(/UTF-8/)
  })

  it('falls back to Windows-1252 for invalid UTF-8 and repairs C1 controls', () => {
    const bytes = Buffer.from([
      ...Buffer.from('<a>M'),
      0xfc,
      ...Buffer.from('ller don'),
      0x92,
      ...Buffer.from('t</a>'),
    ])
    const decoded = decodeBytes(bytes)
    expect(decoded.text).toBe('<a>Müller don\u2019t</a>')
    expect(decoded.encoding).toBe('windows-1252')
  })
})

describe('dates', () => {
  it('reads the odd formats of real feeds and refuses impossible ones', () => {
    expect(parseDate('Seg, 24 Set 2018 19:42:40 -0300')?.toISOString()).toBe('2018-09-24T22:42:40.000Z')
    expect(parseDate('2017-10-11T10:41:00+0100')?.toISOString()).toBe('2017-10-11T09:41:00.000Z')
    expect(parseDate('20131020T192751+1100')?.toISOString()).toBe('2013-10-20T08:27:51.000Z')
    expect(parseDate('Thu, 31 Feb 2004 10:00:00 GMT')).toBeNull()
    expect(parseDate('YYYYMMDD000000-HHMM')).toBeNull()
    expect(parseDate('Last Tuesday')).toBeNull()
  })
})

const v = (over: Partial<Parameters<typeof makeItem>[0]>) =>
  makeItem({ format: 'test', source: 't', guid: 'g', ...over })

describe('versions', () => {
  it('orders by creation time, not by the agency version number', () => {
    const a = v({ version: 978556838, versionCreated: '2016-01-04T15:43:34Z', headline: 'a' })
    const b = v({ version: 12, versionCreated: '2016-01-04T16:34:45Z', headline: 'b' })
    const state = resolveVersions([b, a])
    expect(state.latest?.headline).toBe('b')
    expect(state.ordered.map((x) => x.headline)).toEqual(['a', 'b'])
  })

  it('a kill cancels every version, earlier and later', () => {
    const usable = v({ versionCreated: '2016-01-04T15:43:34Z' })
    const kill = v({ versionCreated: '2016-01-04T16:34:45Z', status: 'canceled' })
    const late = v({ versionCreated: '2016-01-05T00:00:00Z' })
    const state = resolveVersions([usable, kill, late])
    expect(state.killed).toBe(true)
    expect(state.visible).toBeNull()
  })

  it('holds an embargoed version until its time, keeping the previous one visible', () => {
    const v1 = v({ versionCreated: '2025-01-01T10:00:00Z', headline: 'v1' })
    const v2 = v({
      versionCreated: '2025-01-01T11:00:00Z',
      headline: 'v2',
      embargoUntil: '2025-01-02T00:00:00Z',
    })
    const before = resolveVersions([v1, v2], new Date('2025-01-01T12:00:00Z'))
    expect(before.visible?.headline).toBe('v1')
    expect(before.embargoedUntil).toBe('2025-01-02T00:00:00Z')
    const after = resolveVersions([v1, v2], new Date('2025-01-02T00:00:01Z'))
    expect(after.visible?.headline).toBe('v2')
    expect(after.embargoedUntil).toBeNull()
  })

  it('a withheld latest version hides the story', () => {
    const state = resolveVersions([
      v({ versionCreated: '2025-01-01T10:00:00Z' }),
      v({ versionCreated: '2025-01-01T11:00:00Z', status: 'withheld' }),
    ])
    expect(state.withheld).toBe(true)
    expect(state.visible).toBeNull()
  })
})

describe('duplicates', () => {
  it('the same item twice has one content key; tracking parameters do not make a new URL', () => {
    const a = v({ headline: 'Talks resume', body: '<p>The two sides met again.</p>' })
    const b = v({ headline: 'Talks resume', body: '<p>The two sides  met again.</p>' })
    expect(contentKey(a)).toBe(contentKey(b))
    expect(canonicalUrl('https://www.example.com/news/1?at_medium=RSS&at_campaign=X')).toBe(
      'https://example.com/news/1',
    )
  })

  it('one agency story republished by two outlets has one story key', () => {
    const body =
      'Negotiators from both delegations said on Monday that they had agreed on a schedule for further meetings, although the main questions remain open and no date for a final round has been set yet by either side.'
    const one = v({
      guid: 'outlet-a/1',
      headline: 'Delegations agree on a schedule',
      body: `<p>GENEVA (AP) — ${body}</p>`,
    })
    const two = v({
      guid: 'outlet-b/9',
      headline: 'Delegations agree on a schedule',
      body: `<div><p>GENEVA (AP) — ${body}</p></div>`,
    })
    expect(storyKey(one)).not.toBeNull()
    expect(storyKey(one)).toBe(storyKey(two))
  })
})

describe('backoff', () => {
  it('grows exponentially with jitter, is capped, and never undercuts Retry-After', () => {
    expect(backoffDelay(1, 1000, 60_000, () => 0, null)).toBe(500)
    expect(backoffDelay(3, 1000, 60_000, () => 0.999, null)).toBeLessThanOrEqual(4000)
    expect(backoffDelay(30, 1000, 60_000, () => 0.999, null)).toBeLessThanOrEqual(60_000)
    expect(backoffDelay(1, 1000, 60_000, () => 0, 5000)).toBe(5000)
  })
})
