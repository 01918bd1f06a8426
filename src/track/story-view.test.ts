import { describe, expect, it } from 'vitest'
import { buildAnalysis } from '../../test/support/build-analysis.ts'
import { negotiationArticles } from '../../test/support/negotiation.ts'
import { articleFeatures, buildStoryView, mergeFeatures, type StoryArticle, storyMatch } from './index.ts'

const header = { id: 's1', title: 'Port dispute', firstDate: null, lastDate: null }
const articles = (): StoryArticle[] =>
  negotiationArticles().map((analysis, i) => ({ id: `a${i}`, copyOf: null, publications: 1, analysis }))

describe('buildStoryView', () => {
  it('should keep each party’s latest position on a proposal as current, with its history', () => {
    const view = buildStoryView(header, articles())
    const guild = view.parties.find((p) => p.key === 'tern-dockers-guild')!
    expect(guild.current.map((l) => [l.content, l.stance])).toEqual([
      ['9 percent raise', null],
      ['Lantern Plan', 'conditional'],
    ])
    expect(guild.history).toHaveLength(3)
    expect(view.story).toMatchObject({ firstDate: '2031-03-02', lastDate: '2031-03-05', articles: 3 })
  })

  it('should slice evidence from the text by UTF-16 offsets', () => {
    const view = buildStoryView(header, articles())
    const offer = view.parties.find((p) => p.key === 'saltmarsh-port-board')!.current[0]!
    expect(offer.evidence.text).toBe(
      'The Saltmarsh Port Board offered to freeze crane automation for two years. <script>alert("x")</script>',
    )
    expect(offer.evidence).toMatchObject({ articleId: 'a1', layer: 'positions', index: 0 })
  })

  it('should list what is new or changed after a date, with the earlier stance', () => {
    const view = buildStoryView(header, articles(), '2031-03-03')
    expect(view.changes.items).toHaveLength(1)
    expect(view.changes.items[0]).toMatchObject({
      what: 'changed',
      line: { stance: 'conditional', date: '2031-03-05' },
      previous: { stance: 'reject', date: '2031-03-02' },
    })
    expect(buildStoryView(header, articles(), '2031-03-05').changes.items).toEqual([])
  })

  it('should say of each quote whether it was said or only believed, reading old analyses as speech', () => {
    const [first, ...rest] = articles()
    const believed = first!.analysis.quotes.map((q) => ({ ...q, attribution: 'attitude' as const }))
    const older = rest.map((a) => ({
      ...a,
      analysis: { ...a.analysis, quotes: a.analysis.quotes.map(({ attribution: _, ...q }) => q) },
    })) as unknown as StoryArticle[]
    const view = buildStoryView(header, [
      { ...first!, analysis: { ...first!.analysis, quotes: believed } },
      ...older,
    ])
    const all = view.quotes.flatMap((s) => s.quotes)
    expect(believed.length).toBeGreaterThan(0)
    expect(all.filter((q) => q.attribution === 'attitude')).toHaveLength(believed.length)
    expect(all.filter((q) => q.attribution === 'speech')).toHaveLength(all.length - believed.length)
    expect(all.every((q) => q.attribution !== undefined)).toBe(true)
  })

  it('should credit a spokesman’s quote to his party and order the timeline by date', () => {
    const view = buildStoryView(header, articles())
    expect(view.quotes[0]).toMatchObject({ speaker: 'pell-verrin', party: 'tern-dockers-guild' })
    expect(view.timeline.map((e) => e.date)).toEqual([
      '2031-03-02',
      '2031-03-02',
      '2031-03-03',
      '2031-03-03',
      '2031-03-05',
    ])
    expect(view.disconnects[0]).toMatchObject({
      issue: 'crane automation',
      parties: ['tern-dockers-guild', 'saltmarsh-port-board'],
    })
  })

  it('should count the publications of copies but not their positions twice', () => {
    const list = articles()
    list.push({ id: 'copy', copyOf: 'a0', publications: 4, analysis: list[0]!.analysis })
    const view = buildStoryView(header, list)
    expect(view.story.publications).toBe(7)
    expect(view.parties.find((p) => p.key === 'tern-dockers-guild')!.history).toHaveLength(3)
  })
})

describe('storyMatch', () => {
  const [day1, day2] = negotiationArticles()
  const story = articleFeatures(day1!)

  it('should match the next day of the same negotiation', () => {
    expect(storyMatch(story, articleFeatures(day2!))).toBeGreaterThan(0.3)
  })

  it('should not match disjoint parties, nor the same parties months later', () => {
    const other = buildAnalysis({
      id: 'o',
      published: '2031-03-03',
      actors: [{ id: 'g', name: 'Brindle Orchard Growers' }],
      sentences: [
        { text: 'The [[g|Brindle Orchard Growers]] demanded a raise in talks on automation and the plan.' },
      ],
    })
    expect(storyMatch(story, articleFeatures(other))).toBe(0)
    const later = { ...day2!, article: { ...day2!.article, published: '2031-06-01' } }
    expect(storyMatch(story, articleFeatures(later))).toBe(0)
  })

  it('should widen a story’s dates as articles join', () => {
    const merged = mergeFeatures(story, articleFeatures(day2!))
    expect([merged.firstDate, merged.lastDate, merged.articles]).toEqual(['2031-03-02', '2031-03-03', 2])
  })
})
