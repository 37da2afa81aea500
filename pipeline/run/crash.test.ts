// Acceptance: a run over 200 pages served on loopback, killed with SIGKILL five times at different
// points, stopped once with SIGTERM, then run to completion: every page ends in exactly one record in JSON Lines, SQLite and
// PostgreSQL, no duplicate, no truncated line; a page changed at the source appears once, updated;
// one more run over the unchanged site fetches and emits nothing new.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import pg from 'pg';
import { recordProblems } from '../../document/record/validate.js';
import { dropSchema, freshSchema, testPostgres } from '../sinks/pg-test-env.js';
import { cliArgs, ROOT } from './test-cli.js';
import { startTestSite } from './test-site.js';
import type { TestSite } from './test-site.js';

const PAGES = 200;
const pgUrl = await testPostgres();

interface Outcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

const CLI = cliArgs();
process.stderr.write(`crash test: the CLI runs as node ${CLI.join(' ')}\n`);

/** Starts `newsfacts run` as a child process. */
function startRun(args: string[]): { child: ChildProcess; done: Promise<Outcome> } {
  const child = spawn(process.execPath, [...CLI, 'run', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEWSFACTS_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<Outcome>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr })),
  );
  return { child, done };
}

interface Line {
  id: string;
  version: number;
  url: string;
  text: string;
}

/** Every line of every completed JSON Lines file, checked to be whole and schema-valid. */
function readRecords(dir: string): { lines: Line[]; files: string[] } {
  const files = readdirSync(dir).filter((f) => /^records-.*\.jsonl$/.test(f));
  const lines: Line[] = [];
  for (const f of files) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    for (const l of text.split('\n').slice(0, -1)) {
      const record = JSON.parse(l) as Line;
      expect(recordProblems(record)).toEqual([]);
      lines.push(record);
    }
  }
  return { lines, files };
}

describe(`run: killed at random points, then completed${pgUrl ? '' : ' (PostgreSQL part SKIPPED: no server, see above)'}`, () => {
  let site: TestSite;
  let out: string;
  const schema = freshSchema('nf_crash');

  beforeAll(async () => {
    site = await startTestSite(PAGES, 1);
    out = mkdtempSync(path.join(os.tmpdir(), 'nf-crash-'));
  });
  afterAll(async () => {
    await site.close();
    rmSync(out, { recursive: true, force: true });
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  test('exactly one record per page in every sink', async () => {
    const args = [
      site.feedUrl,
      '--out',
      out,
      '--allow-private',
      '--no-robots',
      '--delay',
      '0',
      '--per-host',
      '4',
      '--concurrency',
      '4',
      '--retries',
      '1',
      '--batch',
      '7',
      '--checkpoint',
      '30',
      '--no-progress',
      ...(pgUrl ? ['--pg', pgUrl, '--pg-schema', schema] : []),
    ];
    // three kills at a random page request, two at a random time (one may land in start-up or recovery)
    const plan: { afterPages?: number; afterMs?: number }[] = [
      { afterPages: 20 + Math.floor(Math.random() * 40) },
      { afterMs: 300 + Math.floor(Math.random() * 2500) },
      { afterPages: 5 + Math.floor(Math.random() * 60) },
      { afterMs: 300 + Math.floor(Math.random() * 2500) },
      { afterPages: 1 + Math.floor(Math.random() * 30) },
    ];
    for (const [i, p] of plan.entries()) {
      if (i === 2) site.change(7); // changed at the source between two killed runs
      const run = startRun(args);
      let killedAt = -1;
      const kill = (): void => {
        if (run.child.exitCode === null && !run.child.killed) run.child.kill('SIGKILL');
      };
      if (p.afterPages !== undefined) {
        const start = site.counts.ok + site.counts.notModified;
        site.onPageRequest = (served) => {
          if (served - start >= (p.afterPages ?? 0) && killedAt < 0) {
            killedAt = served - start;
            kill();
          }
        };
      }
      const timer = p.afterMs !== undefined ? setTimeout(kill, p.afterMs) : null;
      const res = await run.done;
      if (timer) clearTimeout(timer);
      site.onPageRequest = null;
      // a run that finished before its kill point is fine: the next kill lands somewhere else
      if (res.signal !== 'SIGKILL' && res.code !== 0) process.stderr.write(res.stderr);
      expect(res.signal === 'SIGKILL' || res.code === 0).toBe(true);
      process.stderr.write(
        `crash test: run ${i + 1} ${res.signal ?? 'exit ' + String(res.code)} (${p.afterPages !== undefined ? `after ${killedAt} pages` : `after ${p.afterMs} ms`})\n`,
      );
    }

    // a graceful stop (SIGTERM, as systemd sends) after a few pages: the batch in flight is delivered
    {
      const run = startRun(args);
      const start = site.counts.ok + site.counts.notModified;
      // once only: two requests in flight can both see the tenth page, and a second SIGTERM means "now"
      let stopped = false;
      site.onPageRequest = (served) => {
        if (served - start >= 10 && !stopped) {
          stopped = true;
          run.child.kill('SIGTERM');
        }
      };
      const res = await run.done;
      site.onPageRequest = null;
      if (res.code !== 3 && res.code !== 0) process.stderr.write(res.stderr);
      expect(res.signal).toBeNull();
      if (res.code === 3) expect(res.stderr).toMatch(/interrupted; the next run goes on from here/);
      else expect(res.code).toBe(0);
    }

    site.change(42); // changed after the last killed run
    const final = await startRun(args).done;
    expect(final.stderr).toMatch(/newsfacts run: /);
    if (final.code !== 0) process.stderr.write(final.stderr);
    expect(final.code).toBe(0);

    // JSON Lines: no temporary file left, every line whole, each (id, version) once, every page present
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const { lines } = readRecords(out);
    const keys = lines.map((l) => `${l.id}@${l.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    const latest = new Map<string, Line>();
    for (const l of lines) if ((latest.get(l.url)?.version ?? 0) < l.version) latest.set(l.url, l);
    expect(latest.size).toBe(PAGES);
    for (const [url, l] of latest) {
      const versions = lines
        .filter((x) => x.url === url)
        .map((x) => x.version)
        .sort((a, b) => a - b);
      expect(versions).toEqual(versions.map((_, i) => i + 1));
      const n = Number(/\/news\/(\d+)\.html$/.exec(url)?.[1]);
      if (n === 7 || n === 42) expect(l.text).toMatch(/Обновлено \(версия 2\)/);
      else {
        expect(versions).toEqual([1]);
        expect(l.text).not.toMatch(/Обновлено/);
      }
    }

    // SQLite: one row per page, the latest version
    const db = new Database(path.join(out, 'newsfacts.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT id, version, url, text FROM articles').all() as Line[];
    db.close();
    expect(rows.length).toBe(PAGES);
    for (const r of rows) {
      expect(r.version).toBe(latest.get(r.url)?.version);
      expect(r.text).toBe(latest.get(r.url)?.text);
    }

    // PostgreSQL: the same
    if (pgUrl) {
      const client = new pg.Client({ connectionString: pgUrl });
      await client.connect();
      try {
        await client.query(`SET search_path TO "${schema}"`);
        const res = await client.query<Line>('SELECT id, version, url, text FROM articles');
        expect(res.rows.length).toBe(PAGES);
        for (const r of res.rows) {
          expect(r.version).toBe(latest.get(r.url)?.version);
          expect(r.text).toBe(latest.get(r.url)?.text);
        }
        const dup = await client.query(
          'SELECT article_id, seq, count(*) FROM quotes GROUP BY 1, 2 HAVING count(*) > 1',
        );
        expect(dup.rows).toEqual([]);
      } finally {
        await client.end();
      }
    }

    // one more run over the unchanged site: conditional requests only, nothing emitted
    const before = { ...site.counts };
    const filesBefore = readRecords(out).files.length;
    const again = await startRun(args).done;
    if (again.code !== 0) process.stderr.write(again.stderr);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 extracted .* nothing new/);
    expect(site.counts.ok - before.ok).toBe(0);
    expect(site.counts.notModified - before.notModified).toBe(PAGES);
    expect(readRecords(out).files.length).toBe(filesBefore);
    const summary = JSON.parse(readFileSync(path.join(out, 'run-summary.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(summary).toMatchObject({ extracted: 0, notModified: PAGES, status: 'ok' });
    expect(existsSync(path.join(out, '.newsfacts', 'state.sqlite'))).toBe(true);
  }, 420_000); // about 30 s on an idle machine (8 CLI starts); generous for a loaded one
});
