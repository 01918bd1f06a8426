/**
 * The store contract: one suite every Store implementation passes (`runStoreContract(newStore)`).
 * Named `.contract.ts` so vitest does not collect it alone; `sqlite-store.test.ts` runs it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { RawItem } from '../../src/doc/index.ts'
import { ParleyError } from '../../src/errors.ts'
import type { Store } from '../../src/store/store.ts'
import { buildAnalysis } from './build-analysis.ts'
import { negotiationArticles } from './negotiation.ts'
import { syntheticArticles } from './synthetic.ts'

function item(overrides: Partial<RawItem> = {}): RawItem {
  return {
    guid: 'urn:test:story-1',
    version: 1,
    versionCreated: '2031-03-02T08:00:00Z',
    firstCreated: '2031-03-02T08:00:00Z',
    status: 'usable',
    embargoUntil: null,
    headline: 'Dockers reject Lantern Plan',
    byline: null,
    language: 'en',
    url: 'https://example.test/wire/1',
    publisher: 'Tern Wire',
    agency: 'Tern Wire',
    subjects: [],
    body: 'The Tern Dockers Guild demanded a raise.',
    bodyType: 'text',
    links: [],
    format: 'ninjs',
    source: 'test.json',
    ...overrides,
  }
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn()
  } catch (error) {
    return error instanceof ParleyError ? error.code : `not a ParleyError: ${String(error)}`
  }
  return undefined
}

export function runStoreContract(newStore: () => Store): void {
  let store: Store
  const open = () => {
    store = newStore()
    return store
  }
  afterEach(() => store?.close())

  describe('articles', () => {
    it('should return a saved analysis with its text and offsets intact, emoji included', () => {
      const s = open()
      const [day1] = negotiationArticles()
      const { articleId, status } = s.putArticle(day1!)
      expect(status).toBe('new')
      const back = s.getArticle(articleId)!
      expect(back.analysis).toEqual(day1)
      expect(back.title).toContain('🚢')
      // Evidence is sliced in TypeScript by UTF-16 offsets: the emoji in the title must not shift it.
      const positions = s.listPositions({ party: 'tern-dockers-guild' }).items
      expect(positions[0]!.evidence.text).toBe(
        'The Tern Dockers Guild demanded a 9 percent raise from the Saltmarsh Port Board on Monday.',
      )
    })

    it('should slice evidence by UTF-16 units after astral characters in the text', () => {
      const s = open()
      const a = buildAnalysis({
        id: 'emoji',
        published: '2031-01-01',
        actors: [{ id: 'x', name: 'Vell Council' }],
        sentences: [
          { text: 'Crowds 🚢🚢 waited at the quay.' },
          { text: 'The [[x|Vell Council]] rejected the 😀 offer.', event: { type: 'REJECT', source: 'x' } },
        ],
      })
      s.putArticle(a)
      expect(s.listEvents({ party: 'vell-council' }).items[0]!.evidence.text).toBe(
        'The Vell Council rejected the 😀 offer.',
      )
    })

    it('should leave earlier rows untouched when a save fails', () => {
      const s = open()
      s.putArticle(negotiationArticles()[0]!)
      const before = s.stats()
      const bad = buildAnalysis({ id: 'bad', sentences: [{ text: 'Short text.' }] })
      const broken = {
        ...bad,
        events: [{ ...negotiationArticles()[0]!.events[0]!, evidence: { start: 0, end: 999 } }],
      }
      expect(codeOf(() => s.putArticle(broken))).toBe('span-invalid')
      expect(s.stats()).toEqual(before)
      expect(s.search('short').total).toBe(0)
    })

    it('should keep one article when the same text is stored twice, and count another outlet as a publication', () => {
      const s = open()
      const a = negotiationArticles()[0]!
      expect(s.putArticle(a).status).toBe('new')
      expect(s.putArticle(a).status).toBe('duplicate')
      const other = s.putArticle(a, { url: 'https://other.test/copy', publisher: 'Other Outlet' })
      expect(other.status).toBe('publication')
      expect(s.stats().articles).toBe(1)
      expect(s.getArticle(other.articleId)!.publications).toBe(2)
    })

    it('should leave 1,000 articles after ingesting the same 1,000 twice', () => {
      const s = open()
      const articles = syntheticArticles(1000)
      for (const a of articles) s.putArticle(a)
      for (const a of articles) expect(s.putArticle(a).status).toBe('duplicate')
      expect(s.stats().articles).toBe(1000)
      expect(s.stats().publications).toBe(1000)
      expect(s.listArticles({ limit: 1 }).total).toBe(1000)
    }, 60_000)

    it('should show 30 syndicated copies as one story with 30 publications', () => {
      const s = open()
      const base = negotiationArticles()[0]!
      const text = base.article.text
      for (let i = 0; i < 30; i++) {
        // Ten verbatim copies, twenty with an outlet's own closing line: near-identical, not identical.
        const copyText = i < 10 ? text : `${text}\n\nReporting by desk ${i} for Outlet ${i}.`
        const copy = { ...base, id: `copy-${i}`, article: { ...base.article, text: copyText } }
        s.putArticle(copy, { url: `https://outlet${i}.test/story`, publisher: `Outlet ${i}` })
      }
      const stories = s.listStories()
      expect(stories.total).toBe(1)
      expect(stories.items[0]!.publications).toBe(30)
      expect(stories.items[0]!.articles).toBe(1)
      expect(s.listArticles().items).toHaveLength(1)
      expect(s.search('Dockers').total).toBe(1)
    })

    it('should commit a batch at once, undoing only the write that failed inside it', () => {
      const s = open()
      const [day1, day2, day3] = negotiationArticles()
      const bad = { ...day2!, positions: [{ ...day2!.positions[0]!, evidence: { start: 0, end: 1e6 } }] }
      s.batch(() => {
        s.putArticle(day1!)
        expect(codeOf(() => s.putArticle(bad))).toBe('span-invalid')
        s.putArticle(day3!)
      })
      expect(s.stats().articles).toBe(2)
      expect(() =>
        s.batch(() => {
          s.putArticle(day2!)
          throw new Error('stop')
        }),
      ).toThrow('stop')
      expect(s.stats().articles).toBe(2)
    })

    it('should keep the newer analysis when the same text is analysed again', () => {
      const s = open()
      const a = negotiationArticles()[0]!
      s.putArticle({ ...a, events: [] })
      expect(s.listEvents().total).toBe(0)
      s.putArticle(a)
      expect(s.listEvents().total).toBe(a.events.length)
      expect(s.stats().articles).toBe(1)
    })
  })

  describe('stories', () => {
    it('should group the days of one negotiation and keep an unrelated one apart', () => {
      const s = open()
      for (const a of negotiationArticles()) s.putArticle(a)
      s.putArticle(
        buildAnalysis({
          id: 'other',
          title: 'Orchard growers strike',
          published: '2031-03-03',
          actors: [{ id: 'g', name: 'Brindle Orchard Growers' }],
          sentences: [
            { text: 'The [[g|Brindle Orchard Growers]] walked out over apple prices in the valley.' },
          ],
        }),
      )
      const stories = s.listStories()
      expect(stories.total).toBe(2)
      const port = stories.items.find((x) => x.articles === 3)!
      expect(port.parties).toContain('tern-dockers-guild')
      expect(s.listStories({ party: 'brindle-orchard-growers' }).total).toBe(1)
    })

    it('should start a new story when the same parties meet again months later', () => {
      const s = open()
      s.putArticle(negotiationArticles()[0]!)
      s.putArticle(
        buildAnalysis({
          id: 'later',
          published: '2031-09-01',
          actors: [
            { id: 'u', name: 'Tern Dockers Guild' },
            { id: 'p', name: 'Saltmarsh Port Board' },
          ],
          sentences: [
            {
              text: 'The [[u|Tern Dockers Guild]] and the [[p|Saltmarsh Port Board]] opened new pension talks.',
            },
          ],
        }),
      )
      expect(s.listStories().total).toBe(2)
    })

    it('should return a story with its articles and analyses', () => {
      const s = open()
      const ids = negotiationArticles().map((a) => s.putArticle(a))
      const story = s.getStory(ids[0]!.storyId)!
      expect(story.articles.map((a) => a.id).sort()).toEqual(ids.map((x) => x.articleId).sort())
      expect(story.header.firstDate).toBe('2031-03-02')
      expect(story.header.lastDate).toBe('2031-03-05')
      expect(s.getStory('s_missing')).toBeNull()
    })
  })

  describe('items and versions', () => {
    it('should store an item once and report the same item again as a duplicate', () => {
      const s = open()
      const first = s.putItem(item())
      expect(first.status).toBe('new')
      expect(s.putItem(item())).toEqual({ ...first, status: 'duplicate' })
      expect(s.stats().versions).toBe(1)
    })

    it('should keep every version and make the latest versionCreated current', () => {
      const s = open()
      const v1 = s.putItem(item())
      const v3 = s.putItem(item({ version: 3, versionCreated: '2031-03-02T10:00:00Z', body: 'Third.' }))
      // An older version arriving late does not become current.
      const v2 = s.putItem(item({ version: 2, versionCreated: '2031-03-02T09:00:00Z', body: 'Second.' }))
      expect([v1.status, v3.status, v2.status]).toEqual(['new', 'new-version', 'new-version'])
      const stored = s.getItem(v1.itemId)!
      expect(stored.versions).toHaveLength(3)
      expect(stored.versions.find((v) => v.current)!.id).toBe(v3.versionId)
      expect(stored.item.body).toBe('Third.')
    })

    it('should tell whether an item version has its analysis stored', () => {
      const s = open()
      const [day1] = negotiationArticles()
      const v1 = s.putItem(item())
      expect(s.hasAnalysis(v1.versionId)).toBe(false)
      s.putAnalysis(v1.versionId, day1!)
      expect(s.hasAnalysis(v1.versionId)).toBe(true)
      expect(s.hasAnalysis('no-such-version')).toBe(false)
    })

    it('should show only the latest analysed version of an item', () => {
      const s = open()
      const [day1, day2] = negotiationArticles()
      const v1 = s.putItem(item())
      s.putAnalysis(v1.versionId, day1!)
      const v2 = s.putItem(item({ version: 2, versionCreated: '2031-03-03T08:00:00Z', body: 'Corrected.' }))
      s.putAnalysis(v2.versionId, day2!)
      expect(s.listArticles().items.map((a) => a.title)).toEqual([day2!.article.title])
      expect(s.stats().articles).toBe(2)
    })

    it('should show a corrected version with near-identical text in place of the original', () => {
      const s = open()
      const [day1] = negotiationArticles()
      const v1 = s.putItem(item())
      const first = s.putAnalysis(v1.versionId, day1!)
      const v2 = s.putItem(item({ version: 2, versionCreated: '2031-03-02T12:00:00Z', body: 'Corrected.' }))
      const corrected = {
        ...day1!,
        article: { ...day1!.article, text: `${day1!.article.text} (Corrects the day.)` },
      }
      const second = s.putAnalysis(v2.versionId, corrected)
      expect(second.status).toBe('copy')
      expect(second.storyId).toBe(first.storyId)
      expect(s.listArticles().items.map((a) => a.id)).toEqual([second.articleId])
      expect(s.search('Dockers').items.map((a) => a.id)).toEqual([second.articleId])
      expect(s.listStories().items[0]!.articles).toBe(1)
    })

    it('should date an undated text by its feed item', () => {
      const s = open()
      const v = s.putItem(item())
      const undated = {
        ...negotiationArticles()[0]!,
        article: { ...negotiationArticles()[0]!.article, published: null },
      }
      s.putAnalysis(v.versionId, undated)
      expect(s.listEvents().items[0]!.date).toBe('2031-03-02')
    })

    it('should withdraw every version when the item is killed', () => {
      const s = open()
      const v1 = s.putItem(item())
      const { articleId } = s.putAnalysis(v1.versionId, negotiationArticles()[0]!)
      expect(s.listArticles().total).toBe(1)
      const kill = s.putItem(
        item({ version: 2, versionCreated: '2031-03-02T11:00:00Z', status: 'canceled', body: '' }),
      )
      expect(kill.status).toBe('new-version')
      const stored = s.getItem(v1.itemId)!
      expect(stored.status).toBe('canceled')
      expect(stored.versions.every((v) => v.status === 'canceled')).toBe(true)
      expect(s.listArticles().total).toBe(0)
      expect(s.search('Dockers').total).toBe(0)
      // Nothing is lost: the article is still there for the record.
      expect(s.getArticle(articleId)!.live).toBe(false)
    })

    it('should refuse an analysis for an unknown version', () => {
      const s = open()
      expect(codeOf(() => s.putAnalysis('v_nope', negotiationArticles()[0]!))).toBe('not-found')
    })

    it('should refuse an item without a guid', () => {
      const s = open()
      expect(codeOf(() => s.putItem(item({ guid: '' })))).toBe('item-invalid')
    })
  })

  describe('feed state', () => {
    it('should return null for an unknown feed and the saved state after a save', () => {
      const s = open()
      expect(s.getFeedState('https://example.test/rss')).toBeNull()
      const state = {
        etag: '"abc"',
        lastModified: 'Sun, 02 Mar 2031 08:00:00 GMT',
        lastPolled: '2031-03-02T08:00:00Z',
        failures: 2,
        nextPollAt: null,
      }
      s.setFeedState('https://example.test/rss', state)
      expect(s.getFeedState('https://example.test/rss')).toEqual(state)
      s.setFeedState('https://example.test/rss', { ...state, failures: 0 })
      expect(s.getFeedState('https://example.test/rss')!.failures).toBe(0)
    })
  })

  describe('queries', () => {
    it('should filter events by type, party and date range', () => {
      const s = open()
      for (const a of negotiationArticles()) s.putArticle(a)
      expect(s.listEvents({ type: 'REJECT' }).items.map((e) => e.sourceName)).toEqual(['Tern Dockers Guild'])
      expect(s.listEvents({ party: 'saltmarsh-port-board' }).total).toBe(2)
      expect(s.listEvents({ from: '2031-03-03', to: '2031-03-03' }).items.map((e) => e.type)).toEqual([
        'CONCEDE',
        'CONSULT',
      ])
    })

    it('should page with total, limit and offset', () => {
      const s = open()
      for (const a of negotiationArticles()) s.putArticle(a)
      const page = s.listEvents({ limit: 2, offset: 1 })
      expect(page.total).toBe(5)
      expect(page.items).toHaveLength(2)
      expect([page.limit, page.offset]).toEqual([2, 1])
      expect(codeOf(() => s.listEvents({ limit: 0 }))).toBe('bad-request')
      expect(codeOf(() => s.listEvents({ offset: -1 }))).toBe('bad-request')
    })

    it('should attribute a spokesman’s quote to his party', () => {
      const s = open()
      for (const a of negotiationArticles()) s.putArticle(a)
      const quotes = s.listQuotes({ party: 'tern-dockers-guild' }).items
      expect(quotes).toHaveLength(2)
      expect(quotes[0]!.speakerName).toBe('Pell Verrin')
      expect(quotes[0]!.evidence.text).toBe('We will not sign a plan that ignores the night shifts,')
    })

    it('should search titles and texts, rank title hits first, and treat operators as words', () => {
      const s = open()
      for (const a of negotiationArticles()) s.putArticle(a)
      const hits = s.search('automation')
      expect(hits.total).toBe(2)
      expect(
        hits.items[0]!.snippet.slice(hits.items[0]!.matches[0]!.start, hits.items[0]!.matches[0]!.end),
      ).toBe('automation')
      expect(s.search('"Lantern Plan"').total).toBe(2)
      expect(s.search('NEAR(plan OR) * - :').total).toBe(0)
      expect(s.search('lant').total).toBe(2)
      expect(codeOf(() => s.search('  ""  '))).toBe('bad-request')
    })

    it('should list actors with the number of articles naming them', () => {
      const s = open()
      for (const a of negotiationArticles()) s.putArticle(a)
      const actors = s.listActors().items
      expect(actors.find((a) => a.key === 'odile-brask')!.articles).toBe(3)
    })
  })
}
