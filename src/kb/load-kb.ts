/**
 * Loads and validates the actor knowledge base and its gazetteer: every `*.json` in the shipped `kb/` folder,
 * then every folder given in options or in `PARLEY_KB` (path-list separated). A bad file is
 * refused with `kb-invalid`, naming the file, the entry (index and id) and the field.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ZodType } from 'zod'
import { ParleyError } from '../errors.ts'
import { type KbEntry, type KbPlace, kbEntrySchema, kbFileSchema, kbPlaceSchema } from './schema.ts'

/** The folder shipped with Parley, resolved from this module so it works from any working directory. */
export const SHIPPED_KB_FOLDER = fileURLToPath(new URL('../../kb/', import.meta.url))

export interface KbSource {
  /** Where the entries come from, for error messages ("kb/states.json"). */
  readonly file: string
  readonly json: unknown
}

export interface LoadKbOptions {
  /** Extra folders to read after the shipped one. */
  readonly folders?: readonly string[]
  /** Skip the shipped folder (tests). */
  readonly shipped?: boolean
  /** Read `PARLEY_KB` (default true). */
  readonly env?: boolean
  /** In-memory files, validated like the others (tests, embedding). */
  readonly sources?: readonly KbSource[]
}

export interface Kb {
  readonly entries: readonly KbEntry[]
  readonly byId: ReadonlyMap<string, KbEntry>
  /** Cities, regions and territories (`places` arrays): they give a country, they are not actors. */
  readonly places: readonly KbPlace[]
  readonly placeById: ReadonlyMap<string, KbPlace>
  /** File name -> version. */
  readonly versions: ReadonlyMap<string, string>
}

export function loadKb(options: LoadKbOptions = {}): Kb {
  const folders: string[] = []
  if (options.shipped !== false) folders.push(SHIPPED_KB_FOLDER)
  if (options.env !== false && process.env.PARLEY_KB) {
    folders.push(...process.env.PARLEY_KB.split(delimiter).filter((f) => f !== ''))
  }
  folders.push(...(options.folders ?? []))
  const sources: KbSource[] = []
  for (const folder of folders) sources.push(...readFolder(folder))
  sources.push(...(options.sources ?? []))
  return buildKb(sources)
}

function readFolder(folder: string): KbSource[] {
  let names: string[]
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder')
    names = readdirSync(folder)
      .filter((n) => n.endsWith('.json'))
      .sort()
  } catch (error) {
    throw new ParleyError(
      'kb-invalid',
      `cannot read the knowledge-base folder: ${(error as Error).message}`,
      {
        input: folder,
        cause: error,
      },
    )
  }
  return names.map((name) => {
    const file = join(folder, name)
    try {
      return { file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown }
    } catch (error) {
      throw new ParleyError('kb-invalid', `is not valid JSON: ${(error as Error).message}`, {
        input: file,
        cause: error,
      })
    }
  })
}

/** Validates one entry of a file's `actors` or `places` array, naming file, entry and field. */
function parseEntry<T>(schema: ZodType<T>, raw: unknown, index: number, file: string, list: string): T {
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined
  const label = `${list} entry ${index}${typeof rawId === 'string' ? ` (id "${rawId}")` : ''}`
  const issue = parsed.error.issues[0]
  throw new ParleyError(
    'kb-invalid',
    `${label}, field \`${issue?.path.join('.') || '(entry)'}\`: ${issue?.message ?? 'invalid'}`,
    { input: file },
  )
}

/** Validates every source and checks ids (actors and places together) are unique and references resolve. */
export function buildKb(sources: readonly KbSource[]): Kb {
  const entries: KbEntry[] = []
  const byId = new Map<string, KbEntry>()
  const places: KbPlace[] = []
  const placeById = new Map<string, KbPlace>()
  const where = new Map<string, string>()
  const versions = new Map<string, string>()
  const claim = (id: string, file: string, label: string): void => {
    const previous = where.get(id)
    if (previous !== undefined) {
      throw new ParleyError('kb-invalid', `${label}: duplicate id "${id}", already defined in ${previous}`, {
        input: file,
      })
    }
    where.set(id, file)
  }
  for (const { file, json } of sources) {
    const head = kbFileSchema.safeParse(json)
    if (!head.success) {
      const issue = head.error.issues[0]
      throw new ParleyError(
        'kb-invalid',
        `field \`${issue?.path.join('.') || '(file)'}\`: ${issue?.message ?? 'invalid'}; a KB file is { "version": "YYYY-MM-DD", "actors": [...] } or { "version", "places": [...] }`,
        { input: file },
      )
    }
    versions.set(file, head.data.version)
    for (const [index, raw] of (head.data.actors ?? []).entries()) {
      const entry = parseEntry(kbEntrySchema, raw, index, file, 'actors')
      claim(entry.id, file, `actors entry ${index} (id "${entry.id}")`)
      byId.set(entry.id, entry)
      entries.push(entry)
    }
    for (const [index, raw] of (head.data.places ?? []).entries()) {
      const place = parseEntry(kbPlaceSchema, raw, index, file, 'places')
      claim(place.id, file, `places entry ${index} (id "${place.id}")`)
      placeById.set(place.id, place)
      places.push(place)
    }
  }
  for (const entry of entries) {
    const refs: Array<[string, string | null]> = [['affiliation', entry.affiliation]]
    for (const [i, role] of (entry.roles ?? []).entries()) refs.push([`roles.${i}.of`, role.of])
    for (const [field, ref] of refs) {
      if (ref !== null && !byId.has(ref)) {
        throw new ParleyError(
          'kb-invalid',
          `entry id "${entry.id}", field \`${field}\`: unknown actor id "${ref}"`,
          { input: where.get(entry.id) ?? '(kb)' },
        )
      }
    }
  }
  return { entries, byId, places, placeById, versions }
}
