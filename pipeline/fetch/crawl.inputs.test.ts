// Inputs and outputs against a loopback server and temp folders: feeds, sitemap indexes, URL
// lists, saved HTML, conditional requests, the raw store, stopping.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { ServerResponse } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { crawl } from './crawl.js';
import { RawStore } from './store.js';
import { balanced, collect, FAST } from './test-helpers.js';
import { html, startServer, type TestServer } from './test-server.js';

let server: TestServer | null = null;
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsfacts-fetch-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
  server = null;
});

const ok =
  (title: string) =>
  (_q: unknown, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(title));
  };
const xml =
  (body: string, type = 'application/xml') =>
  (_q: unknown, res: ServerResponse): void => {
    res.writeHead(200, { 'content-type': type }).end(body);
  };

describe('feeds', () => {
  test('an RSS feed becomes its article pages with dates and titles as hints', async () => {
    const rss = `<?xml version="1.0" encoding="windows-1251"?>
<rss version="2.0"><channel><title>Новости Казахстана</title>
<item><title>Сайров назначен акимом</title><link>/news/1?utm_source=rss</link><pubDate>Wed, 26 Nov 2025 12:00:00 +0500</pubDate></item>
<item><title><![CDATA[Тенге укрепился]]></title><link>/news/2</link><pubDate>Wed, 26 Nov 2025 09:30:00 GMT</pubDate></item>
<item><title>Дубль</title><link>/news/1</link></item>
</channel></rss>`;
    server = await startServer({
      '/rss': xml(iconv.encode(rss, 'windows-1251') as unknown as string, 'text/xml'),
      '/news/1': ok('1'),
      '/news/2': ok('2'),
    });
    const s = server;
    const { pages, stats } = await collect([s.url('/rss')]);
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    expect([...byUrl.keys()].sort()).toEqual([s.url('/news/1'), s.url('/news/2')]);
    expect(byUrl.get(s.url('/news/1'))?.hint).toEqual(
      expect.objectContaining({
        published: '2025-11-26T12:00:00+05:00',
        title: 'Сайров назначен акимом',
        source: s.url('/rss'),
        outlet: 'Новости Казахстана',
      }),
    );
    expect(byUrl.get(s.url('/news/2'))?.hint?.title).toBe('Тенге укрепился');
    expect(stats.expanded).toBe(1);
    expect(balanced(stats)).toBe(true);
  });

  test('an Atom feed served as text/html is recognised by its root element', async () => {
    const atom = (base: string): string => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Лента</title>
<entry><title>Парламент принял закон</title><link rel="enclosure" href="${base}/a.jpg"/><link rel="alternate" href="${base}/a"/>
<published>2025-11-26T10:15:00+05:00</published><updated>2025-11-26T11:00:00+05:00</updated></entry></feed>`;
    server = await startServer({
      '/atom': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(atom(server!.url(''))),
      '/a': ok('Закон'),
    });
    const { pages, stats } = await collect([server.url('/atom')]);
    expect(stats.expanded).toBe(1);
    expect(pages.map((p) => p.url)).toEqual([server.url('/a')]);
    expect(pages[0]?.hint).toEqual(
      expect.objectContaining({
        published: '2025-11-26T10:15:00+05:00',
        modified: '2025-11-26T11:00:00+05:00',
        outlet: 'Лента',
      }),
    );
    expect(server.hits('/a.jpg')).toHaveLength(0);
  });
});

describe('sitemaps', () => {
  test('a sitemap index is expanded recursively, news sitemaps give publication dates, .xml.gz works', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(404).end(),
      '/sitemap.xml': xml(`<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>/news-sitemap.xml</loc></sitemap>
  <sitemap><loc>/archive.xml.gz</loc><lastmod>2025-11-01</lastmod></sitemap>
</sitemapindex>`),
      '/news-sitemap.xml': xml(`<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>/2025/11/26/akim</loc><news:news><news:publication><news:name>Zakon.kz</news:name><news:language>ru</news:language></news:publication>
    <news:publication_date>2025-11-26T12:00:00+05:00</news:publication_date><news:title>Новый аким</news:title></news:news></url>
</urlset>`),
      '/archive.xml.gz': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'application/x-gzip' })
          .end(
            gzipSync(
              `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/2025/10/01/old</loc><lastmod>2025-10-01</lastmod></url></urlset>`,
            ),
          ),
      '/2025/11/26/akim': ok('Аким'),
      '/2025/10/01/old': ok('Архив'),
    });
    const s = server;
    const { pages, failures, stats } = await collect([s.url('/sitemap.xml')]);
    expect(failures).toEqual([]);
    const akim = pages.find((p) => p.url === s.url('/2025/11/26/akim'));
    expect(akim?.hint).toEqual(
      expect.objectContaining({
        published: '2025-11-26T12:00:00+05:00',
        title: 'Новый аким',
        outlet: 'Zakon.kz',
      }),
    );
    expect(pages.find((p) => p.url === s.url('/2025/10/01/old'))?.hint?.modified).toBe('2025-10-01');
    expect(stats.expanded).toBe(3);
    expect(balanced(stats)).toBe(true);
  });

  test('no more than maxSitemaps sitemaps are taken from indexes', async () => {
    const urlset = xml('<urlset></urlset>');
    server = await startServer({
      '/index.xml': xml(
        `<sitemapindex>${['/a.xml', '/b.xml', '/c.xml'].map((l) => `<sitemap><loc>${l}</loc></sitemap>`).join('')}</sitemapindex>`,
      ),
      '/a.xml': urlset,
      '/b.xml': urlset,
      '/c.xml': urlset,
    });
    const { stats } = await collect([server.url('/index.xml')], { maxSitemaps: 2, respectRobots: false });
    expect(stats.expanded).toBe(3);
    expect(server.hits('/c.xml')).toHaveLength(0);
  });

  test('sitemap indexes nest no deeper than maxSitemapDepth', async () => {
    const index = (next: string) => xml(`<sitemapindex><sitemap><loc>${next}</loc></sitemap></sitemapindex>`);
    server = await startServer({
      '/s0.xml': index('/s1.xml'),
      '/s1.xml': index('/s2.xml'),
      '/s2.xml': index('/s3.xml'),
    });
    const { failures } = await collect([server.url('/s0.xml')], { maxSitemapDepth: 1, respectRobots: false });
    expect(failures).toEqual([expect.objectContaining({ url: server.url('/s1.xml'), code: 'bad-feed' })]);
    expect(server.hits('/s2.xml')).toHaveLength(0);
  });

  test('a text sitemap (one URL a line, text/plain) is expanded', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(404).end(),
      '/sitemap.txt': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
          .end(`${server!.url('/news/1')}\r\n\r\n${server!.url('/news/2')}\n${server!.url('/news/1')}\n`),
      '/news/1': ok('Первая новость'),
      '/news/2': ok('Вторая новость'),
    });
    const s = server;
    const { pages, failures, stats } = await collect([s.url('/sitemap.txt')]);
    expect(failures).toEqual([]);
    expect(pages.map((p) => p.url).sort()).toEqual([s.url('/news/1'), s.url('/news/2')]);
    expect(stats.expanded).toBe(1);
    expect(balanced(stats)).toBe(true);
  });

  test('plain text that is not a list of URLs is not taken for a sitemap', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(404).end(),
      '/notes.txt': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end('Сегодня в Астане прошёл форум.\n'),
    });
    const { pages, failures } = await collect([server.url('/notes.txt')]);
    expect(pages).toEqual([]);
    expect(failures).toEqual([expect.objectContaining({ code: 'not-html' })]);
  });

  test('a robots.txt input stands for the sitemaps its Sitemap: lines list', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end(
            `User-agent: *\nDisallow: /private/\n\nSitemap: ${server!.url('/news-sitemap.xml')}\nSitemap: ${server!.url('/sitemap.txt')}\n`,
          ),
      '/news-sitemap.xml': xml(
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/news/1</loc></url><url><loc>/private/2</loc></url></urlset>',
      ),
      '/sitemap.txt': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end(`${server!.url('/news/3')}\n`),
      '/news/1': ok('Первая'),
      '/private/2': ok('Закрытая'),
      '/news/3': ok('Третья'),
    });
    const s = server;
    const { pages, failures, stats } = await collect([s.url('/robots.txt')]);
    expect(pages.map((p) => p.url).sort()).toEqual([s.url('/news/1'), s.url('/news/3')]);
    // the sitemap lists a page robots.txt disallows: it is not fetched
    expect(failures).toEqual([expect.objectContaining({ url: s.url('/private/2'), code: 'robots' })]);
    expect(s.hits('/private/2')).toHaveLength(0);
    expect(s.hits('/robots.txt')).toHaveLength(1);
    expect(stats.expanded).toBe(3);
    expect(balanced(stats)).toBe(true);
  });

  test('a robots.txt without Sitemap: lines is a recorded failure', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n'),
    });
    const { pages, failures, stats } = await collect([server.url('/robots.txt')]);
    expect(pages).toEqual([]);
    expect(failures).toEqual([
      expect.objectContaining({
        url: server.url('/robots.txt'),
        code: 'bad-feed',
        reason: 'robots.txt lists no sitemaps',
      }),
    ]);
    expect(balanced(stats)).toBe(true);
  });
});

describe('conditional requests and the raw store', () => {
  test('validators are sent and a 304 comes back as notModified with an empty body', async () => {
    server = await startServer({
      '/story': (req, res) =>
        req.headers['if-none-match'] === '"v1"'
          ? res.writeHead(304, { etag: '"v1"' }).end()
          : res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(html('История')),
    });
    const url = server.url('/story');
    const { pages, stats } = await collect([url], {
      validators: (u) => (u === url ? { etag: '"v1"' } : null),
    });
    expect(pages[0]).toEqual(expect.objectContaining({ notModified: true, status: 304, etag: '"v1"' }));
    expect(pages[0]?.body.length).toBe(0);
    expect(stats.notModified).toBe(1);
  });

  test('a 304 that does not repeat the validators still reports the ones sent', async () => {
    server = await startServer({ '/story': (_q, res) => res.writeHead(304).end() });
    const validators = { etag: 'W/"abc"', lastModified: 'Wed, 26 Nov 2025 07:00:00 GMT' };
    const { pages } = await collect([server.url('/story')], { validators: () => validators });
    expect(pages[0]).toEqual(expect.objectContaining({ notModified: true, ...validators }));
    expect(server.requests.at(-1)?.headers['if-modified-since']).toBe(validators.lastModified);
  });

  test('pages are stored compressed by content hash; a later run asks conditionally from the store', async () => {
    const store = join(dir, 'store');
    server = await startServer({
      '/story': (req, res) =>
        req.headers['if-modified-since'] === 'Wed, 26 Nov 2025 07:00:00 GMT'
          ? res.writeHead(304).end()
          : res
              .writeHead(200, {
                'content-type': 'text/html',
                'last-modified': 'Wed, 26 Nov 2025 07:00:00 GMT',
              })
              .end(html('Сохранённая')),
    });
    const url = server.url('/story');
    const first = await collect([url], { store });
    expect(first.pages[0]?.notModified).toBe(false);
    const stored = await new RawStore(store).load(url);
    expect(stored?.body.equals(first.pages[0]!.body)).toBe(true);
    expect(stored?.lastModified).toBe('Wed, 26 Nov 2025 07:00:00 GMT');

    const second = await collect([url], { store });
    expect(second.pages[0]?.notModified).toBe(true);
    const all = [];
    for await (const meta of new RawStore(store).list()) all.push(meta.url);
    expect(all).toEqual([url]);
  });

  test('skip() lets a resumed run pass over URLs it already has', async () => {
    server = await startServer({ '/1': ok('1'), '/2': ok('2') });
    const s = server;
    const { pages, stats } = await collect([s.url('/1'), s.url('/2')], { skip: (u) => u === s.url('/1') });
    expect(pages.map((p) => p.url)).toEqual([s.url('/2')]);
    expect(stats.skipped).toBe(1);
    expect(s.hits('/1')).toHaveLength(0);
  });
});

describe('local inputs', () => {
  test('a folder of saved pages: file URLs, or the canonical URL when the page has one; no requests', async () => {
    const saved = join(dir, 'saved');
    await mkdir(join(saved, 'nested'), { recursive: true });
    await writeFile(join(saved, 'a.html'), html('Первая'));
    await writeFile(
      join(saved, 'nested', 'b.htm'),
      iconv.encode(
        `<html><head><meta charset="windows-1251"><link rel="canonical" href="https://www.zakon.kz/politika/123-sairov.html?utm_source=x"></head><body><p>Сайров</p></body></html>`,
        'windows-1251',
      ),
    );
    await writeFile(join(saved, 'notes.txt'), 'not a page');
    const { pages, failures } = await collect([saved]);
    expect(failures).toEqual([]);
    expect(pages.map((p) => p.url).sort()).toEqual(
      ['https://www.zakon.kz/politika/123-sairov.html', pathToFileURL(join(saved, 'a.html')).href].sort(),
    );
    const b = pages.find((p) => p.url.startsWith('https:'));
    expect(b?.finalUrl).toBe(pathToFileURL(join(saved, 'nested', 'b.htm')).href);
  });

  test('a text file of URLs with comments; bad lines are failures, the batch goes on', async () => {
    server = await startServer({ '/1': ok('1'), '/2': ok('2') });
    const list = join(dir, 'urls.txt');
    await writeFile(
      list,
      `# today's sources\n${server.url('/1')}\n\n  ${server.url('/2')}  \nnot a url at all\n`,
    );
    const { pages, failures } = await collect([list]);
    expect(pages).toHaveLength(2);
    expect(failures.map((f) => f.code)).toEqual(['local-file']);
  });

  test('relative paths in a URL list are files beside the list', async () => {
    const folder = join(dir, 'listed');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'saved.html'), html('Сохранённая страница'));
    await writeFile(join(folder, 'sources.txt'), 'saved.html\n');
    const { pages } = await collect([join(folder, 'sources.txt')]);
    expect(pages.map((p) => p.finalUrl)).toEqual([pathToFileURL(join(folder, 'saved.html')).href]);
  });

  test('stopping with saved pages still queued resolves', async () => {
    const folder = join(dir, 'many');
    await mkdir(folder, { recursive: true });
    for (let i = 0; i < 20; i++) await writeFile(join(folder, `p${i}.html`), html(`Страница ${i}`));
    const controller = new AbortController();
    const stats = await crawl(
      [folder],
      { concurrency: 1, signal: controller.signal },
      () => {
        controller.abort();
        return Promise.resolve();
      },
      () => {},
    );
    expect(stats.fetched).toBe(1);
    expect(stats.cancelled).toBe(19);
  });

  test('a missing file is a failure, not a crash', async () => {
    const { failures, stats } = await collect([join(dir, 'no-such-file.html')]);
    expect(failures[0]?.code).toBe('local-file');
    expect(balanced(stats)).toBe(true);
  });
});

describe('stopping', () => {
  test('an aborted signal stops the crawl: what is queued is cancelled, the promise resolves', async () => {
    const paths = Array.from({ length: 10 }, (_, i) => `/p${i}`);
    server = await startServer(Object.fromEntries(paths.map((p) => [p, ok(p)])));
    const s = server;
    const controller = new AbortController();
    const pages: string[] = [];
    const stats = await crawl(
      paths.map((p) => s.url(p)),
      { ...FAST, minDelayMs: 50, respectRobots: false, signal: controller.signal },
      (p) => {
        pages.push(p.url);
        controller.abort();
        return Promise.resolve();
      },
      () => {},
    );
    expect(pages).toHaveLength(1);
    expect(stats.cancelled).toBe(9);
    expect(balanced(stats)).toBe(true);
    expect(s.requests.length).toBeLessThanOrEqual(2);
  });
});
