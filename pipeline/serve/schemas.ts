// The routes' JSON Schemas, for the OpenAPI description only (/openapi.json): requests are checked
// by the handlers with the library's own rules, so an error names its field the same way everywhere.

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        field: { type: 'string' },
        problem: { type: 'string' },
      },
    },
  },
} as const;

const recordSchema = {
  type: 'object',
  description: 'A record as in schema/record.schema.json, byte for byte what `newsfacts extract` prints',
  additionalProperties: true,
} as const;

const articleFields = {
  published: { type: 'string', description: 'ISO 8601 publication time, e.g. 2025-11-26T12:00:00+05:00' },
  url: { type: 'string' },
  outlet: { type: 'string' },
  title: { type: 'string' },
  id: { type: 'string', description: 'record id; by default derived from the URL, else the text' },
} as const;

const errors = {
  400: { description: 'bad input: the error names the field', ...errorSchema },
  401: { description: 'missing or wrong bearer token', ...errorSchema },
  413: { description: 'body over the limit', ...errorSchema },
  422: { description: 'no valid record could be made', ...errorSchema },
  503: { description: 'busy or shutting down', ...errorSchema },
  504: { description: 'over the time limit', ...errorSchema },
} as const;

/** POST /v1/extract */
export const extractSchema = {
  summary: 'One article as JSON to its record',
  body: {
    type: 'object',
    required: ['text'],
    properties: { text: { type: 'string', description: 'the article, plain text' }, ...articleFields },
  },
  response: { 200: recordSchema, ...errors },
} as const;

/** POST /v1/extract/html */
export const extractHtmlSchema = {
  summary: 'One HTML page (any charset) to its record; title, body and date come from the page',
  querystring: { type: 'object', properties: articleFields },
  consumes: ['text/html'],
  response: { 200: recordSchema, ...errors },
} as const;

/** POST /v1/extract/batch */
export const batchSchema = {
  summary:
    'JSON Lines in ({text, published?, url?, outlet?, title?, id?} per line), JSON Lines out, streamed in input order: ' +
    'a record per line, or {"line", "id"?, "error"} for a line that yields none',
  consumes: ['application/x-ndjson'],
  produces: ['application/x-ndjson'],
  response: { 200: { description: 'JSON Lines', type: 'string' }, ...errors },
} as const;

/** GET /healthz */
export const healthSchema = {
  summary: 'Liveness: 200 while serving (no token needed), 503 while shutting down',
  response: {
    200: {
      type: 'object',
      properties: { status: { type: 'string' }, workers: { type: 'integer' }, queued: { type: 'integer' } },
    },
  },
} as const;

/** GET /metrics */
export const metricsSchema = {
  summary: 'Prometheus text: requests, latency histogram, articles, errors, memory',
  produces: ['text/plain'],
  response: { 200: { type: 'string' } },
} as const;
