import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDate } from '../../src/ingest/dates.ts'

const FILE = join(process.cwd(), '../shared/data/feeds/feedparser/date_vectors.json')
/**
 * "22013" is null for feedparser's W3C-DTF helper but a valid ISO 8601 ordinal date (YYDDD) for its
 * ISO helper; one parser cannot answer both, and we read it as ISO 8601.
 */
const CONFLICTS = new Set(['_parse_date_w3dtf 22013'])

describe('feedparser date vectors', () => {
  // The corpus is beside the repository in development and CI; its absence is a failure, not a skip.
  it('should find the corpus in ../shared', () => {
    expect(existsSync(FILE)).toBe(true)
  })

  it('parses every vector to the expected UTC time (or refuses it)', () => {
    const { vectors } = JSON.parse(readFileSync(FILE, 'utf8')) as {
      vectors: { parse_date: string; input_value: string; expected_value: number[] | null }[]
    }
    const failures: string[] = []
    for (const v of vectors) {
      if (CONFLICTS.has(`${v.parse_date} ${v.input_value}`)) continue
      const d = parseDate(v.input_value)
      const got = d
        ? [
            d.getUTCFullYear(),
            d.getUTCMonth() + 1,
            d.getUTCDate(),
            d.getUTCHours(),
            d.getUTCMinutes(),
            d.getUTCSeconds(),
          ]
        : null
      const want = v.expected_value ? v.expected_value.slice(0, 6) : null
      if (JSON.stringify(got) !== JSON.stringify(want))
        failures.push(`${v.parse_date} ${JSON.stringify(v.input_value)}: ${got} != ${want}`)
    }
    expect(vectors.length).toBeGreaterThan(50)
    expect(failures).toEqual([])
  })
})
