/**
 * feedparser's own assertions (`Expect:` in every file of its test corpus, machine-readable in
 * `../shared/data/feeds/feedparser/expectations.json`) evaluated against Parley's parse result, seen
 * through `testing/feedparser-view.ts`. Each file is parsed as if fetched from feedparser's test
 * server (its URL is the base of relative links; `Header:` lines become the HTTP headers). Reads
 * ../shared at run time. A short list of files where feedparser's semantics differ from Parley's on
 * purpose must keep failing, each with its reason.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../src/ingest/parse.ts'
import type { ParsedDocument } from '../../src/ingest/types.ts'
import { feedparserView } from './testing/feedparser-view.ts'
import { evaluatePy, PyError, PyTuple, parseExpr, pyEquals } from './testing/py-expr.ts'

const ROOT = join(process.cwd(), '../shared/data/feeds/feedparser')
const available = existsSync(join(ROOT, 'expectations.json'))
/** Where feedparser's test harness serves the files whose name says `http` (the others are read from disk). */
const SERVER = 'http://127.0.0.1:8097/tests/'

const SANITISER =
  "feedparser runs HTML through its sanitiser (drops script/style/embed/meta, event handlers, invalid attributes; re-serialises tags); Parley keeps the publisher's markup, sanitising is extraction's job"
const RESERIALISED =
  'feedparser re-serialises HTML through its own parser (sorted attributes, `<img />`, escaped stray `<`); Parley keeps the markup as published'

/**
 * Kinds of files that test a feedparser behaviour Parley does not have on purpose: when such a file
 * fails, for that reason, it is a deliberate difference (a pass is fine too).
 */
const DIFFERENT_KINDS: ReadonlyArray<{
  readonly reason: string
  readonly applies: (e: Expectation, why: string) => boolean
}> = [
  { reason: SANITISER, applies: (e) => e.path.startsWith('wellformed/sanitize/') },
  {
    reason:
      'the document declares an <!ENTITY>: Parley refuses such documents (billion laughs, external entities)',
    applies: (_e, why) => /^refused: .*declares .*entit/.test(why),
  },
  {
    reason:
      'HTTP response fields (Last-Modified, ETag, status, headers) are kept by the fetcher/poller, not the parse result',
    applies: (_e, why) => /^NameError: (modified|modified_parsed|etag|headers|status|href)$/.test(why),
  },
  {
    reason: 'Media RSS (media:group, credits, restrictions, licences, ratings) is not modelled',
    applies: (e) => /\bmedia_/.test(e.expect),
  },
]

/** Single files whose feedparser expectation Parley does not meet on purpose (path -> reason); they must keep failing. */
const EXPECTED_DIFFERENT: Record<string, string> = {
  'wellformed/rss/item_description_not_a_doctype.xml': RESERIALISED,
  'wellformed/atom10/missing_quote_in_attr.xml': RESERIALISED,
  'wellformed/atom10/tag_in_attr.xml': RESERIALISED,
  'wellformed/atom/entry_updated_multiple_values.xml':
    'two <updated> in one entry (invalid Atom): Parley keeps the first, feedparser the last',
  'encoding/bozo_linenoise.xml':
    "invalid UTF-8 without a declaration: the expected text is chardet's guess; Parley reads it as Windows-1252 (still bozo)",
  'encoding/bozo_double-encoded-html.xml':
    'feedparser repairs mojibake written as HTML entities (&acirc;&brvbar; -> U+2026); Parley keeps the entities as published',
}

interface Expectation {
  readonly path: string
  readonly expect: string
  readonly headers: Record<string, string> | null
}

function parseAsServed(e: Expectation): { doc: ParsedDocument | null; error?: Error } {
  const headers = new Map(Object.entries(e.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]))
  const served = /(^|\/)http/.test(e.path)
  const url = served ? SERVER + e.path : null
  const location = headers.get('content-location')
  try {
    const doc = parseDocument(readFileSync(join(ROOT, e.path)), {
      source: url ?? e.path,
      baseUrl: url && location ? new URL(location, url).href : url,
      contentType: headers.get('content-type') ?? null,
      contentLanguage: headers.get('content-language') ?? null,
    })
    return { doc }
  } catch (error) {
    return { doc: null, error: error as Error }
  }
}

function run(e: Expectation): { ok: boolean; why: string } {
  const { doc, error } = parseAsServed(e)
  const view = feedparserView(doc, error)
  try {
    return { ok: evaluatePy(e.expect, view), why: error ? `refused: ${error.message}` : 'false' }
  } catch (err) {
    if (!(err instanceof PyError)) throw err
    return { ok: false, why: err.message }
  }
}

describe('the Python expression evaluator', () => {
  const scope = {
    bozo: false,
    encoding: 'utf-8',
    entries: [{ title: 'A', n: 3, when: new PyTuple([2003, 12, 31]) }, { title: 'A' }],
    feed: { title: "it's" },
  }
  it('evaluates comparisons, boolean operators, subscripts, literals and calls', () => {
    expect(evaluatePy("not bozo and encoding == 'utf-8'", scope)).toBe(true)
    expect(evaluatePy("bozo or entries[0]['title'] == u'B'", scope)).toBe(false)
    expect(evaluatePy("entries[0]['title'] == entries[1]['title'] == 'A'", scope)).toBe(true)
    expect(evaluatePy("entries[0]['title'] == entries[1]['title'] == 'B'", scope)).toBe(false)
    expect(evaluatePy('entries[0].when == (2003, 12, 31)', scope)).toBe(true)
    expect(evaluatePy('entries[0].when == [2003, 12, 31]', scope)).toBe(false)
    expect(evaluatePy("entries[0].has_key('n') and not entries[1].has_key('n')", scope)).toBe(true)
    expect(evaluatePy("len(entries) == 2 and ord('\\u2026') == 8230", scope)).toBe(true)
    expect(evaluatePy(`feed['title'] == "it's" and 'A' in ['A', 'B']`, scope)).toBe(true)
    expect(evaluatePy("'ab' + 'c' == '''abc''' and '\\xe2\\x9d' == '\u00e2\u009d'", scope)).toBe(true)
    expect(evaluatePy('1', scope)).toBe(true)
  })
  it('raises KeyError/IndexError instead of guessing, and never evaluates code', () => {
    expect(() => evaluatePy("entries[1]['n'] == 3", scope)).toThrow(/KeyError/)
    expect(() => evaluatePy("entries[5]['title']", scope)).toThrow(/IndexError/)
    expect(() => evaluatePy("__import__('os').system('true')", scope)).toThrow(PyError)
    expect(() => parseExpr('a = 1')).toThrow(PyError)
    expect(() => parseExpr('lambda: 1')).toThrow(PyError)
    expect(pyEquals(new PyTuple([1, 2]), new PyTuple([1, 2]))).toBe(true)
  })
})

describe('the feedparser view', () => {
  it('answers feedparser-style assertions from the parse result of a written feed', () => {
    const xml = `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Talks desk</title>
      <link>http://example.com/</link><description>Daily notes</description><copyright>Example</copyright>
      <item><title>Round two</title><link>/round-two</link><author>jo@example.com (Jo Example)</author>
      <pubDate>Wed, 31 Dec 2003 10:14:55 GMT</pubDate><category domain="http://example.com/t">Truce</category>
      <enclosure url="http://example.com/a.mp3" length="99" type="audio/mpeg"/><description>Short</description></item>
    </channel></rss>`
    const doc = parseDocument(new TextEncoder().encode(xml), { source: 'http://example.com/feed.xml' })
    const view = feedparserView(doc)
    const holds = (expr: string): boolean => evaluatePy(expr, view)
    expect(holds("not bozo and version == 'rss20' and encoding == 'UTF-8'")).toBe(true)
    expect(holds("feed['title'] == 'Talks desk' and feed.description == 'Daily notes'")).toBe(true)
    expect(holds("channel['copyright'] == 'Example' and feed['link'] == 'http://example.com/'")).toBe(true)
    expect(holds("entries[0]['link'] == 'http://example.com/round-two'")).toBe(true)
    expect(holds("entries[0]['author_detail']['email'] == 'jo@example.com'")).toBe(true)
    expect(holds("entries[0]['author'] == 'Jo Example (jo@example.com)'")).toBe(true)
    expect(holds("entries[0]['published_parsed'] == (2003, 12, 31, 10, 14, 55, 2, 365, 0)")).toBe(true)
    expect(holds("entries[0].tags[0].scheme == 'http://example.com/t'")).toBe(true)
    expect(holds("entries[0]['enclosures'][0]['length'] == '99'")).toBe(true)
    expect(holds("items[0].description == 'Short' and not entries[0].has_key('content')")).toBe(true)
    expect(holds("entries[0]['title'] == 'Round three'")).toBe(false)
  })
})

describe('feedparser expectations', () => {
  // The corpus is beside the repository in development and CI; its absence is a failure, not a skip.
  it('should find the corpus in ../shared', () => {
    expect(available).toBe(true)
  })

  const { files } = available
    ? (JSON.parse(readFileSync(join(ROOT, 'expectations.json'), 'utf8')) as { files: Expectation[] })
    : { files: [] as Expectation[] }

  it('holds for every file except the listed deliberate differences', () => {
    expect(files.length).toBeGreaterThan(80)
    const failures: string[] = []
    const stillDifferent: string[] = []
    let passed = 0
    let listedFailing = 0
    const kindFailing = new Map<string, number>()
    for (const e of files) {
      const result = run(e)
      if (result.ok) passed++
      const listed = EXPECTED_DIFFERENT[e.path]
      const kind = DIFFERENT_KINDS.find((k) => k.applies(e, result.why))
      if (listed && result.ok) stillDifferent.push(`${e.path}: passes now, drop it from EXPECTED_DIFFERENT`)
      if (!result.ok) {
        if (listed) listedFailing++
        else if (kind) kindFailing.set(kind.reason, (kindFailing.get(kind.reason) ?? 0) + 1)
        else failures.push(`${e.path}: ${e.expect.slice(0, 160)} -> ${result.why}`)
      }
    }
    const kinds = [...kindFailing.values()].reduce((a, b) => a + b, 0)
    console.log(
      `feedparser expectations: ${passed} of ${files.length} files pass; deliberate differences: ` +
        `${kinds} by kind (${[...kindFailing.values()].join('+')}), ${listedFailing} listed files; ` +
        `${failures.length} unexplained`,
    )
    expect(failures).toEqual([])
    expect(stillDifferent).toEqual([])
  })
})
