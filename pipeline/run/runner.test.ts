// Runs in-process over a copy of the fixture site: incremental runs, versions, broken pages,
// append mode, a graceful stop, the lock, and the CLI's exit code when locked.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { crawl } from '../fetch/index.js';
import type { CrawlOptions, FetchedPage, FetchFailure } from '../fetch/types.js';
import { setLogLevel } from '../log.js';
import { configFromArgs, resolveSettings } from './config.js';
import type { RunFlags } from './config.js';
import { crawlLocal } from './local-crawl.js';
import { acquireLock, LockedError } from './lock.js';
import { cliArgs } from './test-cli.js';
import { runPipeline } from './runner.js';
import { summaryLine } from './summary.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'nf-runner-'));
beforeAll(() => setLogLevel('silent'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh copy of fixtures/site and an output folder. */
function workspace(name: string): { site: string; out: string } {
  const site = path.join(tmp, name, 'site');
  cpSync(path.join(ROOT, 'fixtures', 'site'), site, { recursive: true });
  return { site, out: path.join(tmp, name, 'out') };
}

const settings = (inputs: string[], flags: RunFlags) =>
  resolveSettings(configFromArgs(inputs), process.cwd(), flags);
const run = (inputs: string[], flags: RunFlags, signal?: AbortSignal, workers = 1) =>
  runPipeline(settings(inputs, flags), {
    crawl: crawlLocal,
    progress: false,
    handleSignals: false,
    workers,
    ...(signal && { signal }),
  });

const records = (out: string): { id: string; version: number; text: string }[] =>
  readdirSync(out)
    .filter((f) => /^records-.*\.jsonl$/.test(f))
    .flatMap((f) => readFileSync(path.join(out, f), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l) as { id: string; version: number; text: string });

describe('run', () => {
  test('first run extracts every page; a second one emits nothing new; a changed page becomes version 2', async () => {
    const { site, out } = workspace('incremental');
    const first = await run([site], { out });
    expect(first).toMatchObject({ status: 'ok', exitCode: 0, extracted: 6, new: 6, failed: 0 });
    expect(first.files).toHaveLength(1);
    expect(records(out)).toHaveLength(6);

    const second = await run([site], { out });
    expect(second).toMatchObject({ status: 'ok', extracted: 0, notModified: 6, files: [] });
    expect(summaryLine(second)).toMatch(/0 extracted .* nothing new$/);
    expect(readdirSync(out).filter((f) => f.endsWith('.jsonl'))).toHaveLength(1);

    // same bytes, new mtime: read again, recognised by hash
    const file = path.join(site, '2026-11-19-bazovaya-stavka.html');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(await run([site], { out })).toMatchObject({ fetched: 1, unchanged: 1, extracted: 0 });

    const html = readFileSync(file, 'utf8').replace('16,5% годовых', '16,5% годовых (решение единогласное)');
    writeFileSync(file, html);
    utimesSync(file, new Date(), new Date(Date.now() + 10000));
    const third = await run([site], { out });
    expect(third).toMatchObject({ extracted: 1, updated: 1, new: 0 });
    const all = records(out);
    expect(all).toHaveLength(7);
    const changed = all.filter((r) => r.text.includes('единогласное'));
    expect(changed.map((r) => r.version)).toEqual([2]);

    const db = new Database(path.join(out, 'newsfacts.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT id, version FROM articles WHERE version = 2').all();
    expect(rows).toEqual([{ id: changed[0]?.id, version: 2 }]);
    expect((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n).toBe(6);
    db.close();
  });

  test('--workers 2: the same records as one thread, and a second run finds nothing new', async () => {
    const one = workspace('threads-1');
    const two = workspace('threads-2');
    writeFileSync(path.join(two.site, 'empty.html'), '<html><body><nav>Меню</nav></body></html>');
    expect(await run([one.site], { out: one.out })).toMatchObject({ extracted: 6, failed: 0 });
    const s = await run([two.site], { out: two.out }, undefined, 2);
    expect(s).toMatchObject({ extracted: 6, failed: 1, byReason: { 'no-text': 1 } });
    const byId = (out: string) =>
      Object.fromEntries(
        records(out).map((r) => {
          const { fetched: _fetched, ...rest } = r as typeof r & { fetched?: string };
          return [r.id, rest];
        }),
      );
    expect(byId(two.out)).toEqual(byId(one.out));
    expect(await run([two.site], { out: two.out }, undefined, 2)).toMatchObject({
      extracted: 0,
      notModified: 6,
    });
  }, 60_000);

  test('a page without text is recorded with its reason and the batch goes on (exit code 3)', async () => {
    const { site, out } = workspace('broken');
    writeFileSync(path.join(site, 'empty.html'), '<html><body><nav>Меню</nav></body></html>');
    const s = await run([site, path.join(site, 'missing.html')], { out });
    expect(s).toMatchObject({ status: 'partial', exitCode: 3, extracted: 6, failed: 2 });
    expect(s.byReason).toEqual({ 'no-text': 1, 'not-found': 1 });
    expect(s.failures.map((f) => f.reason).sort()).toEqual(['no-text', 'not-found']);
    expect(summaryLine(s)).toMatch(/2 failed \(.*no-text 1.*\)/);
    const saved = JSON.parse(readFileSync(path.join(out, 'run-summary.json'), 'utf8')) as { failed: number };
    expect(saved.failed).toBe(2);
  });

  test('a sink that cannot be reached is fatal (exit code 1) and nothing is committed', async () => {
    const { site, out } = workspace('fatal');
    const s = await run([site], { out, pg: 'postgres://nobody@127.0.0.1:1/none' });
    expect(s).toMatchObject({ status: 'fatal', exitCode: 1, extracted: 0 });
    expect(s.error).toMatch(/cannot connect to PostgreSQL/);
    expect(summaryLine(s)).toMatch(/stopped: .*cannot connect to PostgreSQL/);
    expect(await run([site], { out })).toMatchObject({ status: 'ok', extracted: 6 });
  });

  test.each([3, 5, 100])(
    '--checkpoint 4: every per-run file holds at most 4 records, whatever the batch (--batch %i)',
    async (batch) => {
      const { site, out } = workspace(`checkpoint-${batch}`);
      const s = await run([site], { out, checkpoint: 4, batch, sink: 'jsonl' });
      expect(s).toMatchObject({ status: 'ok', extracted: 6 });
      // a file is completed as soon as it holds 4; the last one takes what is left
      const lines = s.files.map((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).length);
      expect(lines).toEqual([4, 2]);
      expect(records(out)).toHaveLength(6);
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  test('append mode: one file grows by whole lines across runs', async () => {
    const { site, out } = workspace('append');
    const append = path.join(out, 'all.jsonl');
    await run([site], { out, append, sink: 'jsonl' });
    await run([site], { out, append, sink: 'jsonl' });
    const lines = readFileSync(append, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(6);
    expect(readdirSync(out).filter((f) => f.startsWith('records-'))).toEqual([]);
  });

  test('a stop finishes the article in flight, completes the file and leaves the rest for the next run', async () => {
    const { site, out } = workspace('stop');
    const controller = new AbortController();
    let pages = 0;
    const stopping = async (
      inputs: string[],
      options: CrawlOptions,
      onPage: (p: FetchedPage) => Promise<void>,
      onFailure: (f: FetchFailure) => void | Promise<void>,
    ) =>
      crawlLocal(
        inputs,
        options,
        async (p) => {
          await onPage(p);
          if (++pages === 2) controller.abort(); // a SIGTERM after the second page
        },
        onFailure,
      );
    const s = await runPipeline(settings([site], { out }), {
      crawl: stopping,
      progress: false,
      handleSignals: false,
      signal: controller.signal,
    });
    expect(s).toMatchObject({ status: 'interrupted', exitCode: 3, extracted: 2 });
    expect(records(out)).toHaveLength(2);
    const next = await run([site], { out });
    expect(next).toMatchObject({ status: 'ok', extracted: 4, notModified: 2 });
    expect(new Set(records(out).map((r) => r.id)).size).toBe(6);
  });

  test('the fixture feed served over HTTP gives the same records (same ids) as the saved pages', async () => {
    const { site, out } = workspace('feed');
    const server = createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/feed.xml') {
        const feed = readFileSync(path.join(site, 'feed.xml'), 'utf8').replaceAll(
          'https://stepnoy-vestnik.example/news/',
          `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/`,
        );
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      } else if (/^\/news\/[\w-]+$/.test(url)) {
        const etag = `"${url.length}"`;
        if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
        else
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag })
            .end(readFileSync(path.join(site, url.slice('/news/'.length) + '.html')));
      } else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
      const flags = { out, allowPrivate: true, robots: false, delay: 0 };
      const viaFeed = await runPipeline(settings([feedUrl], flags), {
        crawl,
        progress: false,
        handleSignals: false,
      });
      expect(viaFeed).toMatchObject({ status: 'ok', extracted: 6, new: 6 });
      const ids = records(out)
        .map((r) => r.id)
        .sort();
      // the saved pages name the same canonical URLs: nothing new
      const viaFolder = await run([site], { out });
      expect(viaFolder).toMatchObject({ extracted: 0, unchanged: 6 });
      expect(
        records(out)
          .map((r) => r.id)
          .sort(),
      ).toEqual(ids);
      // and the feed again: conditional requests, 304s
      const again = await runPipeline(settings([feedUrl], flags), {
        crawl,
        progress: false,
        handleSignals: false,
      });
      expect(again).toMatchObject({ extracted: 0, notModified: 6 });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('a second run over the same state is refused while the first holds the lock', async () => {
    const { site, out } = workspace('lock');
    const s = settings([site], { out });
    await run([site], { out });
    const lock = acquireLock(s.output.stateFile + '.lock');
    try {
      await expect(run([site], { out })).rejects.toThrow(LockedError);
      const cli = spawnSync(process.execPath, [...cliArgs(), 'run', site, '--out', out], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(cli.status).toBe(75);
      expect(cli.stderr).toMatch(/another run.* is using the state .*try again later/);
    } finally {
      lock.release();
    }
    expect(await run([site], { out })).toMatchObject({ status: 'ok' });
  });
});
