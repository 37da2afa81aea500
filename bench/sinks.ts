// Sink throughput: records per second into SQLite and into PostgreSQL, in the batches `run` uses.
// Usage: npx tsx bench/sinks.ts [records] [batch]   (PostgreSQL from $DATABASE_URL or the local test server)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dropSchema, freshSchema, TEST_PG_URL } from '../pipeline/sinks/pg-test-env.js';
import { PostgresSink } from '../pipeline/sinks/postgres.js';
import { SqliteSink } from '../pipeline/sinks/sqlite.js';
import { sampleRecord } from '../pipeline/sinks/test-records.js';
import type { OutRecord, Sink } from '../pipeline/sinks/types.js';

const total = Number(process.argv[2] ?? 5000);
const batchSize = Number(process.argv[3] ?? 100);

/** Writes `total` records (then the same ids again as version 2, the update path) and reports the rate. */
async function measure(name: string, sink: Sink): Promise<void> {
  for (const version of [1, 2]) {
    const records: OutRecord[] = Array.from({ length: total }, (_, i) => sampleRecord(i, version));
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < records.length; i += batchSize) await sink.write(records.slice(i, i + batchSize));
    const secs = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(c0);
    const cpuSecs = (cpu.user + cpu.system) / 1e6;
    const what = version === 1 ? 'insert' : 'update';
    // on a shared machine the wall-clock rate depends on the load; this process's CPU time does less
    process.stdout.write(
      `${name.padEnd(8)} ${what}: ${total} records in ${secs.toFixed(2)} s = ${Math.round(total / secs)} records/s ` +
        `(batch ${batchSize}; ${Math.round(total / cpuSecs)} records per CPU-second of this process)\n`,
    );
  }
  await sink.close();
}

process.stdout.write(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} on ${os.cpus().length} cores\n`,
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'nf-bench-sinks-'));
try {
  await measure('sqlite', new SqliteSink(path.join(dir, 'bench.sqlite')));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const url = process.env['DATABASE_URL'] ?? TEST_PG_URL;
const schema = freshSchema('nf_bench');
let pgSink: PostgresSink | null = null;
try {
  pgSink = await PostgresSink.open({ url, schema });
} catch (err) {
  process.stdout.write(`postgres   skipped: ${(err as Error).message}\n`);
}
if (pgSink) {
  try {
    await measure('postgres', pgSink);
  } finally {
    await dropSchema(url, schema);
  }
}
