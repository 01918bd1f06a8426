import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ParleyError } from '../errors.ts'
import { buildKb, loadKb } from './load-kb.ts'

const FIXTURES = new URL('../../test/fixtures/kb/', import.meta.url).pathname

function entry(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'xland',
    name: 'Xland',
    kind: 'state',
    country: 'XLD',
    sector: 'GOV',
    aliases: [],
    affiliation: null,
    ...over,
  }
}

function place(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'place-xtown', name: 'Xtown', country: 'XLD', kind: 'city', ...over }
}

function refusal(fn: () => unknown): ParleyError {
  try {
    fn()
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError)
    expect((error as ParleyError).code).toBe('kb-invalid')
    return error as ParleyError
  }
  throw new Error('expected kb-invalid')
}

describe('loadKb', () => {
  it('should load the shipped folder and every entry should have a unique id', () => {
    const kb = loadKb({ env: false })
    expect(kb.entries.length).toBeGreaterThan(150)
    expect(kb.byId.get('usa')?.country).toBe('USA')
    expect(new Set(kb.entries.map((e) => e.id)).size).toBe(kb.entries.length)
  })

  it('should read extra folders given in options after the shipped one', () => {
    const kb = loadKb({ shipped: false, env: false, folders: [FIXTURES] })
    expect(kb.byId.get('person-b')?.roles?.[0]?.title).toBe('prime minister')
    expect(kb.entries).toHaveLength(11)
  })

  it('should read folders from PARLEY_KB', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'))
    writeFileSync(join(dir, 'mine.json'), JSON.stringify({ version: '2026-01-01', actors: [entry()] }))
    const before = process.env.PARLEY_KB
    process.env.PARLEY_KB = dir
    try {
      expect(loadKb({ shipped: false }).byId.has('xland')).toBe(true)
    } finally {
      if (before === undefined) delete process.env.PARLEY_KB
      else process.env.PARLEY_KB = before
    }
  })

  it('should refuse a bad field naming the file, the entry index and id, and the field', () => {
    const error = refusal(() =>
      buildKb([
        {
          file: 'extra.json',
          json: { version: '2026-01-01', actors: [entry(), entry({ id: 'yland', country: 'Yland' })] },
        },
      ]),
    )
    expect(error.message).toContain('extra.json')
    expect(error.message).toContain('entry 1 (id "yland")')
    expect(error.message).toContain('`country`')
  })

  it('should refuse a file without a version', () => {
    const error = refusal(() => buildKb([{ file: 'nover.json', json: { actors: [] } }]))
    expect(error.message).toMatch(/nover\.json.*`version`/)
  })

  it('should refuse duplicate ids across files, naming both', () => {
    const error = refusal(() =>
      buildKb([
        { file: 'a.json', json: { version: '2026-01-01', actors: [entry()] } },
        { file: 'b.json', json: { version: '2026-01-01', actors: [entry({ name: 'Other' })] } },
      ]),
    )
    expect(error.message).toContain('duplicate id "xland"')
    expect(error.message).toContain('a.json')
    expect(error.input).toBe('b.json')
  })

  it('should refuse an affiliation or role that points to no entry', () => {
    const error = refusal(() =>
      buildKb([
        { file: 'r.json', json: { version: '2026-01-01', actors: [entry({ affiliation: 'nowhere' })] } },
      ]),
    )
    expect(error.message).toContain('`affiliation`: unknown actor id "nowhere"')
  })

  it('should refuse unknown keys (a misspelt field) and a folder that does not exist', () => {
    refusal(() =>
      buildKb([{ file: 't.json', json: { version: '2026-01-01', actors: [entry({ alias: ['X'] })] } }]),
    )
    const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'))
    mkdirSync(join(dir, 'sub'))
    const error = refusal(() => loadKb({ shipped: false, env: false, folders: [join(dir, 'missing')] }))
    expect(error.message).toContain('missing')
  })

  it('should refuse a file that is not JSON, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-kb-'))
    writeFileSync(join(dir, 'broken.json'), '{ "version": ')
    const error = refusal(() => loadKb({ shipped: false, env: false, folders: [dir] }))
    expect(error.message).toContain('broken.json')
  })

  it('should load places: the shipped gazetteer and a file with only `places`', () => {
    const shipped = loadKb({ env: false })
    expect(shipped.places.length).toBeGreaterThan(1000)
    expect(shipped.placeById.get('place-west-bank')?.country).toBe('PSE')
    const kb = buildKb([{ file: 'p.json', json: { version: '2026-01-01', places: [place()] } }])
    expect(kb.places).toEqual([{ ...place(), aliases: [] }])
    expect(kb.entries).toEqual([])
  })

  it('should refuse a bad place, naming the file, the places entry and the field', () => {
    const error = refusal(() =>
      buildKb([
        {
          file: 'gaz.json',
          json: { version: '2026-01-01', places: [place(), place({ id: 'place-y', kind: 'village' })] },
        },
      ]),
    )
    expect(error.message).toContain('gaz.json')
    expect(error.message).toContain('places entry 1 (id "place-y")')
    expect(error.message).toContain('`kind`')
    const unprefixed = refusal(() =>
      buildKb([{ file: 'g.json', json: { version: '2026-01-01', places: [place({ id: 'xtown' })] } }]),
    )
    expect(unprefixed.message).toContain('place-')
  })

  it('should refuse a place id that an actor already uses, and a file with neither list', () => {
    const error = refusal(() =>
      buildKb([
        { file: 'a.json', json: { version: '2026-01-01', actors: [entry({ id: 'place-xtown' })] } },
        { file: 'g.json', json: { version: '2026-01-01', places: [place()] } },
      ]),
    )
    expect(error.message).toContain('duplicate id "place-xtown"')
    expect(error.input).toBe('g.json')
    const empty = refusal(() => buildKb([{ file: 'e.json', json: { version: '2026-01-01' } }]))
    expect(empty.message).toContain('`places`')
  })
})
