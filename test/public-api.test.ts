/** Pins what goes through the library's door, so an export is never added or dropped by accident. */
import { describe, expect, it } from 'vitest'

describe('the public API', () => {
  it('should export analyze, createAnalyzer and ParleyError from the package door', async () => {
    expect(Object.keys(await import('../src/index.ts')).sort()).toEqual([
      'ParleyError',
      'analyze',
      'createAnalyzer',
    ])
  })

  it('should give the contract fields for a plain text', async () => {
    const { analyze } = await import('../src/index.ts')
    const a = analyze({
      id: 'x1',
      text: 'The mediators met both delegations on Monday.',
      published: '2025-02-05',
    })
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining([
        'id',
        'article',
        'actors',
        'quotes',
        'events',
        'positions',
        'proposals',
        'disconnects',
      ]),
    )
    expect(Object.keys(a.article).sort()).toEqual(
      [
        'boilerplate',
        'byline',
        'language',
        'provenance',
        'published',
        'publisher',
        'text',
        'title',
        'url',
      ].sort(),
    )
    expect(a.article.published).toBe('2025-02-05')
  })
})
