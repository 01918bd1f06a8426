/**
 * The knowledge-base file format (`kb/README.md`), as a zod schema: one file is
 * `{ version, actors?: [...], places?: [...] }`; every actor entry names its actor, kind, country
 * and sector; every place entry names a city, region or territory and the country it gives.
 */
import { z } from 'zod'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const ALPHA3 = /^[A-Z]{3}$/
const SECTOR = /^[A-Z]{3}$/
const PLACE_ID = /^place-[a-z0-9]+(?:-[a-z0-9]+)*$/

export const kbRoleSchema = z.strictObject({
  title: z.string().min(1),
  of: z.string().regex(KEBAB).nullable(),
  from: z.string().regex(ISO_DATE).nullable(),
  to: z.string().regex(ISO_DATE).nullable(),
  note: z.string().optional(),
})

export const kbEntrySchema = z.strictObject({
  id: z.string().regex(KEBAB, 'must be kebab-case (a-z, 0-9, single hyphens)'),
  name: z.string().min(1),
  kind: z.enum(['state', 'organization', 'group', 'person']),
  country: z.string().regex(ALPHA3, 'must be an ISO 3166-1 alpha-3 code').nullable(),
  sector: z.string().regex(SECTOR, 'must be a three-letter sector code').nullable(),
  aliases: z.array(z.string().min(1)).default([]),
  demonyms: z.array(z.string().min(1)).optional(),
  capitals: z.array(z.string().min(1)).optional(),
  affiliation: z.string().regex(KEBAB).nullable().default(null),
  roles: z.array(kbRoleSchema).optional(),
  /** Free text for curators (sources, caveats); never read by the matcher. */
  note: z.string().optional(),
})

/** A place: never an actor itself, it gives its country to the phrase it modifies ("Kerala police"). */
export const kbPlaceSchema = z.strictObject({
  id: z.string().regex(PLACE_ID, 'must be kebab-case and start with "place-"'),
  name: z.string().min(1),
  country: z.string().regex(ALPHA3, 'must be an ISO 3166-1 alpha-3 code'),
  kind: z.enum(['city', 'region', 'territory']),
  aliases: z.array(z.string().min(1)).default([]),
  /** Adjectives and names of the inhabitants: "Kashmiri", "Kashmiris", "Texan". */
  demonyms: z.array(z.string().min(1)).optional(),
  /** Free text for curators (contested status, coding choice); never read by the matcher. */
  note: z.string().optional(),
})

export const kbFileSchema = z
  .strictObject({
    version: z.string().regex(ISO_DATE, 'must be a YYYY-MM-DD date'),
    actors: z.array(z.unknown()).optional(),
    places: z.array(z.unknown()).optional(),
  })
  .refine((f) => f.actors !== undefined || f.places !== undefined, {
    message: 'needs an `actors` or a `places` array',
  })

export type KbRole = z.infer<typeof kbRoleSchema>
export type KbEntry = z.infer<typeof kbEntrySchema>
export type KbPlace = z.infer<typeof kbPlaceSchema>
