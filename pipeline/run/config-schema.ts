// The JSON Schema of a sources config file (newsfacts.config.json).

const politeness = {
  type: 'object',
  additionalProperties: false,
  properties: {
    minDelayMs: { type: 'integer', minimum: 0, description: 'between request starts to one host' },
    perHostConcurrency: { type: 'integer', minimum: 1 },
    respectRobots: { type: 'boolean' },
    userAgent: { type: 'string', minLength: 1 },
    contact: { type: 'string', minLength: 1, description: 'an e-mail or URL for site operators' },
  },
} as const;

const timezone = {
  type: 'string',
  minLength: 1,
  description: 'a UTC offset ("+05:00") or an IANA zone ("Asia/Almaty")',
} as const;

const inputList = {
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
  ],
} as const;

export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'newsfacts sources config',
  type: 'object',
  additionalProperties: false,
  required: ['sources'],
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    sources: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['input'],
        properties: {
          name: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          kind: { enum: ['auto', 'url', 'feed', 'sitemap', 'urls', 'file', 'folder'] },
          input: inputList,
          enabled: { type: 'boolean' },
          outlet: { type: ['string', 'null'] },
          timezone,
          profile: { type: ['string', 'null'], description: 'site profile name for the parse stage' },
          politeness,
        },
      },
    },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        outlet: { type: ['string', 'null'] },
        timezone,
        profile: { type: ['string', 'null'] },
        politeness,
      },
    },
    fetch: {
      type: 'object',
      additionalProperties: false,
      properties: {
        concurrency: { type: 'integer', minimum: 1 },
        connectTimeoutMs: { type: 'integer', minimum: 1 },
        timeoutMs: { type: 'integer', minimum: 1 },
        retries: { type: 'integer', minimum: 0 },
        maxRedirects: { type: 'integer', minimum: 0 },
        maxBytes: { type: 'integer', minimum: 1 },
        allowPrivate: { type: 'boolean' },
        store: { type: ['string', 'null'], description: 'raw page store folder' },
      },
    },
    output: {
      type: 'object',
      additionalProperties: false,
      properties: {
        dir: { type: 'string', minLength: 1 },
        sinks: {
          type: 'array',
          minItems: 1,
          uniqueItems: true,
          items: { enum: ['jsonl', 'sqlite', 'postgres', 'stdout'] },
        },
        jsonl: {
          type: 'object',
          additionalProperties: false,
          properties: {
            mode: { enum: ['per-run', 'append'] },
            file: { type: 'string', minLength: 1, description: 'the append-only file (mode "append")' },
            checkpointEvery: { type: 'integer', minimum: 1 },
          },
        },
        sqlite: {
          type: 'object',
          additionalProperties: false,
          properties: { file: { type: 'string', minLength: 1 } },
        },
        postgres: {
          type: 'object',
          additionalProperties: false,
          properties: {
            url: { type: ['string', 'null'], description: 'default: $DATABASE_URL' },
            schema: { type: ['string', 'null'] },
          },
        },
        state: {
          type: ['string', 'null'],
          description: 'state store file; default <dir>/.newsfacts/state.sqlite',
        },
        batchSize: { type: 'integer', minimum: 1 },
      },
    },
  },
} as const;
