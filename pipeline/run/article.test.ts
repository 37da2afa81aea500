// A page that is not text (an executable or random bytes saved as .html) is a failed page with
// the reason 'not-text', not a record of thousands of "numbers".
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { loadMorphology } from '../../document/analyse/index.js';
import type { FetchedPage } from '../fetch/types.js';
import { setLogLevel } from '../log.js';
import { processPage } from './article.js';
import type { VersionLookup } from './article.js';
import { configFromArgs, resolveSettings } from './config.js';
import type { SourceSettings } from './config.js';
import { crawlLocal } from './local-crawl.js';
import { runPipeline } from './runner.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nf-article-'));
beforeAll(async () => {
  setLogLevel('silent');
  await loadMorphology();
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Deterministic noise: 200 KB of bytes like /dev/urandom's. */
function noise(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 2463534242;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    b[i] = x & 0xff;
  }
  return b;
}

const page = (body: Buffer): FetchedPage => ({
  url: 'https://stepnoy-vestnik.example/news/1',
  finalUrl: 'https://stepnoy-vestnik.example/news/1',
  status: 200,
  contentType: 'text/html',
  headers: {},
  body,
  fetchedAt: '2026-11-25T10:00:00.000Z',
  notModified: false,
  etag: null,
  lastModified: null,
});
const source: SourceSettings = {
  name: 'test',
  inputs: [],
  outlet: null,
  timezone: null,
  profile: null,
  crawl: {},
};
const nothingKnown: VersionLookup = { page: () => undefined, record: () => undefined };

describe('processPage', () => {
  test('binary bodies are failed pages with the reason not-text', () => {
    for (const body of [readFileSync('/bin/ls'), noise(200_000)]) {
      const outcome = processPage(page(body), source, nothingKnown);
      expect(outcome).toMatchObject({
        kind: 'failed',
        reason: 'not-text',
        detail: expect.stringMatching(/NUL bytes/),
      });
    }
  });

  test('a page in windows-1251 or UTF-16 is text', () => {
    const html =
      '<html><head><title>Форум</title></head><body><article><p>Вчера в Алматы прошёл форум, его посетили 300 человек.</p></article></body></html>';
    const cp1251 = iconv.encode(html.replace('<head>', '<head><meta charset="windows-1251">'), 'win1251');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]);
    expect(processPage(page(utf16), source, nothingKnown).kind).toBe('record');
    expect(processPage(page(Buffer.from(html)), source, nothingKnown).kind).toBe('record');
    expect(processPage(page(cp1251), source, nothingKnown).kind).toBe('record');
  });
});

describe('run over a folder with a binary .html', () => {
  test('the binary file is a failed page (not-text); the real page still becomes a record', async () => {
    const site = path.join(tmp, 'site');
    cpSync(
      path.join(ROOT, 'fixtures', 'site', '2026-11-18-karaganda-dorogi.html'),
      path.join(site, 'real.html'),
    );
    writeFileSync(path.join(site, 'junk.html'), noise(200_000));
    const out = path.join(tmp, 'out');
    const s = await runPipeline(resolveSettings(configFromArgs([site]), process.cwd(), { out }), {
      crawl: crawlLocal,
      progress: false,
      handleSignals: false,
    });
    expect(s).toMatchObject({
      status: 'partial',
      exitCode: 3,
      extracted: 1,
      failed: 1,
      byReason: { 'not-text': 1 },
    });
    expect(s.failures[0]).toMatchObject({ url: expect.stringMatching(/junk\.html$/), reason: 'not-text' });
  });
});
