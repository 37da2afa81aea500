// For tests and the throughput bench: generated news pages served by several loopback "hosts"
// (127.0.0.1, 127.0.0.2, … each a host name of its own for politeness), each with a sitemap that
// carries lastmod, a robots.txt, ETag/304 answers, a limit of concurrent requests it enforces with
// 429 and a record of the most it ever had in flight.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pageHtml } from '../run/test-site.js';

/** One host's counts. */
export interface HostCounts {
  requests: number;
  /** page bodies served (200) and 304s */
  ok: number;
  notModified: number;
  /** most requests in flight at once */
  peak: number;
  /** 429s because a client went over the limit */
  pushed: number;
  /** 429s given on purpose (the first request of some pages) */
  told: number;
  /** requests for pages robots.txt disallows */
  disallowed: number;
}

/** Loopback hosts serving pages. */
export interface TestHosts {
  /** each host's sitemap URL */
  sitemaps: string[];
  /** every page URL that should become a record */
  pages: string[];
  /** pages robots.txt disallows (linked from the sitemaps all the same) */
  disallowed: string[];
  /** pages whose first request is answered 429 */
  toldToWait: string[];
  counts: HostCounts[];
  /** gives page n new content and a new lastmod */
  change(n: number): string;
  close(): Promise<void>;
}

/** Options of the test hosts. */
export interface TestHostsOptions {
  hosts: number;
  pagesPerHost: number;
  /** concurrent requests a host allows before it answers 429 */
  limit: number;
  /** ms before each page answer */
  delayMs?: number;
  /** every page n with n % tellEvery === 7 answers its first request with 429 (0: none) */
  tellEvery?: number;
}

/** Starts `hosts` servers on 127.0.0.1 … 127.0.0.N, each serving its share of the pages. */
export async function startTestHosts(o: TestHostsOptions): Promise<TestHosts> {
  const versions = new Map<number, number>();
  const modified = new Map<number, Date>();
  const told = new Set<number>();
  const started = new Date(Date.UTC(2026, 10, 20, 8, 0, 0));
  const servers: Server[] = [];
  const bases: string[] = [];
  const counts: HostCounts[] = [];
  const hostOf = (n: number): number => Math.floor(n / o.pagesPerHost);

  const handler = (h: number) => (req: IncomingMessage, res: ServerResponse) => {
    const c = counts[h] as HostCounts;
    const base = bases[h] ?? '';
    c.requests++;
    inFlight[h] = (inFlight[h] ?? 0) + 1;
    const active = inFlight[h] ?? 0;
    c.peak = Math.max(c.peak, active);
    res.on('close', () => {
      inFlight[h] = (inFlight[h] ?? 1) - 1;
    });
    if (active > o.limit) {
      c.pushed++;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
      res.end('too many requests at once');
      return;
    }
    const url = req.url ?? '/';
    if (url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nDisallow: /private/\n');
      return;
    }
    if (url === '/sitemap.xml') {
      const first = h * o.pagesPerHost;
      const urls = Array.from({ length: o.pagesPerHost }, (_, i) => {
        const n = first + i;
        const lastmod = (modified.get(n) ?? started).toISOString();
        return `<url><loc>${base}/news/${n}.html</loc><lastmod>${lastmod}</lastmod></url>`;
      });
      urls.push(`<url><loc>${base}/private/${h}.html</loc></url>`);
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
      res.end(
        `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>`,
      );
      return;
    }
    if (url.startsWith('/private/')) {
      c.disallowed++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body>private</body></html>');
      return;
    }
    const m = /^\/news\/(\d+)\.html$/.exec(url);
    const n = m ? Number(m[1]) : -1;
    if (n < 0 || hostOf(n) !== h) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    if (o.tellEvery && n % o.tellEvery === 7 && !told.has(n)) {
      told.add(n);
      c.told++;
      res.writeHead(429, { 'retry-after': '1', 'content-type': 'text/plain' });
      res.end('slow down');
      return;
    }
    const version = versions.get(n) ?? 1;
    const etag = `"p${n}-v${version}"`;
    const lastModified = (modified.get(n) ?? started).toUTCString();
    setTimeout(() => {
      if (req.headers['if-none-match'] === etag) {
        c.notModified++;
        res.writeHead(304, { etag, 'last-modified': lastModified });
        res.end();
        return;
      }
      c.ok++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag, 'last-modified': lastModified });
      res.end(pageHtml(base, n, version));
    }, o.delayMs ?? 0);
  };

  const inFlight: number[] = [];
  for (let h = 0; h < o.hosts; h++) {
    counts.push({ requests: 0, ok: 0, notModified: 0, peak: 0, pushed: 0, told: 0, disallowed: 0 });
    inFlight.push(0);
    const server = createServer(handler(h));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, `127.0.0.${h + 1}`, () => resolve());
    });
    servers.push(server);
    bases.push(`http://127.0.0.${h + 1}:${(server.address() as AddressInfo).port}`);
  }
  const total = o.hosts * o.pagesPerHost;
  const pageUrl = (n: number): string => `${bases[hostOf(n)] ?? ''}/news/${n}.html`;
  return {
    sitemaps: bases.map((b) => `${b}/sitemap.xml`),
    pages: Array.from({ length: total }, (_, n) => pageUrl(n)),
    disallowed: bases.map((b, h) => `${b}/private/${h}.html`),
    toldToWait: o.tellEvery
      ? Array.from({ length: total }, (_, n) => n)
          .filter((n) => n % (o.tellEvery ?? 1) === 7)
          .map(pageUrl)
      : [],
    counts,
    change(n: number): string {
      versions.set(n, (versions.get(n) ?? 1) + 1);
      modified.set(n, new Date(Date.now() + 1000));
      return pageUrl(n);
    },
    close: () =>
      Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((resolve) => {
              s.close(() => resolve());
              s.closeAllConnections();
            }),
        ),
      ).then(() => undefined),
  };
}
