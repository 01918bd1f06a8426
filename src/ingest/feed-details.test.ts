/**
 * Feed details (version, typed text constructs, xml:base), relative links inside HTML bodies,
 * undeclared namespace prefixes, charset guessing for undeclared legacy bytes. Fixtures written here.
 */
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { parsePersonText } from './formats/feed-parts.ts'
import { htmlToText, resolveHtmlLinks } from './item.ts'
import { parseDocument } from './parse.ts'
import { decodeBytes } from './xml/decode.ts'

const parse = (xml: string, baseUrl: string | null = null) =>
  parseDocument(new TextEncoder().encode(xml), { source: 'test.xml', baseUrl })

describe('feed details', () => {
  it('names the format version', () => {
    const version = (xml: string) => parse(xml).details?.version
    expect(version('<rss version="2.0"><channel><title>a</title></channel></rss>')).toBe('rss20')
    expect(version('<rss version="0.92"><channel><title>a</title></channel></rss>')).toBe('rss092')
    expect(
      version(
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "x.dtd"><rss version="0.91"><channel><title>a</title></channel></rss>',
      ),
    ).toBe('rss091n')
    expect(version('<rss version="0.91"><channel><title>a</title></channel></rss>')).toBe('rss091u')
    expect(
      version(
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://my.netscape.com/rdf/simple/0.9/"><channel><title>a</title></channel></rdf:RDF>',
      ),
    ).toBe('rss090')
    expect(version('<feed xmlns="http://www.w3.org/2005/Atom"><title>a</title></feed>')).toBe('atom10')
    expect(version('<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>a</title></feed>')).toBe(
      'atom03',
    )
  })

  it('resolves xml:base level by level against the feed URL and ignores unsafe bases', () => {
    const doc = parse(
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="news/">
        <title type="html">Desk &lt;a href="desk.html"&gt;page&lt;/a&gt;</title>
        <entry xml:base="talks/"><id>e1</id><title type="xhtml" xml:base="round-two/"><div xmlns="http://www.w3.org/1999/xhtml">Round <a href="notes.html">notes</a></div></title>
          <content type="html">&lt;img src="photo.jpg"&gt;</content></entry>
        <entry xml:base="http://example.org/a/"><id>e2</id><title xml:base="javascript:alert(1)">Plain</title><content src="clip.mp4" type="video/mp4"/></entry>
      </feed>`,
      'http://example.org/feeds/main.xml',
    )
    const [first, second] = doc.details?.entries ?? []
    expect(doc.details?.title?.value).toBe('Desk <a href="http://example.org/feeds/news/desk.html">page</a>')
    expect(first?.title).toMatchObject({
      type: 'xhtml',
      base: 'http://example.org/feeds/news/talks/round-two/',
      value: 'Round <a href="http://example.org/feeds/news/talks/round-two/notes.html">notes</a>',
    })
    expect(first?.content[0]?.base).toBe('http://example.org/feeds/news/talks/')
    expect(doc.items[0]?.body).toBe('<img src="http://example.org/feeds/news/talks/photo.jpg">')
    expect(second?.title).toMatchObject({ type: 'text', base: 'http://example.org/a/', value: 'Plain' })
    expect(second?.content[0]?.src).toBe('http://example.org/a/clip.mp4')
  })

  it('honours xml:base in RSS and reads RSS-specific details', () => {
    const doc = parse(
      `<rss version="2.0" xml:base="http://example.net/desk/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:x="http://example.com/ext">
      <channel><title>Desk</title><language>fr</language>
      <item><guid>http://example.net/desk/1</guid><dc:creator>Ana Example</dc:creator><dc:creator>Bo Example</dc:creator>
        <x:description>extension text</x:description><description>&lt;a href="story.html"&gt;story&lt;/a&gt;</description>
        <expirationDate>Tue, 04 Mar 2025 10:00:00 GMT</expirationDate><dcterms:modified>2025-03-02T08:00:00Z</dcterms:modified>
        <category domain="http://example.net/topics">Ceasefire</category><enclosure url="audio.mp3" type="audio/mpeg" length="1200"/>
        <source url="http://example.com/wire.xml">Wire</source></item>
      <item><guid isPermaLink="false">two</guid><link>other.html</link><title>Second &amp; last</title></item>
      </channel></rss>`,
    )
    const [one, two] = doc.details?.entries ?? []
    expect(doc.items[0]?.body).toBe('<a href="http://example.net/desk/story.html">story</a>')
    expect(doc.items[0]?.versionCreated).toBe('2025-03-02T08:00:00Z')
    expect(doc.items[1]?.url).toBe('http://example.net/desk/other.html')
    expect(one).toMatchObject({
      guidIsLink: true,
      authors: [
        { name: 'Ana Example', email: null, href: null },
        { name: 'Bo Example', email: null, href: null },
      ],
      dates: { published: null, updated: '2025-03-02T08:00:00Z', created: null },
      tags: [{ term: 'Ceasefire', scheme: 'http://example.net/topics', label: null }],
      enclosures: [{ href: 'http://example.net/desk/audio.mp3', type: 'audio/mpeg', length: '1200' }],
      expires: '2025-03-04T10:00:00Z',
      source: { title: 'Wire', link: 'http://example.com/wire.xml' },
    })
    expect(one?.summary?.value).toContain('story.html')
    expect(one?.summary?.language).toBe('fr')
    expect(two?.guidIsLink).toBe(false)
    expect(two?.title).toMatchObject({ type: 'text', value: 'Second & last' })
  })
})

describe('document checks', () => {
  it('reports a namespace prefix that is never declared', () => {
    const doc = parse('<rss version="2.0"><channel><title>a</title><ext:thing>b</ext:thing></channel></rss>')
    expect(doc.problems.map((p) => p.reason).join(' ')).toMatch(/undeclared namespace prefix ext/)
    const ok = parse(
      '<rss version="2.0" xmlns:ext="http://example.com/e"><channel><title>a</title><ext:thing>b</ext:thing></channel></rss>',
    )
    expect(ok.problems).toEqual([])
  })

  it('reports HTML entities undefined in XML, keeps them in markup and decodes them in text', () => {
    const doc = parse(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Caf&eacute; talks</title><entry><id>1</id><title>Na&iuml;ve &madeup; hope</title></entry></feed>',
    )
    expect(doc.problems.map((p) => p.reason).join(' ')).toMatch(/undefined entities &eacute; &iuml; &madeup;/)
    expect(doc.details?.title?.value).toBe('Café talks')
    expect(doc.details?.entries[0]?.title?.value).toBe('Naïve &madeup; hope')
    expect(parse('<rss version="2.0"><channel><title>a &amp; b</title></channel></rss>').problems).toEqual([])
  })

  it('guesses a legacy charset for undeclared non-UTF-8 bytes, and keeps Windows-1252 for Western text', () => {
    const russian =
      'Переговоры продолжились в четверг. Делегации обсудили обмен пленными и гуманитарные коридоры. ' +
      'Министр заявил, что следующая встреча состоится на следующей неделе в столице.'
    const xml = `<rss version="2.0"><channel><title>Новости</title><item><title>Переговоры</title><description>${russian}</description></item></channel></rss>`
    const decoded = decodeBytes(iconv.encode(xml, 'koi8-r'))
    expect(decoded.encoding).toBe('koi8-r')
    expect(decoded.text).toContain('Делегации обсудили')
    const western = iconv.encode(
      '<rss version="2.0"><channel><title>Caf\u00e9 talks</title><description>The minister\u2019s visit</description></channel></rss>',
      'windows-1252',
    )
    expect(decodeBytes(western)).toMatchObject({ encoding: 'windows-1252' })
    expect(decodeBytes(western).text).toContain('minister\u2019s')
  })
})

describe('people', () => {
  it('reads the RSS author forms', () => {
    expect(parsePersonText('jo@example.com (Jo Example)')).toEqual({
      name: 'Jo Example',
      email: 'jo@example.com',
      href: null,
    })
    expect(parsePersonText('Jo Example <jo@example.com>')).toMatchObject({ name: 'Jo Example' })
    expect(parsePersonText('jo@example.com')).toMatchObject({ name: null, email: 'jo@example.com' })
    expect(parsePersonText('Jo Example')).toMatchObject({ name: 'Jo Example', email: null })
  })
})

describe('HTML helpers', () => {
  it('drops script and style contents from text', () => {
    expect(htmlToText('Talks<script>var x = 1</script> resume<style>p{}</style>')).toBe('Talks resume')
  })
  it('resolves relative URL attributes only', () => {
    expect(
      resolveHtmlLinks(
        '<a href="a.html">a</a><img src=\'/i.png\'><a href="#top">t</a><a href="mailto:x@example.com">m</a>',
        'http://example.com/dir/page',
      ),
    ).toBe(
      '<a href="http://example.com/dir/a.html">a</a><img src=\'http://example.com/i.png\'><a href="#top">t</a><a href="mailto:x@example.com">m</a>',
    )
  })
})
