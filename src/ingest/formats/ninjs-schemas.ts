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

export const NINJS_1 = {
  $id: 'parley:ninjs-1',
  type: 'object',
  required: ['uri'],
  properties: {
    uri: str,
    type: TYPE,
    version: strOrNum,
    versioncreated: str,
    firstcreated: str,
    embargoed: str,
    pubstatus: STATUS,
    urgency: strOrNum,
    language: str,
    headline: str,
    byline: str,
    body_text: str,
    body_html: str,
    subject,
    associations: { type: 'object' },
  },
}

export const NINJS_2 = {
  $id: 'parley:ninjs-2',
  type: 'object',
  required: ['uri'],
  properties: {
    uri: str,
    type: TYPE,
    version: strOrNum,
    versioncreated: str,
    firstcreated: str,
    embargoed: str,
    pubstatus: STATUS,
    urgency: strOrNum,
    language: str,
    by: str,
    headlines: textBlock({ contenttype: str }),
    bodies: textBlock({ contenttype: str, charcount: { type: 'number' }, wordcount: { type: 'number' } }),
    subjects: subject,
    associations: { type: 'object' },
  },
}

export const NINJS_3 = {
  $id: 'parley:ninjs-3',
  type: 'object',
  required: ['uri'],
  properties: {
    uri: str,
    type: TYPE,
    version: strOrNum,
    versionCreated: str,
    firstCreated: str,
    embargoed: str,
    pubStatus: STATUS,
    urgency: strOrNum,
    language: str,
    by: str,
    headlines: textBlock({ contentType: str }),
    bodies: textBlock({ contentType: str, charCount: { type: 'number' }, wordCount: { type: 'number' } }),
    subjects: subject,
    associations: { type: 'array' },
  },
}
