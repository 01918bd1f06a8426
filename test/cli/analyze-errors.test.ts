/**
 * Bad input at the CLI's edge: each gets a clear error naming the input, never a bare stack
 * trace, and in a batch the other lines are still analysed.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parley } from '../support/cli.ts'

const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'))

function expectClearError(result: ReturnType<typeof parley>, input: string, code: string) {
  expect(result.code).toBe(2)
  expect(result.stderr).toContain(input)
  expect(result.stderr).toContain(`[${code}]`)
  expect(result.stderr).not.toMatch(/\n\s+at /)
}

describe('parley analyze FILE with bad input', () => {
  it('should refuse a missing path', () => {
    const path = join(dir, 'nowhere.txt')
    expectClearError(parley('analyze', path), path, 'input-missing')
  })

  it('should refuse an empty file', () => {
    const path = join(dir, 'empty.txt')
    writeFileSync(path, '  \n')
    expectClearError(parley('analyze', path), path, 'input-empty')
  })

  it('should refuse a binary file', () => {
    const path = join(dir, 'image.txt')
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 255]))
    expectClearError(parley('analyze', path), path, 'input-binary')
  })

  it('should refuse invalid UTF-8 and say where', () => {
    const path = join(dir, 'latin1.txt')
    writeFileSync(
      path,
      Buffer.concat([Buffer.from('Talks in Z'), Buffer.from([0xfc]), Buffer.from('rich resumed.')]),
    )
    const result = parley('analyze', path)
    expectClearError(result, path, 'input-encoding')
    expect(result.stderr).toContain('offset 10')
  })

  it('should refuse a 50 MB file without reading it', () => {
    const path = join(dir, 'huge.txt')
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 'a'))
    expectClearError(parley('analyze', path), path, 'input-too-large')
  })
})

describe('parley analyze --input --output', () => {
  it('should answer a malformed line with an error line and analyse the others, in order', () => {
    const input = join(dir, 'batch.jsonl')
    const output = join(dir, 'batch.out.jsonl')
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', text: 'The council met on Monday.', published: '2024-03-05' }),
        '{"id": "b", "text": ',
        JSON.stringify({ id: 'c' }),
        JSON.stringify({ id: 'd', text: '' }),
        JSON.stringify({
          id: 'e',
          html: '<html><body><p>Mediators met the two delegations.</p></body></html>',
        }),
      ].join('\n'),
    )
    const result = parley('analyze', '--input', input, '--output', output)
    expect(result.code).toBe(0)
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'c', 'd', 'e'])
    expect(lines[0].article.text).toBe('The council met on Monday.')
    expect(lines[1].error.code).toBe('input-json')
    expect(lines[1].error.message).toContain('batch.jsonl:2')
    expect(lines[2].error.code).toBe('input-invalid')
    expect(lines[3].error.code).toBe('input-empty')
    expect(lines[4].article.text).toBe('Mediators met the two delegations.')
  })

  it('should exit 1 when every line failed', () => {
    const input = join(dir, 'bad.jsonl')
    writeFileSync(input, 'not json\n[]\n')
    expect(parley('analyze', '--input', input, '--output', join(dir, 'bad.out.jsonl')).code).toBe(1)
  })
})
