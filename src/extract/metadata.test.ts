import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { normalizeDate } from './normalize-date.ts'
import { readMetadata } from './read-metadata.ts'

const doc = (html: string) => (parseHTML(html) as unknown as { document: Document }).document

describe('readMetadata', () => {
  it('prefers JSON-LD over OpenGraph and finds the article inside @graph', () => {
    const ld = {
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: 'From JSON-LD',
          datePublished: '2030-01-02T03:04:05+0200',
          author: [{ name: 'A. Writer' }, { name: 'B. Writer' }],
          publisher: { name: 'The Paper' },
        },
      ],
    }
    const { meta } = readMetadata(
      doc(
        `<html lang="de-AT"><head><meta property="og:title" content="From OG"><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
      ),
      undefined,
    )
    expect(meta).toMatchObject({
      title: 'From JSON-LD',
      byline: 'A. Writer, B. Writer',
      published: '2030-01-02T03:04:05+02:00',
      publisher: 'The Paper',
      language: 'de',
    })
  })

  it('falls back to meta tags, Dublin Core and <time>', () => {
    const { meta } = readMetadata(
      doc(`<html><head><title>Story title | Site</title><meta name="DC.creator" content="By Jo Bloggs"><meta property="og:site_name" content="Site"></head>
      <body><article><time datetime="2030-05-06T07:08:09Z">6 May</time></article></body></html>`),
      'https://site.example/story',
    )
    expect(meta).toMatchObject({
      title: 'Story title',
      byline: 'Jo Bloggs',
      published: '2030-05-06T07:08:09Z',
      publisher: 'Site',
      url: 'https://site.example/story',
    })
  })

  it('ignores author meta that is a profile URL and reads the visible byline', () => {
    const { meta } = readMetadata(
      doc(
        '<html><head><meta property="article:author" content="https://social.example/jo"></head><body><span class="byline">By Jo Bloggs | Updated 3 hours ago</span></body></html>',
      ),
      undefined,
    )
    expect(meta.byline).toBe('Jo Bloggs')
  })

  it('survives broken JSON-LD', () => {
    const { meta } = readMetadata(
      doc(
        '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ok",}</script><script type="application/ld+json">{not json</script></head><body></body></html>',
      ),
      undefined,
    )
    expect(meta.title).toBe('Ok')
  })
})

describe('normalizeDate', () => {
  it('keeps offsets, writes UTC as Z, keeps bare dates', () => {
    expect(normalizeDate('2019-11-19T08:10:00-0500')).toBe('2019-11-19T08:10:00-05:00')
    expect(normalizeDate('2019-11-19T08:10:00+00:00')).toBe('2019-11-19T08:10:00Z')
    expect(normalizeDate('2019-11-19')).toBe('2019-11-19')
    expect(normalizeDate('Tue, 19 Nov 2019 13:10:00 GMT')).toBe('2019-11-19T13:10:00Z')
  })

  it('refuses what it cannot read without guessing', () => {
    expect(normalizeDate('yesterday')).toBeNull()
    expect(normalizeDate('0001-01-01T00:00:00Z')).toBeNull()
    expect(normalizeDate('2019-13-40')).toBeNull()
  })
})
