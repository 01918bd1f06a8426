/**
 * Small JSON Schemas (draft-07) for IPTC ninjs, written from the public ninjs specification
 * (1.x: flat `headline`/`body_html`; 2.x: `headlines[]`/`bodies[]`/`by`, lower-case keys;
 * 3.x: the 2.x model with camelCase keys such as `versionCreated`, `pubStatus`).
 * They check what ingest relies on: the identifier, the types of the fields we read and the
 * publication-status vocabulary (`usable | withheld | canceled`, US spelling). Like ninjs 1.x,
 * date fields are strings without a `date-time` format check (the 1.0 schema did not enforce it).
 */
const STATUS = { enum: ['usable', 'withheld', 'canceled'] }
const TYPE = { enum: ['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component'] }
const str = { type: 'string' }
const strOrNum = { type: ['string', 'number'] }
const subject = {
  type: 'array',
  items: { type: 'object', properties: { name: str, code: str, uri: str, scheme: str } },
}
const textBlock = (keys: Record<string, object>) => ({
  type: 'array',
  items: { type: 'object', required: ['value'], properties: { value: str, role: str, ...keys } },
})

/** The object wrapper every ninjs schema shares: an object with a required `uri`. */
const ninjsSchema = (id: string, properties: Record<string, object>) => ({
  $id: id,
  type: 'object',
  required: ['uri'],
  properties,
})
/** The leading item fields of every version; only the spelling of three keys changes (3.x: camelCase). */
const itemFields = (versionCreated: string, firstCreated: string, pubStatus: string) => ({
  uri: str,
  type: TYPE,
  version: strOrNum,
  [versionCreated]: str,
  [firstCreated]: str,
  embargoed: str,
  [pubStatus]: STATUS,
  urgency: strOrNum,
  language: str,
})
const lowerCaseItemFields = itemFields('versioncreated', 'firstcreated', 'pubstatus')

export const NINJS_1 = ninjsSchema('parley:ninjs-1', {
  ...lowerCaseItemFields,
  headline: str,
  byline: str,
  body_text: str,
  body_html: str,
  subject,
  associations: { type: 'object' },
})

export const NINJS_2 = ninjsSchema('parley:ninjs-2', {
  ...lowerCaseItemFields,
  by: str,
  headlines: textBlock({ contenttype: str }),
  bodies: textBlock({ contenttype: str, charcount: { type: 'number' }, wordcount: { type: 'number' } }),
  subjects: subject,
  associations: { type: 'object' },
})

export const NINJS_3 = ninjsSchema('parley:ninjs-3', {
  ...itemFields('versionCreated', 'firstCreated', 'pubStatus'),
  by: str,
  headlines: textBlock({ contentType: str }),
  bodies: textBlock({ contentType: str, charCount: { type: 'number' }, wordCount: { type: 'number' } }),
  subjects: subject,
  associations: { type: 'array' },
})
