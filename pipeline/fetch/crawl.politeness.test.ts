// Politeness against a loopback server: robots.txt, per-host delays, Crawl-delay, de-duplication.
import { afterEach, describe, expect, test } from '@jest/globals';
import { balanced, collect } from './test-helpers.js';
import { html, startServer, type TestServer } from './test-server.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const page =
  (title: string) =>
  (_req: unknown, res: import('node:http').ServerResponse): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(title));
  };

describe('robots.txt', () => {
  test('a disallowed path is a robots failure, an allowed one is fetched, robots.txt is read once', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private/\n'),
      '/news/1': page('Новость'),
      '/news/2': page('Ещё новость'),
      '/private/secret': page('Закрыто'),
    });
    const s = server;
    const { pages, failures, stats } = await collect([
      s.url('/news/1'),
      s.url('/private/secret'),
      s.url('/news/2'),
    ]);
    expect(pages.map((p) => p.url).sort()).toEqual([s.url('/news/1'), s.url('/news/2')]);
    expect(failures).toEqual([expect.objectContaining({ url: s.url('/private/secret'), code: 'robots' })]);
    expect(s.hits('/private/secret')).toHaveLength(0);
    expect(s.hits('/robots.txt')).toHaveLength(1);
    expect(s.requests[0]?.headers['user-agent']).toMatch(/^newsfacts\/0\.1/);
    expect(balanced(stats)).toBe(true);
  });

  test('rules for our own product token win over the * group', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) =>
        res.writeHead(200).end('User-agent: newsfacts\nDisallow: /\n\nUser-agent: *\nAllow: /\n'),
      '/a': page('А'),
    });
    const { failures } = await collect([server.url('/a')]);
    expect(failures[0]?.code).toBe('robots');
  });

  test('robots.txt answering 5xx disallows everything (RFC 9309); 404 allows everything', async () => {
    server = await startServer({ '/robots.txt': (_q, res) => res.writeHead(503).end(), '/a': page('А') });
    const closed = await collect([server.url('/a')], { retries: 1 });
    expect(closed.failures[0]?.code).toBe('robots');
    expect(server.hits('/a')).toHaveLength(0);
    await server.close();

    server = await startServer({ '/a': page('А') });
    const open = await collect([server.url('/a')]);
    expect(open.pages).toHaveLength(1);
  });

  test('a host that refuses connections is a connection failure naming the host, not a robots one', async () => {
    // a loopback port nothing listens on: take a free one and let it go
    const probe = await startServer({});
    const port = probe.port;
    await probe.close();
    const url = `http://127.0.0.1:${port}/news/1`;
    const { failures, stats } = await collect([url], { retries: 1 });
    expect(failures).toEqual([expect.objectContaining({ url, code: 'connection' })]);
    expect(failures[0]?.reason).toMatch(
      new RegExp(`cannot connect to 127\\.0\\.0\\.1:${port}: connection refused`),
    );
    expect(stats.byReason).toEqual({ connection: 1 });
    expect(balanced(stats)).toBe(true);

    const direct = await collect([url], { respectRobots: false, retries: 1 });
    expect(direct.failures).toEqual([expect.objectContaining({ url, code: 'connection', attempts: 2 })]);
  });

  test('respectRobots: false does not ask for robots.txt', async () => {
    server = await startServer({ '/a': page('А') });
    await collect([server.url('/a')], { respectRobots: false });
    expect(server.hits('/robots.txt')).toHaveLength(0);
  });
});

describe('per-host scheduling', () => {
  test('requests to one host start at least minDelayMs apart', async () => {
    const paths = ['/1', '/2', '/3', '/4'];
    server = await startServer(Object.fromEntries(paths.map((p) => [p, page(p)])));
    const s = server;
    const sent: number[] = [];
    const { pages } = await collect(
      paths.map((p) => s.url(p)),
      { minDelayMs: 120, perHostConcurrency: 2, onRequest: () => void sent.push(Date.now()) },
    );
    expect(pages).toHaveLength(4);
    expect(sent).toHaveLength(5); // robots.txt first, then the pages
    for (let i = 1; i < sent.length; i++) expect(sent[i]! - sent[i - 1]!).toBeGreaterThanOrEqual(119); // timers round
    // as the server saw them: in order, and spread over at least the delays (arrival jitter aside)
    const arrived = s.requests.map((r) => r.at);
    expect(arrived.at(-1)! - arrived[0]!).toBeGreaterThanOrEqual(4 * 120 - 60);
  });

  test('a larger Crawl-delay wins over minDelayMs', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(200).end('User-agent: *\nCrawl-delay: 0.25\n'),
      '/1': page('1'),
      '/2': page('2'),
    });
    const s = server;
    const sent: number[] = [];
    await collect([s.url('/1'), s.url('/2')], {
      minDelayMs: 10,
      onRequest: () => void sent.push(Date.now()),
    });
    const [robots, first, second] = sent;
    expect(first! - robots!).toBeGreaterThanOrEqual(249);
    expect(second! - first!).toBeGreaterThanOrEqual(249);
  });

  test('per-host concurrency caps requests in flight to one host', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = (_q: unknown, res: import('node:http').ServerResponse): void => {
      inFlight++;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight--;
        res.writeHead(200, { 'content-type': 'text/html' }).end(html('x'));
      }, 60);
    };
    const paths = ['/1', '/2', '/3', '/4', '/5', '/6'];
    server = await startServer(Object.fromEntries(paths.map((p) => [p, slow])));
    const s = server;
    const { pages } = await collect(
      paths.map((p) => s.url(p)),
      { perHostConcurrency: 2, concurrency: 8, respectRobots: false },
    );
    expect(pages).toHaveLength(6);
    expect(most).toBe(2);
  });
});

describe('de-duplication', () => {
  test('the same page under tracking parameters and fragments is fetched once', async () => {
    server = await startServer({ '/story?id=7': page('История') });
    const s = server;
    const { pages, stats } = await collect([
      s.url('/story?id=7'),
      s.url('/story?id=7&utm_source=telegram#comments'),
      s.url('/story?fbclid=abc&id=7'),
    ]);
    expect(pages).toHaveLength(1);
    expect(stats.duplicates).toBe(2);
    expect(s.hits('/story?id=7')).toHaveLength(1);
  });

  test('two URLs redirecting onto one page deliver it once', async () => {
    server = await startServer({
      '/old': (_q, res) => res.writeHead(301, { location: '/new' }).end(),
      '/new': page('Новая'),
    });
    const s = server;
    const { pages, stats } = await collect([s.url('/new'), s.url('/old')], { perHostConcurrency: 1 });
    expect(pages).toHaveLength(1);
    expect(stats.merged).toBe(1);
    expect(balanced(stats)).toBe(true);
  });
});
