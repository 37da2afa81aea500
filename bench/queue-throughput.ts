// Throughput of queue workers: loopback hosts serve generated pages, `run --queue` fills a fresh
// queue, then 1, 2 and 4 `newsfacts worker` processes (fetch from loopback, parse, extract,
// PostgreSQL sink and state) empty it. Articles/s is counted from the first record committed to the
// last (worker start-up, ~2 s of dictionaries per process, is left out and given apart).
//   npx tsx bench/queue-throughput.ts [pages] [worker counts, e.g. 1,2,4]
// Needs Redis on 127.0.0.1:6379 and PostgreSQL on 127.0.0.1:5432 ($NEWSFACTS_TEST_REDIS,
// $NEWSFACTS_TEST_PG); writes output/bench/queue.json.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { dropQueue, freshQueueName, TEST_REDIS_URL } from '../pipeline/queue/redis-test-env.js';
import { startTestHosts } from '../pipeline/queue/test-hosts.js';
import { cliArgs, ROOT } from '../pipeline/run/test-cli.js';
import { dropSchema, freshSchema, TEST_PG_URL } from '../pipeline/sinks/pg-test-env.js';

const pages = Number(process.argv[2] ?? 1000);
const counts = (process.argv[3] ?? '1,2,4').split(',').map(Number);
const args = cliArgs();

function cli(argv: string[]): Promise<{ code: number | null; ms: number; stderr: string }> {
  const t = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...args, ...argv], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, ms: Date.now() - t, stderr }));
  });
}

interface Row {
  workers: number;
  articles: number;
  steadySeconds: number;
  articlesPerSecond: number;
  wallSeconds: number;
  /** worker CPU seconds (start-up included) per article: what sizing on paper divides cores by */
  cpuMsPerArticle: number;
  load: number[];
}

const rows: Row[] = [];
for (const k of counts) {
  const name = freshQueueName('nf-bench');
  const schema = freshSchema('nf_bench');
  const hosts = await startTestHosts({ hosts: 5, pagesPerHost: Math.ceil(pages / 5), limit: 2 });
  const q = ['--queue', TEST_REDIS_URL, '--queue-name', name];
  const p = ['--pg', TEST_PG_URL, '--pg-schema', schema];
  try {
    const e = await cli(['run', ...hosts.sitemaps, ...q, ...p, '--allow-private', '--delay', '0']);
    if (e.code !== 0) throw new Error(`enqueue failed: ${e.stderr}`);
    const started = Date.now();
    const ends = await Promise.all(
      Array.from({ length: k }, () => cli(['worker', ...q, ...p, '--concurrency', '4', '--until-empty'])),
    );
    const wall = (Date.now() - started) / 1000;
    for (const w of ends) if (w.code !== 0) throw new Error(`worker failed: ${w.stderr}`);
    for (const w of ends)
      process.stderr.write(
        w.stderr
          .split('\n')
          .filter((l) => l.startsWith('newsfacts worker'))
          .join('\n') + '\n',
      );
    const db = new pg.Client({ connectionString: TEST_PG_URL });
    await db.connect();
    const r = await db.query<{ n: string; first: Date; last: Date }>(
      `SELECT count(*) AS n, min(updated_at) AS first, max(updated_at) AS last FROM "${schema}".articles`,
    );
    await db.end();
    const n = Number(r.rows[0]?.n ?? 0);
    const steady = ((r.rows[0]?.last.getTime() ?? 0) - (r.rows[0]?.first.getTime() ?? 0)) / 1000;
    const cpu = ends.reduce((a, w) => a + Number(/\(CPU ([\d.]+) s\)/.exec(w.stderr)?.[1] ?? NaN), 0);
    const row = {
      workers: k,
      articles: n,
      steadySeconds: Number(steady.toFixed(1)),
      articlesPerSecond: Number((n / steady).toFixed(1)),
      wallSeconds: Number(wall.toFixed(1)),
      cpuMsPerArticle: Number(((cpu * 1000) / n).toFixed(1)),
      load: os.loadavg().map((l) => Number(l.toFixed(1))),
    };
    rows.push(row);
    process.stdout.write(JSON.stringify(row) + '\n');
  } finally {
    await hosts.close();
    await dropQueue(TEST_REDIS_URL, name);
    await dropSchema(TEST_PG_URL, schema);
  }
}
const out = path.join(ROOT, 'output', 'bench');
mkdirSync(out, { recursive: true });
writeFileSync(
  path.join(out, 'queue.json'),
  JSON.stringify(
    { date: new Date().toISOString(), pages, cpus: os.cpus().length, cli: args, rows },
    null,
    2,
  ) + '\n',
);
