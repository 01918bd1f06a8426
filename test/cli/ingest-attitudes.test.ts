/**
 * `parley ingest --attitudes` end to end, in process: the beliefs it finds reach the store marked
 * as attitudes, and the quotes export says so.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { main } from '../../src/cli/main.ts'

const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-attitudes-'))

async function parley(...args: string[]) {
  let stderr = ''
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk)
    return true
  })
  try {
    return { code: await main(['node', 'parley', ...args]), stderr }
  } finally {
    out.mockRestore()
    err.mockRestore()
    process.exitCode = undefined
  }
}

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Harbour News',
  items: [
    {
      id: 'h1',
      url: 'https://example.test/h1',
      title: 'Ferry talks',
      date_published: '2031-04-02T09:00:00Z',
      content_text:
        'The ferry company said on Tuesday that fares would rise in June. The crews believe that the company can afford a raise.',
    },
  ],
}

const attributions = async (db: string) => {
  const out = join(dir, `${db}.jsonl`)
  const run = await parley(
    'export',
    '--db',
    join(dir, db),
    '--table',
    'quotes',
    '--format',
    'jsonl',
    '--output',
    out,
  )
  expect(run.code, run.stderr).toBe(0)
  return readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { attribution: string }).attribution)
}

describe('parley ingest --attitudes', () => {
  const source = join(dir, 'feed.json')
  writeFileSync(source, JSON.stringify(feed))

  it('should store beliefs marked as attitudes only when asked', async () => {
    const plain = await parley('ingest', source, '--db', join(dir, 'plain.sqlite'), '--no-progress')
    expect(plain.code, plain.stderr).toBe(0)
    expect(await attributions('plain.sqlite')).toEqual(['speech'])
    const asked = await parley(
      'ingest',
      source,
      '--db',
      join(dir, 'asked.sqlite'),
      '--no-progress',
      '--attitudes',
      'precise',
    )
    expect(asked.code, asked.stderr).toBe(0)
    expect((await attributions('asked.sqlite')).sort()).toEqual(['attitude', 'speech'])
  })

  it('should refuse a bad mode with a code', async () => {
    const run = await parley('ingest', source, '--db', join(dir, 'bad.sqlite'), '--attitudes', 'loud')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('[bad-request]')
  })
})
