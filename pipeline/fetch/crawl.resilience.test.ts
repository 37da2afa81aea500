// Resilience against a loopback server: retries, resets, timeouts, redirect loops, size limits,
// decompression bombs, private targets, content types. Each case ends as a page or a failure.
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { LookupFunction } from 'node:net';
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, test } from '@jest/globals';
import iconv from 'iconv-lite';
import { decodeHtml } from './decode.js';
import { balanced, collect } from './test-helpers.js';
import { html, startServer, type TestServer } from './test-server.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const ok = (res: ServerResponse, title = 'Статья'): void => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(title));
};

describe('retries', () => {
  test('429 with Retry-After: waits as told, then fetches', async () => {
    server = await startServer({
      '/busy': (_q, res, n) => (n === 1 ? res.writeHead(429, { 'retry-after': '1' }).end() : ok(res)),
    });
    const { pages, stats } = await collect([server.url('/busy')], { respectRobots: false });
    expect(pages).toHaveLength(1);
    const [first, second] = server.hits('/busy').map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(990);
    expect(stats.retries).toBe(1);
  });

  test('Retry-After longer than maxRetryDelayMs is capped', async () => {
    server = await startServer({
      '/busy': (_q, res, n) => (n === 1 ? res.writeHead(429, { 'retry-after': '3600' }).end() : ok(res)),
    });
    const started = Date.now();
    const { pages } = await collect([server.url('/busy')], { respectRobots: false, maxRetryDelayMs: 150 });
    expect(pages).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(10_000); // not the hour the server asked for
  });

  test('503 then success', async () => {
    server = await startServer({ '/flaky': (_q, res, n) => (n === 1 ? res.writeHead(503).end() : ok(res)) });
    const { pages, failures, stats } = await collect([server.url('/flaky')], { respectRobots: false });
    expect(failures).toEqual([]);
    expect(pages[0]?.status).toBe(200);
    expect(stats.retries).toBe(1);
  });

  test('5xx every time: a http-5xx failure after 1 + retries attempts', async () => {
    server = await startServer({ '/down': (_q, res) => res.writeHead(502).end() });
    const { failures } = await collect([server.url('/down')], { respectRobots: false, retries: 2 });
    expect(failures).toEqual([expect.objectContaining({ code: 'http-5xx', status: 502, attempts: 3 })]);
  });

  test('404 is not retried', async () => {
    server = await startServer({});
    const { failures } = await collect([server.url('/gone')], { respectRobots: false });
    expect(failures).toEqual([expect.objectContaining({ code: 'http-4xx', status: 404, attempts: 1 })]);
  });

  test('a connection reset is retried', async () => {
    server = await startServer({ '/reset': (req, res, n) => (n === 1 ? req.socket.destroy() : ok(res)) });
    const { pages, stats } = await collect([server.url('/reset')], { respectRobots: false });
    expect(pages).toHaveLength(1);
    expect(stats.retries).toBe(1);
  });

  test('a body shorter than its Content-Length (connection dropped mid-body) is retried', async () => {
    server = await startServer({
      '/cut': (req, res, n) => {
        if (n > 1) return ok(res);
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
        res.write('<html><body><p>Обрыв', () => req.socket.destroy());
      },
    });
    const { pages, stats } = await collect([server.url('/cut')], { respectRobots: false });
    expect(pages).toHaveLength(1);
    expect(stats.retries).toBe(1);
  });

  test('a connection reset every time ends as a network failure', async () => {
    server = await startServer({ '/reset': (req) => req.socket.destroy() });
    const { failures } = await collect([server.url('/reset')], { respectRobots: false, retries: 1 });
    expect(failures).toEqual([expect.objectContaining({ code: 'network', attempts: 2 })]);
  });
});

describe('timeouts', () => {
  test('a response that never ends hits the whole-response timeout', async () => {
    server = await startServer({
      '/hang': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>Начало статьи');
      },
      '/silent': () => undefined,
    });
    const started = Date.now();
    const { failures } = await collect([server.url('/hang'), server.url('/silent')], {
      respectRobots: false,
      timeoutMs: 200,
      retries: 0,
    });
    expect(failures.map((f) => f.code)).toEqual(['timeout', 'timeout']);
    expect(Date.now() - started).toBeLessThan(5000); // bounded by the timeout, not by the server
  });

  test('a connection that cannot be made in time is a timeout (DNS answer never comes)', async () => {
    const neverAnswers = (() => undefined) as unknown as LookupFunction;
    const { failures } = await collect(['http://stuck.example/'], {
      lookup: neverAnswers,
      respectRobots: false,
      connectTimeoutMs: 100,
      retries: 0,
    });
    expect(failures).toEqual([expect.objectContaining({ code: 'timeout' })]);
    expect(failures[0]?.reason).toMatch(/connect/);
  });

  test('robots.txt on a host that takes no connection in time: a timeout, not a robots failure', async () => {
    const neverAnswers = (() => undefined) as unknown as LookupFunction;
    const { failures } = await collect(['http://stuck.example/news/1'], {
      lookup: neverAnswers,
      connectTimeoutMs: 100,
      retries: 0,
    });
    expect(failures).toEqual([expect.objectContaining({ code: 'timeout' })]);
    expect(failures[0]?.reason).toMatch(
      /connect timeout: http:\/\/stuck\.example\/robots\.txt, asking for robots\.txt/,
    );
  });
});

describe('redirects', () => {
  test('a redirect loop is detected', async () => {
    server = await startServer({
      '/a': (_q, res) => res.writeHead(302, { location: '/b' }).end(),
      '/b': (_q, res) => res.writeHead(302, { location: '/a' }).end(),
    });
    const { failures, stats } = await collect([server.url('/a')], { respectRobots: false });
    expect(failures).toEqual([expect.objectContaining({ code: 'redirect-loop' })]);
    expect(server.requests).toHaveLength(2);
    expect(balanced(stats)).toBe(true);
  });

  test('a redirect to another origin is checked against the robots.txt of that origin', async () => {
    const other = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(200).end('User-agent: *\nDisallow: /\n'),
      '/landing': (_q, res) => ok(res),
    });
    try {
      server = await startServer({
        '/go': (_q, res) => res.writeHead(302, { location: other.url('/landing') }).end(),
      });
      const { failures } = await collect([server.url('/go')]);
      expect(failures).toEqual([expect.objectContaining({ url: server.url('/go'), code: 'robots' })]);
      expect(other.hits('/landing')).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  test('more than maxRedirects hops fail', async () => {
    const routes = Object.fromEntries(
      [1, 2, 3, 4].map((i) => [
        `/r${i}`,
        (_q: unknown, res: ServerResponse) => res.writeHead(301, { location: `/r${i + 1}` }).end(),
      ]),
    );
    server = await startServer(routes);
    const { failures } = await collect([server.url('/r1')], { respectRobots: false, maxRedirects: 2 });
    expect(failures[0]?.code).toBe('too-many-redirects');
  });

  test('a redirect is followed and finalUrl reported', async () => {
    server = await startServer({
      '/short': (_q, res) => res.writeHead(301, { location: '/2025/11/26/long-story.html' }).end(),
      '/2025/11/26/long-story.html': (_q, res) => ok(res),
    });
    const { pages } = await collect([server.url('/short')], { respectRobots: false });
    expect(pages[0]?.url).toBe(server.url('/short'));
    expect(pages[0]?.finalUrl).toBe(server.url('/2025/11/26/long-story.html'));
  });
});

describe('size limits', () => {
  test('a 20 MB body is cut at the 10 MB default limit', async () => {
    let written = 0;
    server = await startServer({
      '/huge': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'а'.charCodeAt(0) & 0x7f);
        const push = (): void => {
          while (written < 20 * 1024 * 1024) {
            written += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', push);
          }
          res.end();
        };
        res.on('close', () => undefined);
        push();
      },
    });
    const { failures, pages } = await collect([server.url('/huge')], { respectRobots: false });
    expect(pages).toEqual([]);
    expect(failures).toEqual([expect.objectContaining({ code: 'too-large', attempts: 1 })]);
  });

  test('a declared Content-Length over the limit is refused before reading', async () => {
    server = await startServer({
      '/big': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50_000) });
        res.end(Buffer.alloc(50_000, 32));
      },
    });
    const { failures } = await collect([server.url('/big')], { respectRobots: false, maxBytes: 10_000 });
    expect(failures[0]?.code).toBe('too-large');
  });

  test('a gzip bomb (100 MB of zeros) is bounded by maxBytes after decompression', async () => {
    // 100 gzip members of 1 MB of zeros each: one 100 MB stream of zeros to gunzip, ~100 KB on the
    // wire, built in milliseconds (gzipping 100 MB at once takes seconds)
    const member = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 100 }, () => member));
    expect(member.readUInt32LE(member.length - 4)).toBe(1024 * 1024); // the gzip trailer's size field
    server = await startServer({
      '/bomb': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb),
    });
    const before = process.memoryUsage().rss;
    const { failures } = await collect([server.url('/bomb')], {
      respectRobots: false,
      maxBytes: 2 * 1024 * 1024,
    });
    expect(failures).toEqual([expect.objectContaining({ code: 'too-large' })]);
    expect(failures[0]?.reason).toMatch(/decompress/);
    expect(process.memoryUsage().rss - before).toBeLessThan(80 * 1024 * 1024);
  });

  test('gzip and brotli bodies within the limit are decompressed', async () => {
    const page = Buffer.from(html('Сжатая страница'));
    server = await startServer({
      '/gz': (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(page)),
      '/br': (_q, res) =>
        res
          .writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' })
          .end(brotliCompressSync(page)),
    });
    const { pages } = await collect([server.url('/gz'), server.url('/br')], { respectRobots: false });
    expect(pages).toHaveLength(2);
    for (const p of pages) expect(p.body.toString('utf8')).toContain('Сжатая страница');
    expect(server.requests[0]?.headers['accept-encoding']).toMatch(/gzip.*br/);
  });
});

describe('content', () => {
  test('a windows-1251 page without a declared charset decodes right', async () => {
    const sentence = 'Аким области сообщил, что строительство моста через Иртыш завершат до конца года.';
    const bytes = iconv.encode(
      `<html><head><title>Мост</title></head><body><p>${sentence}</p></body></html>`,
      'windows-1251',
    );
    server = await startServer({
      '/cp1251': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(bytes),
    });
    const { pages } = await collect([server.url('/cp1251')], { respectRobots: false });
    const decoded = decodeHtml(pages[0]!.body, pages[0]!.contentType);
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.html).toContain(sentence);
  });

  test('images and PDFs are not-html failures and are not downloaded', async () => {
    server = await startServer({
      '/photo.jpg': (_q, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(1000)),
      '/report.pdf': (_q, res) =>
        res.writeHead(200, { 'content-type': 'application/pdf' }).end(Buffer.alloc(1000)),
      '/data.json': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('{"a": 1}'),
    });
    const s = server;
    const { failures, stats } = await collect(
      [s.url('/photo.jpg'), s.url('/report.pdf'), s.url('/data.json')],
      {
        respectRobots: false,
      },
    );
    expect(failures.map((f) => f.code)).toEqual(['not-html', 'not-html', 'not-html']);
    expect(stats.bytes).toBeLessThan(100);
  });

  test('inputs that are not http(s) URLs or files are bad-url failures', async () => {
    const { failures, stats } = await collect([
      'ftp://ftp.example.org/news.html',
      'mailto:editor@example.org',
      'javascript:alert(1)',
    ]);
    expect(failures.map((f) => f.code)).toEqual(['bad-url', 'bad-url', 'bad-url']);
    expect(balanced(stats)).toBe(true);
  });

  test('a consumer that throws is a consumer failure and the crawl goes on', async () => {
    const { crawl } = await import('./crawl.js');
    server = await startServer({ '/1': (_q, res) => ok(res), '/2': (_q, res) => ok(res) });
    const failures: string[] = [];
    let delivered = 0;
    const stats = await crawl(
      [server.url('/1'), server.url('/2')],
      { allowPrivate: true, minDelayMs: 0, respectRobots: false },
      (p) => {
        delivered++;
        return p.url.endsWith('/1') ? Promise.reject(new Error('sink is full')) : Promise.resolve();
      },
      (f) => void failures.push(f.code),
    );
    expect(delivered).toBe(2);
    expect(failures).toEqual(['consumer']);
    expect(stats.fetched).toBe(1);
  });
});

describe('private addresses', () => {
  test('by default loopback targets are refused without a request', async () => {
    server = await startServer({ '/a': (_q, res) => ok(res) });
    const { failures } = await collect([server.url('/a')], { allowPrivate: false });
    expect(failures).toEqual([expect.objectContaining({ code: 'private-address' })]);
    // the refusal names the option that allows it (the run's flag and the config key)
    expect(failures[0]?.reason).toBe(
      '127.0.0.1 is not a public address: loopback and private addresses are refused; ' +
        'pass --allow-private (config: fetch.allowPrivate) to allow them',
    );
    expect(server.requests).toHaveLength(0);
  });

  test('a redirect from a (trusted) server to another loopback address is refused', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(200).end('User-agent: *\nAllow: /\n'),
      '/jump': (_q, res) => res.writeHead(302, { location: `http://127.0.0.2:${server!.port}/admin` }).end(),
    });
    const { failures, pages } = await collect([server.url('/jump')], {
      allowPrivate: false,
      trustAddresses: ['127.0.0.1'], // treat the test server as public; 127.0.0.2 stays private
    });
    expect(pages).toEqual([]);
    expect(failures).toEqual([
      expect.objectContaining({ url: server.url('/jump'), code: 'private-address' }),
    ]);
  });

  test('names are checked after DNS resolution, on every hop', async () => {
    server = await startServer({
      '/robots.txt': (_q, res) => res.writeHead(404).end(),
      '/story': (_q, res) => ok(res),
      '/to-intranet': (_q, res) =>
        res.writeHead(301, { location: `http://intranet.example:${server!.port}/` }).end(),
    });
    const dns: Record<string, string> = { 'news.example': '127.0.0.1', 'intranet.example': '127.0.0.2' };
    const lookup = ((host: string, opts: { all?: boolean }, cb: (...a: unknown[]) => void) => {
      const address = dns[host];
      if (!address) return cb(Object.assign(new Error(`ENOTFOUND ${host}`), { code: 'ENOTFOUND' }));
      return opts.all ? cb(null, [{ address, family: 4 }]) : cb(null, address, 4);
    }) as unknown as LookupFunction;
    const port = server.port;
    const { pages, failures } = await collect(
      [
        `http://news.example:${port}/story`,
        `http://news.example:${port}/to-intranet`,
        `http://nowhere.example:${port}/`,
      ],
      { allowPrivate: false, trustAddresses: ['127.0.0.1'], lookup },
    );
    expect(pages.map((p) => p.url)).toEqual([`http://news.example:${port}/story`]);
    expect(failures.map((f) => f.code).sort()).toEqual(['dns', 'private-address']);
    const refused = failures.find((f) => f.code === 'private-address');
    expect(refused?.reason).toMatch(
      /intranet\.example resolves to non-public 127\.0\.0\.2: .*--allow-private/,
    );
  });
});
