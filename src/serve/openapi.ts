/**
 * The OpenAPI 3.1 description of the API, written by hand and served at /api/openapi.json.
 * A test checks that every route the app answers is described here and the other way round.
 */
import { ATTRIBUTIONS, EVENT_TYPES, POSITION_KINDS } from './params.ts'

const str = { type: 'string' }
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] })
const q = (name: string, description: string, schema: object = str, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
})
const date = { type: 'string', format: 'date', example: '2031-03-02' }
const page = [
  q('limit', 'page size, 1-500 (default 50)', { type: 'integer', minimum: 1, maximum: 500 }),
  q('offset', 'items to skip (default 0)', { type: 'integer', minimum: 0 }),
]
const filters = [
  q('story', 'story id, e.g. s_27c7eb23c195ba17'),
  q('party', 'actor key (slug of the canonical name), e.g. tern-dockers-guild'),
  q('from', 'first date, inclusive (YYYY-MM-DD)', date),
  q('to', 'last date, inclusive (YYYY-MM-DD)', date),
  q('q', 'full-text search over title and text; "quoted phrases" allowed'),
  ...page,
]
const idPath = (description: string) => ({ name: 'id', in: 'path', required: true, description, schema: str })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const ok = (schema: object, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
})
const errors = {
  '400': ok(
    ref('Error'),
    'bad parameter: code `bad-request` (or another input code), message names the parameter',
  ),
  '404': ok(ref('Error'), 'no such resource: code `not-found`'),
  '500': ok(ref('Error'), 'internal error: code `internal`'),
}
const pageOf = (item: string) => ({
  type: 'object',
  required: ['items', 'total', 'limit', 'offset'],
  properties: {
    items: { type: 'array', items: ref(item) },
    total: { type: 'integer' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
  },
})
const span = {
  type: 'object',
  required: ['start', 'end'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
}
const evidence = {
  type: 'object',
  description: 'Half-open UTF-16 offsets into the article text, and the text they cover',
  properties: { ...span.properties, text: str },
}
const located = {
  articleId: str,
  storyId: nullable(str),
  index: { type: 'integer', description: 'index into the layer of the article analysis' },
  date: nullable(date),
  evidence,
}
const get = (summary: string, parameters: object[], response: object) => ({
  get: { summary, parameters, responses: { '200': ok(response), ...errors } },
})

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Parley API',
      version: '1.0.0',
      description:
        'Stories, articles and the negotiation positions, events and quotes found in them, each with its evidence. Offsets are half-open UTF-16 code units into the article text.',
    },
    paths: {
      '/api/health': get('Store counts', [], { type: 'object' }),
      '/api/openapi.json': get('This document', [], { type: 'object' }),
      '/api/stories': get('Stories, most recent first', filters, pageOf('StorySummary')),
      '/api/stories/{id}': get(
        'The story view: parties and their current positions, positions over time, timeline, quotes, disconnects',
        [idPath('story id'), q('since', 'list the positions new or changed after this date', date)],
        ref('StoryView'),
      ),
      '/api/articles': get(
        'Articles (syndicated copies folded into their original)',
        filters,
        pageOf('ArticleSummary'),
      ),
      '/api/articles/{id}': get(
        'One article with its analysis and publications',
        [idPath('article id')],
        ref('Article'),
      ),
      '/api/events': get(
        'Events (PLOVER types), by date',
        [...filters, q('type', 'PLOVER event type', { type: 'string', enum: EVENT_TYPES })],
        pageOf('Event'),
      ),
      '/api/positions': get(
        'Positions: demands, offers, threats, stances',
        [...filters, q('kind', 'position kind', { type: 'string', enum: POSITION_KINDS })],
        pageOf('Position'),
      ),
      '/api/quotes': get(
        'Quotes, by date; party matches the speaker or the party they speak for',
        [
          ...filters,
          q('attribution', "'speech' (what was said) or 'attitude' (beliefs and intentions, never said)", {
            type: 'string',
            enum: ATTRIBUTIONS,
          }),
        ],
        pageOf('Quote'),
      ),
      '/api/actors': get('Actors, most often named first', filters, pageOf('Actor')),
      '/api/search': get(
        'Full-text search over everything stored',
        [q('q', 'words or "a phrase"', str, true), ...page],
        pageOf('SearchHit'),
      ),
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: { type: 'object', required: ['code', 'message'], properties: { code: str, message: str } },
          },
        },
        StorySummary: {
          type: 'object',
          properties: {
            id: str,
            title: str,
            firstDate: nullable(date),
            lastDate: nullable(date),
            articles: { type: 'integer' },
            publications: { type: 'integer' },
            parties: { type: 'array', items: str },
          },
        },
        ArticleSummary: {
          type: 'object',
          properties: {
            id: str,
            storyId: nullable(str),
            copyOf: nullable(str),
            title: nullable(str),
            published: nullable(str),
            publisher: nullable(str),
            url: nullable(str),
            publications: { type: 'integer' },
          },
        },
        Article: {
          allOf: [
            ref('ArticleSummary'),
            {
              type: 'object',
              properties: {
                live: { type: 'boolean' },
                analysis: { type: 'object', description: 'the analysis object of CONTRACT.md' },
                publicationList: { type: 'array', items: { type: 'object' } },
              },
            },
          ],
        },
        Event: {
          type: 'object',
          properties: {
            ...located,
            type: str,
            mode: nullable(str),
            cameo: nullable(str),
            status: str,
            source: nullable(str),
            sourceName: nullable(str),
            target: nullable(str),
            targetName: nullable(str),
            location: nullable(str),
          },
        },
        Position: {
          type: 'object',
          properties: {
            ...located,
            kind: str,
            holder: str,
            holderName: nullable(str),
            addressee: nullable(str),
            addresseeName: nullable(str),
            content: str,
            precondition: { type: 'boolean' },
            proposal: nullable(str),
            stance: nullable(str),
          },
        },
        Quote: {
          type: 'object',
          properties: {
            ...located,
            type: str,
            attribution: { type: 'string', enum: ATTRIBUTIONS },
            speaker: nullable(str),
            speakerName: nullable(str),
            party: nullable(str),
            partyName: nullable(str),
          },
        },
        Actor: {
          type: 'object',
          properties: {
            key: str,
            name: str,
            kind: str,
            country: nullable(str),
            sector: nullable(str),
            articles: { type: 'integer' },
          },
        },
        SearchHit: {
          allOf: [
            ref('ArticleSummary'),
            { type: 'object', properties: { snippet: str, matches: { type: 'array', items: span } } },
          ],
        },
        StoryView: {
          type: 'object',
          description:
            'story, articles, names (key -> name), parties[{key, name, current[], history[]}], proposals, timeline, quotes, disconnects, changes{since, items[{what, line, previous}]}; every line has evidence {articleId, layer, index, start, end, text}',
        },
      },
    },
  }
}
