// Load test of `newsfacts serve` on loopback: autocannon posts NEREL dev texts to /v1/extract with
// 1 and 2 worker threads (requests/s, p50/p99 latency), then a long run with 2 workers samples the
// server's resident memory and, after a forced full collection, each thread's heap, to show memory
// stays flat. Bounded in count and time. The server runs from source (tsx) in a child process, so
// its memory is measured apart from autocannon's; it runs with --expose-gc, which only lets
// GET /metrics force a collection and report every thread's heap (newsfacts_debug_*).
//   npm run bench:serve [-- --requests 2000 --long 50000 --connections 8]
//   (--requests 0 skips the throughput runs; --long 0 skips the long run)
// Writes output/bench/serve-load.json.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectRoot, readJsonl, sharedDir } from './shared.js';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '2000' },
    long: { type: 'string', default: '20000' },
    connections: { type: 'string', default: '8' },
    'max-seconds': { type: 'string', default: '300' },
    'long-max-seconds': { type: 'string', default: '1500' },
  },
});
const REQUESTS = Number(args.requests);
const LONG = Number(args.long);
const CONNECTIONS = Number(args.connections);
const MAX_SECONDS = Number(args['max-seconds']);
const LONG_MAX_SECONDS = Number(args['long-max-seconds']);
/** Points of the long run where memory is sampled: every tenth of its requests. */
const LONG_STEPS = 10;

interface Started {
  child: ChildProcess;
  url: string;
}

/** Starts `newsfacts serve --port 0 --workers N` and waits for its address. */
function startServer(workers: number): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=32', // as bin/newsfacts runs (64 before 2026-12-07's memory run)
      '--expose-gc', // lets GET /metrics report heaps after a forced collection
      '--import',
      'tsx',
      'bin/cli.ts',
      'serve',
      '--port',
      '0',
      '--workers',
      String(workers),
    ],
    { cwd: projectRoot(), stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
      const m = /serving on (http:\/\/\S+)/.exec(stderr);
      if (m?.[1]) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}): ${stderr}`)));
  });
}

/** Stops the server with SIGTERM and waits for its exit code. */
function stopServer(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.removeAllListeners('exit');
    s.child.on('exit', (code) => resolve(code));
    s.child.kill('SIGTERM');
  });
}

/** Resident memory of a process in MB (Linux /proc). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m?.[1] ? Math.round(Number(m[1]) / 1024) : NaN;
}

/** CPU seconds a process has used, all its threads (Linux /proc; clock ticks of 10 ms). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Memory figures in MB, rounded to 0.1. */
const mb = (bytes: number): number => Math.round(bytes / 104857.6) / 10;

/** Each thread's memory after a forced collection, from GET /metrics (the server runs with --expose-gc). */
async function heaps(url: string): Promise<Record<string, Record<string, number>>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const out: Record<string, Record<string, number>> = {};
  for (const m of text.matchAll(/^newsfacts_debug_(\w+)_bytes\{thread="(\d+)"\} (\d+)$/gm)) {
    const thread = m[2] === '0' ? 'main' : `worker ${m[2]}`;
    (out[thread] ??= {})[`${m[1]}Mb`] = mb(Number(m[3]));
  }
  return out;
}

const load1 = (): number => Number(loadavg()[0]?.toFixed(2));

/** Runs `amount` POST /v1/extract requests over the texts, round robin. */
async function load(
  url: string,
  bodies: string[],
  amount: number,
  maxSeconds = MAX_SECONDS,
): Promise<autocannon.Result> {
  let i = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/v1/extract`,
        connections: CONNECTIONS,
        amount,
        timeout: 60,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (req) => ({ ...req, body: bodies[i++ % bodies.length] ?? '' }),
          },
        ],
      },
      (err, result) => {
        clearTimeout(stop);
        if (err) reject(err instanceof Error ? err : new Error(String(err)));
        else resolve(result);
      },
    );
    // bounded in time as well as in count
    const stop = setTimeout(() => instance.stop(), maxSeconds * 1000);
  });
}

const shared = sharedDir();
if (!shared) {
  process.stderr.write('bench:serve: no ../shared folder (or $NEWSFACTS_SHARED): NEREL texts are needed\n');
  process.exit(2);
}
const texts = readJsonl<{ text: string }>(path.join(shared, 'gold', 'nerel-dev.jsonl')).map((r) => r.text);
const bodies = texts.map((text) => JSON.stringify({ text, published: '2025-11-26T12:00:00+05:00' }));
const meanKb = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0) / bodies.length / 1024;
process.stderr.write(`${texts.length} NEREL dev texts, ${meanKb.toFixed(1)} KB per request on average\n`);

const report: Record<string, unknown> = {
  date: new Date().toISOString().slice(0, 10),
  node: process.version,
  connections: CONNECTIONS,
  texts: texts.length,
  meanRequestKb: Number(meanKb.toFixed(1)),
  runs: [] as unknown[],
};
const runs = report['runs'] as unknown[];

for (const workers of REQUESTS > 0 ? [1, 2] : []) {
  const server = await startServer(workers);
  await load(server.url, bodies, 200); // warm-up: JIT, caches
  const loadBefore = load1();
  const cpu0 = cpuSeconds(server.child.pid ?? 0);
  const r = await load(server.url, bodies, REQUESTS);
  const cpu = cpuSeconds(server.child.pid ?? 0) - cpu0;
  const row = {
    workers,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    requestsPerSecond: Number((r.requests.total / r.duration).toFixed(1)),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    // the server's CPU time per request: steadier than req/s on a machine shared with other jobs
    cpuMsPerRequest: Number(((cpu * 1000) / r.requests.total).toFixed(2)),
    rssMb: rssMb(server.child.pid ?? 0),
    loadAverage: [loadBefore, load1()],
  };
  runs.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
  const code = await stopServer(server);
  process.stderr.write(`workers=${workers}: SIGTERM exit code ${code}\n`);
}

// The long run: 2 workers, LONG requests in LONG_STEPS parts; after each part the server's RSS
// (as it stands) and then every thread's heap after a forced collection. RSS is also read every 2 s.
if (LONG > 0) {
  const workers = 2;
  const server = await startServer(workers);
  const pid = server.child.pid ?? 0;
  await load(server.url, bodies, 200); // warm-up, as above
  const points: Record<string, unknown>[] = [];
  const point = async (requests: number): Promise<void> => {
    const p = { requests, rssMb: rssMb(pid), loadAverage: load1(), threads: await heaps(server.url) };
    points.push(p);
    process.stderr.write(`${JSON.stringify(p)}\n`);
  };
  const rssEvery2s: { seconds: number; rssMb: number }[] = [];
  const t0 = performance.now();
  const timer = setInterval(() => {
    rssEvery2s.push({ seconds: Math.round((performance.now() - t0) / 1000), rssMb: rssMb(pid) });
  }, 2000);
  await point(0);
  const cpu0 = cpuSeconds(pid);
  let done = 0;
  let non2xx = 0;
  let errors = 0;
  for (let step = 1; step <= LONG_STEPS; step++) {
    const left = LONG_MAX_SECONDS - (performance.now() - t0) / 1000;
    if (left <= 1) break; // bounded in time: the points reached so far are kept
    const part = Math.round((LONG * step) / LONG_STEPS) - Math.round((LONG * (step - 1)) / LONG_STEPS);
    const r = await load(server.url, bodies, part, left);
    done += r.requests.total;
    non2xx += r.non2xx;
    errors += r.errors;
    await point(done);
  }
  clearInterval(timer);
  const cpu = cpuSeconds(pid) - cpu0;
  const seconds = (performance.now() - t0) / 1000;
  const rssAt = (q: number): unknown => {
    const target = q * LONG;
    return points.reduce<Record<string, unknown> | undefined>(
      (best, p) =>
        best && Math.abs(Number(best['requests']) - target) <= Math.abs(Number(p['requests']) - target)
          ? best
          : p,
      undefined,
    )?.['rssMb'];
  };
  report['memory'] = {
    workers,
    requests: done,
    non2xx,
    errors,
    seconds: Math.round(seconds),
    requestsPerSecond: Number((done / seconds).toFixed(1)),
    cpuMsPerRequest: Number(((cpu * 1000) / done).toFixed(2)),
    rssMbAt: { '0%': rssAt(0), '25%': rssAt(0.25), '50%': rssAt(0.5), '75%': rssAt(0.75), '100%': rssAt(1) },
    rssMbMax: Math.max(...rssEvery2s.map((x) => x.rssMb)),
    loadAverage: loadavg().map((x) => Number(x.toFixed(2))),
    points,
    rssEvery2s,
  };
  process.stderr.write(
    `memory: ${JSON.stringify({ ...(report['memory'] as object), points: undefined, rssEvery2s: undefined })}\n`,
  );
  const code = await stopServer(server);
  process.stderr.write(`long run: SIGTERM exit code ${code}\n`);
}

const out = path.join(projectRoot(), 'output', 'bench');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'serve-load.json'), JSON.stringify(report, null, 2) + '\n');
process.stdout.write(
  JSON.stringify(
    { ...report, memory: { ...(report['memory'] as object), points: undefined, rssEvery2s: undefined } },
    null,
    2,
  ) + '\n',
);
