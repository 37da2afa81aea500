// The HTTP service on loopback: every route, every input error, the token, the time limit, the
// worker pool, and records byte-identical to `newsfacts extract`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { needShared, sharedFile, testUnless } from '../../test/skip.js';
import { runCli } from '../cli/test-io.js';
import { isLoopback, startServer } from './server.js';
import type { Server, ServeOptions } from './server.js';

const PUBLISHED = '2025-11-26T12:00:00+05:00';
const TEXT =
  'Аким Алматы Ерболат Досаев 24 ноября встретился с жителями Медеуского района. ' +
  '«Мы отремонтируем 120 дворов до конца года», — пообещал он. ' +
  'По словам заместителя акима, на это выделено почти 3 млрд тенге.';
const BASE: ServeOptions = {
  host: '127.0.0.1',
  port: 0,
  workers: 0,
  token: null,
  bodyLimit: 64 * 1024,
  timeoutMs: 30_000,
};

interface Reply {
  status: number;
  body: string;
  json: { error?: { code: string; field?: string; problem?: string } } & Record<string, unknown>;
}

async function call(server: Server, path: string, init: RequestInit = {}): Promise<Reply> {
  const res = await fetch(server.url + path, init);
  const body = await res.text();
  let json = {};
  try {
    json = JSON.parse(body) as object;
  } catch {
    // not JSON: metrics, JSON Lines
  }
  return { status: res.status, body, json };
}

const postJson = (
  server: Server,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> =>
  call(server, path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('serve, in-process (--workers 0)', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer(BASE);
  });
  afterAll(() => server.close());

  test('GET /healthz', async () => {
    const r = await call(server, '/healthz');
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ status: 'ok', workers: 0 });
  });

  test('POST /v1/extract gives the record `newsfacts extract` prints', async () => {
    const r = await postJson(server, '/v1/extract', {
      text: TEXT,
      published: PUBLISHED,
      outlet: 'Tengrinews',
    });
    expect(r.status).toBe(200);
    const cli = await runCli(['extract', '-', '--published', PUBLISHED, '--outlet', 'Tengrinews'], TEXT);
    expect(r.body).toBe(cli.stdout);
    expect(r.json['people']).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'Ерболат Досаев' })]),
    );
  });

  testUnless(
    needShared('acceptance/seed-article.txt'),
    'the seed article: byte-identical to newsfacts extract',
    async () => {
      const file = sharedFile('acceptance/seed-article.txt');
      const text = readFileSync(file, 'utf8');
      const r = await postJson(server, '/v1/extract', { text, published: PUBLISHED, outlet: 'Zakon.kz' });
      const cli = await runCli(['extract', file, '--published', PUBLISHED, '--outlet', 'Zakon.kz']);
      expect(cli.code).toBe(0);
      expect(r.status).toBe(200);
      expect(r.body).toBe(cli.stdout);
    },
  );

  test.each([
    ['malformed JSON', '{"text": "Привет', 400, 'body', 'not-json'],
    ['a body that is not an object', '["Привет"]', 400, 'body', 'invalid-field'],
    ['no text', { published: PUBLISHED }, 400, 'text', 'invalid-field'],
    ['a non-string text', { text: 42 }, 400, 'text', 'invalid-field'],
    ['an empty text', { text: '  \n ' }, 400, 'text', 'invalid-field'],
    ['a text that is not text', { text: 'Москва\u0000\u0000\u0001' }, 400, 'text', 'invalid-field'],
    [
      'a text that is not Russian',
      { text: 'The president said prices rose by 5%.' },
      400,
      'text',
      'invalid-field',
    ],
    ['an invalid published', { text: TEXT, published: '26 ноября 2025' }, 400, 'published', 'invalid-field'],
    [
      'a published that does not exist',
      { text: TEXT, published: '2025-02-30' },
      400,
      'published',
      'invalid-field',
    ],
    ['a non-string url', { text: TEXT, url: ['https://zakon.kz'] }, 400, 'url', 'invalid-field'],
    ['a body over the limit', { text: 'Слово '.repeat(20_000) }, 413, 'body', 'too-large'],
  ])('%s: an error naming the field', async (_name, body, status, field, code) => {
    const r = await postJson(server, '/v1/extract', body);
    expect(r.status).toBe(status);
    expect(r.json.error).toMatchObject({ code, field });
  });

  test('plain text instead of JSON: 400 naming the body; a form: 415 naming the content type', async () => {
    const plain = await call(server, '/v1/extract', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: TEXT,
    });
    expect(plain.status).toBe(400);
    expect(plain.json.error).toMatchObject({ field: 'body' });
    const form = await call(server, '/v1/extract', {
      method: 'POST',
      body: new URLSearchParams({ text: TEXT }),
    });
    expect(form.status).toBe(415);
    expect(form.json.error).toMatchObject({ field: 'content-type' });
  });

  test('POST /v1/extract/html: the page parsed, query options winning', async () => {
    const page =
      '<!doctype html><html lang="ru"><head><meta charset="windows-1251"><title>Дворы отремонтируют</title></head>' +
      `<body><article><h1>Дворы отремонтируют</h1><p>${TEXT}</p></article></body></html>`;
    const iconv = (await import('iconv-lite')).default;
    const r = await call(
      server,
      `/v1/extract/html?outlet=Tengrinews&published=${encodeURIComponent(PUBLISHED)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'text/html; charset=windows-1251' },
        body: iconv.encode(page, 'windows-1251'),
      },
    );
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      title: 'Дворы отремонтируют',
      outlet: 'Tengrinews',
      published: PUBLISHED,
    });
    expect(String(r.json['text'])).toContain('Ерболат Досаев');
  });

  test.each([
    ['an empty body', '', '', 400, 'html'],
    ['a page without text', '<html><body><script>var x = 1;</script></body></html>', '', 400, 'html'],
    ['binary', '\u0000\u0001\u0002\u0003PNG', '', 400, 'html'],
    ['an invalid published', `<p>${TEXT}</p>`, '?published=завтра', 400, 'published'],
  ])(
    'POST /v1/extract/html with %s: an error naming the field',
    async (_name, body, query, status, field) => {
      const r = await call(server, `/v1/extract/html${query}`, {
        method: 'POST',
        headers: { 'content-type': 'text/html' },
        body,
      });
      expect(r.status).toBe(status);
      expect(r.json.error).toMatchObject({ field });
    },
  );

  test('POST /v1/extract/batch: JSON Lines in, records and error lines out in input order', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: TEXT, published: PUBLISHED }),
      '',
      'не JSON',
      JSON.stringify({ id: 7, text: 'Курс доллара вырос до 520 тенге, сообщил Нацбанк.' }),
      JSON.stringify({ id: 'c', text: 'Вчера прошёл саммит.', published: 'вчера' }),
      JSON.stringify({ id: 'd', text: 'Hello world' }),
      JSON.stringify({ id: 'e', text: 'Сто рублей стоит хлеб в Москве.' }),
    ];
    const r = await call(server, '/v1/extract/batch', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n') + '\n',
    });
    expect(r.status).toBe(200);
    const out = r.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string; line?: number; error?: { field?: string } });
    expect(out.map((o) => (o.error ? `${o.line}:${o.error.field}` : o.id))).toEqual([
      'a',
      '3:line',
      '7',
      '5:published',
      '6:text',
      'e',
    ]);
    // the record of a batch line is the record of the same article posted alone
    const alone = await postJson(server, '/v1/extract', { id: 'a', text: TEXT, published: PUBLISHED });
    expect(r.body.split('\n')[0] + '\n').toBe(alone.body);
  });

  test('POST /v1/extract/batch: a line over the limit is an error line, the rest go on', async () => {
    const big = JSON.stringify({ id: 'big', text: 'Слово '.repeat(20_000) });
    const r = await call(server, '/v1/extract/batch', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${big}\n${JSON.stringify({ id: 'ok', text: TEXT })}\n`,
    });
    const out = r.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id?: string; status?: number });
    expect(out.map((o) => o.status ?? o.id)).toEqual([413, 'ok']);
  });

  test('GET /metrics: Prometheus text with requests, latency, articles and errors', async () => {
    const r = await call(server, '/metrics');
    expect(r.status).toBe(200);
    expect(r.body).toMatch(/^newsfacts_http_requests_total\{route="\/v1\/extract",status="200"\} \d+$/m);
    expect(r.body).toMatch(
      /^newsfacts_http_request_duration_seconds_bucket\{route="\/v1\/extract",le="\+Inf"\} \d+$/m,
    );
    expect(r.body).toMatch(/^newsfacts_articles_total\{outcome="ok"\} [1-9]\d*$/m);
    expect(r.body).toMatch(/^newsfacts_errors_total\{code="invalid-field"\} [1-9]\d*$/m);
  });

  test('GET /openapi.json describes the routes', async () => {
    const r = await call(server, '/openapi.json');
    expect(r.status).toBe(200);
    expect(Object.keys(r.json['paths'] as object)).toEqual(
      expect.arrayContaining([
        '/v1/extract',
        '/v1/extract/html',
        '/v1/extract/batch',
        '/healthz',
        '/metrics',
      ]),
    );
  });

  test('an unknown route: 404 JSON', async () => {
    const r = await call(server, '/v2/nothing');
    expect(r.status).toBe(404);
    expect(r.json.error).toMatchObject({ code: 'not-found' });
  });
});

describe('serve with a token', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({ ...BASE, token: 'tok-3f9a' });
  });
  afterAll(() => server.close());

  test.each([
    ['no header', {}, 401],
    ['a wrong token', { authorization: 'Bearer tok-0000' }, 401],
    ['the token', { authorization: 'Bearer tok-3f9a' }, 200],
  ])('%s', async (_name, headers, status) => {
    const r = await postJson(server, '/v1/extract', { text: TEXT }, headers);
    expect(r.status).toBe(status);
    if (status === 401) expect(r.json.error).toMatchObject({ code: 'unauthorized', field: 'authorization' });
  });

  test('/healthz needs no token, /metrics does', async () => {
    expect((await call(server, '/healthz')).status).toBe(200);
    expect((await call(server, '/metrics')).status).toBe(401);
  });
});

describe('serve on worker threads', () => {
  let server: Server;
  beforeAll(async () => {
    // a generous limit: a loaded machine can take seconds over a first article (the 504 test has its own)
    server = await startServer({ ...BASE, workers: 1, timeoutMs: 30_000 });
  }, 60_000);
  afterAll(() => server.close());

  test('gives the same record as in-process', async () => {
    const r = await postJson(server, '/v1/extract', {
      text: TEXT,
      published: PUBLISHED,
      outlet: 'Tengrinews',
    });
    const cli = await runCli(['extract', '-', '--published', PUBLISHED, '--outlet', 'Tengrinews'], TEXT);
    expect(r.status).toBe(200);
    expect(r.body).toBe(cli.stdout);
  });

  test('an article over the time limit: 504, and the next one is served', async () => {
    const slow = await startServer({ ...BASE, workers: 1, timeoutMs: 1 });
    try {
      const r = await postJson(slow, '/v1/extract', { text: TEXT.repeat(50) });
      expect(r.status).toBe(504);
      expect(r.json.error).toMatchObject({ code: 'timeout' });
    } finally {
      await slow.close();
    }
    expect((await postJson(server, '/v1/extract', { text: TEXT })).status).toBe(200);
  }, 60_000);
});

test('a non-loopback host without a token is refused (exit 2)', async () => {
  const saved = process.env['NEWSFACTS_TOKEN'];
  delete process.env['NEWSFACTS_TOKEN'];
  try {
    const r = await runCli(['serve', '--host', '0.0.0.0', '--port', '0', '--workers', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/token/);
  } finally {
    if (saved !== undefined) process.env['NEWSFACTS_TOKEN'] = saved;
  }
});

test('isLoopback', () => {
  expect(['127.0.0.1', '127.1.2.3', '::1', 'localhost'].every(isLoopback)).toBe(true);
  expect(['0.0.0.0', '192.168.1.5', '::', 'example.org'].some(isLoopback)).toBe(false);
});

test('SIGTERM: stops accepting, finishes the request in flight, exits 0', async () => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bin/cli.ts', 'serve', '--port', '0', '--workers', '1'],
    {
      cwd: fileURLToPath(new URL('../..', import.meta.url)),
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /serving on (http:\/\/\S+)/.exec(stderr);
      if (m?.[1]) resolve(m[1]);
    });
    child.on('exit', () => reject(new Error(`serve exited early: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const long = Array.from({ length: 40 }, () => TEXT).join('\n\n');
  const inFlight = fetch(`${url}/v1/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', connection: 'close' },
    body: JSON.stringify({ text: long }),
  });
  await new Promise((r) => setTimeout(r, 50)); // the request is in
  child.kill('SIGTERM');
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(((await res.json()) as { text: string }).text).toBe(long);
  expect(await exited).toBe(0);
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
}, 60_000);
