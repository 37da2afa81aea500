// Pages worked on ahead come out decided in arrival order, exactly as one by one: a record id seen
// twice in one window gets version 2, and a thread that dies fails its page only.
import { describe, expect, test } from '@jest/globals';
import type { FetchedPage } from '../fetch/types.js';
import type { NewsRecord } from '../../document/record/types.js';
import { PagesAhead } from './pages-ahead.js';
import type { PageWork } from './pages-ahead.js';
import { sha256 } from './page-outcome.js';
import type { PageOutcome, ParsedArticle, VersionLookup } from './page-outcome.js';

const TEXTS = [
  'Аким области Нурлан Сейтказиев провёл совещание.',
  'Нацбанк сохранил базовую ставку на уровне 16,5% годовых.',
  'В Шымкенте построят 12 школ до конца 2027 года.',
];

const page = (n: number, body = TEXTS[n % TEXTS.length]!): FetchedPage => ({
  url: `https://stepnoy-vestnik.example/news/${n}`,
  finalUrl: `https://stepnoy-vestnik.example/news/${n}`,
  status: 200,
  contentType: 'text/html',
  headers: {},
  body: Buffer.from(body),
  fetchedAt: '2026-11-25T10:00:00.000Z',
  notModified: false,
  etag: null,
  lastModified: null,
});

/** Work whose steps finish later for earlier pages, so they complete out of order. */
function slowFirst(failOn?: string): PageWork & { reads: number; extracts: number } {
  const delay = (url: string) => new Promise((r) => setTimeout(r, 40 - Number(url.split('/').pop()) * 5));
  const work = {
    reads: 0,
    extracts: 0,
    async read(p: FetchedPage, _s: unknown, bodyHash: string): Promise<ParsedArticle> {
      work.reads++;
      await delay(p.url);
      if (p.url === failOn) throw new Error('the thread exited');
      const text = p.body.toString();
      // the record id is the text's: two pages with one text are one record
      return {
        bodyHash,
        id: sha256(text).slice(0, 8),
        contentHash: sha256(p.url + text),
        text,
        url: p.url,
        title: null,
        published: null,
        outlet: null,
        fetched: p.fetchedAt,
        warnings: [],
      };
    },
    async extract(a: ParsedArticle) {
      work.extracts++;
      await delay(a.url);
      return { record: { schemaVersion: '1', id: a.id, url: a.url, text: a.text } as unknown as NewsRecord };
    },
  };
  return work;
}

/** A run's state: emitted versions, updated as outcomes are handled. */
function state(): { known: VersionLookup; handle: (o: PageOutcome) => void; seen: string[] } {
  const emitted = new Map<string, { version: number; contentHash: string }>();
  const seen: string[] = [];
  return {
    seen,
    known: {
      page: () => undefined,
      record: (id) => {
        const e = emitted.get(id);
        return e && { ...e, committed: false };
      },
    },
    handle: (o) => {
      if (o.kind === 'record') {
        emitted.set(o.out.record.id, { version: o.out.record.version, contentHash: o.out.contentHash });
        seen.push(`${o.out.record.url ?? ''} v${o.out.record.version}`);
      } else seen.push(o.kind === 'failed' ? `failed ${o.detail}` : o.kind);
    },
  };
}

const source = { outlet: null, timezone: null };

describe('PagesAhead', () => {
  test('outcomes come in arrival order although later pages finish first', async () => {
    const s = state();
    const ahead = new PagesAhead(slowFirst(), 8);
    for (const n of [0, 1, 2])
      await ahead.submit(page(n), source, s.known, s.handle, (e) => {
        throw e;
      });
    await ahead.drain();
    expect(s.seen).toEqual([0, 1, 2].map((n) => `https://stepnoy-vestnik.example/news/${n} v1`));
  });

  test('one record from two pages in one window: the second is version 2, as one by one', async () => {
    const s = state();
    const work = slowFirst();
    const ahead = new PagesAhead(work, 8);
    await ahead.submit(page(1), source, s.known, s.handle, () => undefined);
    await ahead.submit(page(4, TEXTS[1]), source, s.known, s.handle, () => undefined);
    await ahead.drain();
    expect(s.seen).toEqual([
      'https://stepnoy-vestnik.example/news/1 v1',
      'https://stepnoy-vestnik.example/news/4 v2',
    ]);
  });

  test('a thread that dies fails its page only; the pages after it are decided', async () => {
    const s = state();
    const ahead = new PagesAhead(slowFirst('https://stepnoy-vestnik.example/news/1'), 2);
    for (const n of [0, 1, 2]) await ahead.submit(page(n), source, s.known, s.handle, () => undefined);
    await ahead.drain();
    expect(s.seen).toEqual([
      'https://stepnoy-vestnik.example/news/0 v1',
      'failed worker thread: the thread exited',
      'https://stepnoy-vestnik.example/news/2 v1',
    ]);
  });

  test('a page not modified is not worked on', async () => {
    const s = state();
    const work = slowFirst();
    const ahead = new PagesAhead(work, 4);
    await ahead.submit(
      { ...page(0), notModified: true, body: Buffer.alloc(0) },
      source,
      s.known,
      s.handle,
      () => undefined,
    );
    await ahead.drain();
    expect(s.seen).toEqual(['not-modified']);
    expect(work.reads + work.extracts).toBe(0);
  });
});
