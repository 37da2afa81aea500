// Throughput check (not a test): fetches N pages from a loopback server through the full crawl
// path (scheduler, robots, guarded client, decoding left out) and prints pages per second.
// Usage: npx tsx pipeline/fetch/bench-fetch.ts [pages=1000] [hosts=8] [concurrency=16]
import http from 'node:http';
import type { AddressInfo, LookupFunction } from 'node:net';
import fetch from 'node-fetch';
import { crawl } from '../pipeline/fetch/crawl.js';

const pages = Number(process.argv[2] ?? 1000);
const hosts = Number(process.argv[3] ?? 8);
const concurrency = Number(process.argv[4] ?? 16);

const body = Buffer.from(
  `<!doctype html><html><head><meta charset="utf-8"><title>Новость</title></head><body><article>${'<p>Аким области сообщил журналистам о ходе строительства.</p>'.repeat(60)}</article></body></html>`,
);
const server = http.createServer((req, res) => {
  if (req.url === '/robots.txt') return void res.writeHead(200).end('User-agent: *\nAllow: /\n');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length }).end(body);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;

// every bench host name resolves to the loopback server, so per-host scheduling is exercised
const lookup = ((_host: string, opts: { all?: boolean }, cb: (...a: unknown[]) => void) =>
  opts.all
    ? cb(null, [{ address: '127.0.0.1', family: 4 }])
    : cb(null, '127.0.0.1', 4)) as unknown as LookupFunction;
const urls = Array.from({ length: pages }, (_, i) => `http://h${i % hosts}.bench:${port}/news/${i}`);

const options = {
  allowPrivate: true,
  lookup,
  minDelayMs: 0,
  concurrency,
  perHostConcurrency: Math.ceil(concurrency / hosts) + 1,
};
// warm-up (JIT, sockets), not counted
await crawl(
  urls.slice(0, Math.min(200, pages)).map((u) => `${u}?warmup`),
  options,
  async () => {},
  () => {},
);

let bytes = 0;
const started = process.hrtime.bigint();
const stats = await crawl(
  urls,
  options,
  (p) => {
    bytes += p.body.length;
    return Promise.resolve();
  },
  (f) => console.error(`failed: ${f.url} ${f.code} ${f.reason}`),
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

// the same number of GETs with bare node-fetch and a keep-alive agent, for the overhead ratio
const agent = new http.Agent({ keepAlive: true });
let next = 0;
const bareStart = process.hrtime.bigint();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < pages) {
      next++;
      const res = await fetch(`http://127.0.0.1:${port}/news/${next}`, { agent });
      await res.arrayBuffer();
    }
  }),
);
const bareSeconds = Number(process.hrtime.bigint() - bareStart) / 1e9;
agent.destroy();
server.close();
console.log(
  `${stats.fetched} pages (${(bytes / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s: ${(stats.fetched / seconds).toFixed(0)} pages/s ` +
    `(${hosts} hosts, concurrency ${concurrency}, ${stats.failed} failed); ` +
    `bare node-fetch: ${(pages / bareSeconds).toFixed(0)} pages/s`,
);
