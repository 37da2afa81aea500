// Load test of `newsfacts serve` on loopback: autocannon posts NEREL dev texts to /v1/extract with
// 1 and 2 worker threads (requests/s, p50/p99 latency), then a long run samples the server's
// resident memory to show it stays flat. Bounded in count and time. The server runs from source
// (tsx) in a child process, so its memory is measured apart from autocannon's.
//   npm run bench:serve [-- --requests 2000 --long 20000 --connections 8]
// Writes output/bench/serve-load.json.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  },
});
const REQUESTS = Number(args.requests);
const LONG = Number(args.long);
const CONNECTIONS = Number(args.connections);
const MAX_SECONDS = Number(args['max-seconds']);

interface Started {
  child: ChildProcess;
  url: string;
}

/** Starts `newsfacts serve --port 0 --workers N` and waits for its address. */
function startServer(workers: number): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      '--max-semi-space-size=64',
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

/** Runs `amount` POST /v1/extract requests over the texts, round robin. */
async function load(url: string, bodies: string[], amount: number): Promise<autocannon.Result> {
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
    const stop = setTimeout(() => instance.stop(), MAX_SECONDS * 1000);
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

for (const workers of [1, 2]) {
  const server = await startServer(workers);
  await load(server.url, bodies, 200); // warm-up: JIT, caches
  const r = await load(server.url, bodies, REQUESTS);
  const row = {
    workers,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    requestsPerSecond: Number((r.requests.total / r.duration).toFixed(1)),
    p50ms: r.latency.p50,
    p99ms: r.latency.p99,
    rssMb: rssMb(server.child.pid ?? 0),
  };
  runs.push(row);
  process.stderr.write(`${JSON.stringify(row)}\n`);
  // the long run: memory sampled every 2 s over LONG requests
  if (workers === 2 && LONG > 0) {
    const samples: { seconds: number; rssMb: number }[] = [];
    const t0 = performance.now();
    const timer = setInterval(() => {
      samples.push({
        seconds: Math.round((performance.now() - t0) / 1000),
        rssMb: rssMb(server.child.pid ?? 0),
      });
    }, 2000);
    const long = await load(server.url, bodies, LONG);
    clearInterval(timer);
    const rss = samples.map((s) => s.rssMb);
    const quarter = (q: number): number =>
      rss[Math.min(rss.length - 1, Math.floor(q * (rss.length - 1)))] ?? NaN;
    report['memory'] = {
      workers,
      requests: long.requests.total,
      non2xx: long.non2xx,
      seconds: Math.round(long.duration),
      requestsPerSecond: Number((long.requests.total / long.duration).toFixed(1)),
      rssMbAt: {
        '0%': quarter(0),
        '25%': quarter(0.25),
        '50%': quarter(0.5),
        '75%': quarter(0.75),
        '100%': quarter(1),
      },
      rssMbMax: Math.max(...rss),
      samples,
    };
    process.stderr.write(
      `memory: ${JSON.stringify({ ...(report['memory'] as object), samples: undefined })}\n`,
    );
  }
  const code = await stopServer(server);
  process.stderr.write(`workers=${workers}: SIGTERM exit code ${code}\n`);
}

const out = path.join(projectRoot(), 'output', 'bench');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'serve-load.json'), JSON.stringify(report, null, 2) + '\n');
process.stdout.write(
  JSON.stringify({ ...report, memory: { ...(report['memory'] as object), samples: undefined } }, null, 2) +
    '\n',
);
