// A worker in-process on one machine's state (SQLite) and files (JSON Lines, SQLite sink), fed by an
// in-process enqueuing run; and `queue status --retry-failed`. Redis only (no PostgreSQL).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { describeUnless } from '../../test/skip.js';
import { crawl } from '../fetch/crawl.js';
import { setLogLevel } from '../log.js';
import { configFromArgs, resolveSettings } from '../run/config.js';
import { SqliteSharedState } from '../state/shared.js';
import { enqueueRun } from './enqueue.js';
import { dropQueue, freshQueueName, testRedis } from './redis-test-env.js';
import { queueStatus } from './status.js';
import { startTestHosts } from './test-hosts.js';
import type { TestHosts } from './test-hosts.js';
import { runWorker } from './worker.js';

const url = await testRedis();
const name = freshQueueName('nf-worker');
const dir = mkdtempSync(path.join(os.tmpdir(), 'nf-qworker-'));
let hosts: TestHosts;

describeUnless(
  url ? null : 'no Redis (see the line above)',
  'queue worker on one machine (Redis, SQLite)',
  () => {
    const target = { url: url ?? '', name };
    const out = path.join(dir, 'out');
    const stateFile = path.join(out, '.newsfacts', 'state.sqlite');

    beforeAll(async () => {
      setLogLevel('silent');
      hosts = await startTestHosts({ hosts: 2, pagesPerHost: 6, limit: 2 });
    });
    afterAll(async () => {
      await hosts?.close();
      await dropQueue(target.url, name);
      rmSync(dir, { recursive: true, force: true });
    });

    const enqueue = async () => {
      const settings = resolveSettings(configFromArgs(hosts.sitemaps), dir, {
        out,
        allowPrivate: true,
        delay: 0,
      });
      mkdirSync(path.dirname(stateFile), { recursive: true });
      const state = new SqliteSharedState(stateFile);
      try {
        return await enqueueRun(settings, {
          target,
          state,
          crawl,
          recheckMs: 3600_000,
          handleSignals: false,
        });
      } finally {
        await state.close();
      }
    };
    const work = () =>
      runWorker({
        target,
        output: { pg: null, dir: out, sinks: ['jsonl', 'sqlite'], stateFile },
        concurrency: 3,
        stalledMs: 5000,
        untilEmpty: true,
        handleSignals: false,
      });
    const lines = () =>
      readdirSync(out)
        .filter((f) => f.startsWith('records-worker-'))
        .flatMap((f) => readFileSync(path.join(out, f), 'utf8').split('\n').filter(Boolean))
        .map((l) => JSON.parse(l) as { id: string; url: string; version: number });

    test('records in JSON Lines and SQLite, robots.txt failures listed; unchanged pages are not queued again; a change is version 2', async () => {
      expect(await enqueue()).toMatchObject({ queued: 14, failed: 0 });
      const first = await work();
      expect(first).toMatchObject({ status: 'ok', new: 12, failed: 2, byReason: { robots: 2 } });
      expect(
        lines()
          .map((r) => r.url)
          .sort(),
      ).toEqual([...hosts.pages].sort());
      const db = new Database(path.join(out, 'newsfacts.sqlite'), { readonly: true });
      expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(12);
      db.close();

      expect(await enqueue()).toMatchObject({ queued: 0, unchanged: 14 });
      const changed = hosts.change(4);
      expect(await enqueue()).toMatchObject({ queued: 1, reasons: { changed: 1 } });
      expect(await work()).toMatchObject({ new: 0, updated: 1, failed: 0 });
      expect(
        lines()
          .filter((r) => r.version === 2)
          .map((r) => r.url),
      ).toEqual([changed]);

      const status = await queueStatus(target);
      expect(status.counts).toMatchObject({ waiting: 0, active: 0, failed: 2 });
      expect(status.failedJobs.map((f) => f.reason)).toEqual([
        expect.stringMatching(/^robots: disallowed by /),
        expect.stringMatching(/^robots: disallowed by /),
      ]);
      expect(status.sources[0]).toMatchObject({ enqueued: 15, new: 12, updated: 1, failed: 2, pending: 0 });

      const retried = await queueStatus(target, { retryFailed: true });
      expect(retried).toMatchObject({ retried: 2, counts: { waiting: 2, failed: 0 } });
      expect(retried.sources[0]).toMatchObject({ failed: 0, pending: 2 });
      expect(await work()).toMatchObject({ failed: 2 }); // robots.txt still says no
    }, 120_000);
  },
);
