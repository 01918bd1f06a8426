/**
 * Query parameters of the API, checked with zod. Unknown parameters are refused, so a typo
 * (`?tpye=REJECT`) is a clear 400 instead of a silently unfiltered list.
 */
import { z } from 'zod'
import { ParleyError } from '../errors.ts'

export const EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const

export const POSITION_KINDS = ['demand', 'offer', 'threat', 'stance'] as const

/** What a quote attributes: something said, or a belief or intention. */
export const ATTRIBUTIONS = ['speech', 'attitude'] as const

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s),
    'not a calendar date',
  )

const integer = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `${name} must be from ${min} to ${max}`)

const page = {
  limit: integer('limit', 1, 500).optional(),
  offset: integer('offset', 0, 1_000_000_000).optional(),
}
const common = {
  ...page,
  story: z.string().min(1).max(100).optional(),
  party: z.string().min(1).max(200).optional(),
  from: date.optional(),
  to: date.optional(),
  q: z.string().min(1).max(500).optional(),
}

const ordered = <T extends { from?: string | undefined; to?: string | undefined }>(v: T) =>
  !v.from || !v.to || v.from <= v.to

export const schemas = {
  list: z.strictObject(common).refine(ordered, { message: '`from` must not be after `to`', path: ['from'] }),
  events: z
    .strictObject({
      ...common,
      type: z
        .string()
        .transform((s) => s.toUpperCase())
        .pipe(z.enum(EVENT_TYPES, { message: `type must be one of ${EVENT_TYPES.join(', ')}` }))
        .optional(),
    })
    .refine(ordered, { message: '`from` must not be after `to`', path: ['from'] }),
  positions: z
    .strictObject({
      ...common,
      kind: z
        .enum(POSITION_KINDS, { message: `kind must be one of ${POSITION_KINDS.join(', ')}` })
        .optional(),
    })
    .refine(ordered, { message: '`from` must not be after `to`', path: ['from'] }),
  quotes: z
    .strictObject({
      ...common,
      attribution: z
        .enum(ATTRIBUTIONS, { message: `attribution must be one of ${ATTRIBUTIONS.join(', ')}` })
        .optional(),
    })
    .refine(ordered, { message: '`from` must not be after `to`', path: ['from'] }),
  search: z.strictObject({
    ...page,
    q: z.string({ message: 'q (the words to search for) is required' }).min(1).max(500),
  }),
  story: z.strictObject({ since: date.optional() }),
  none: z.strictObject({}),
}

/** Parses the query, or throws `bad-request` naming the parameter and what is wrong with it. */
export function parseQuery<S extends z.ZodType>(schema: S, query: Record<string, string>): z.output<S> {
  const result = schema.safeParse(query)
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  const name = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'query')
  const message =
    issue.code === 'unrecognized_keys'
      ? `unknown parameter ${issue.keys.map((k) => `\`${k}\``).join(', ')}`
      : `parameter \`${name}\`: ${issue.message}`
  throw new ParleyError('bad-request', message)
}
