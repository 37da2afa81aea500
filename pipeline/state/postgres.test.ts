// The shared state in PostgreSQL and the SQLite one behind the same interface: pages noted and
// committed, versions that never go back, the enqueuing lock held by one session at a time.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { describeUnless } from '../../test/skip.js';
import { dropSchema, freshSchema, testPostgres } from '../sinks/pg-test-env.js';
import { PostgresState } from './postgres.js';
import { SqliteSharedState, validatorsOf } from './shared.js';
import type { CommitRow, SharedState } from './shared.js';

const pgUrl = await testPostgres();
const schema = freshSchema('nf_state');
const dir = mkdtempSync(path.join(os.tmpdir(), 'nf-shared-state-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (pgUrl) await dropSchema(pgUrl, schema);
});

const row = (n: number, version: number, hash = `c${n}-${version}`): CommitRow => ({
  runId: 'r1',
  pageUrl: `https://a.example/${n}`,
  recordId: `nf-${n}`,
  recordUrl: `https://a.example/${n}`,
  version,
  contentHash: hash,
  bodyHash: `b${n}-${version}`,
  etag: `"e${n}-${version}"`,
  lastModified: null,
});

/** The same checks for both stores. */
function behaves(open: () => Promise<SharedState>): void {
  test('commit, note, read back; an older version never overwrites a newer one', async () => {
    const s = await open();
    try {
      expect(await s.page('https://a.example/1')).toBeUndefined();
      await s.commit([row(1, 1), row(2, 1)]);
      await s.commit([row(1, 2)]);
      await s.commit([row(1, 1)]); // a late repeat of version 1 (a job redone after a kill)
      expect(await s.record('nf-1')).toEqual({ id: 'nf-1', version: 2, contentHash: 'c1-2' });
      const p1 = await s.page('https://a.example/1');
      expect(p1).toMatchObject({ recordId: 'nf-1', lastStatus: 'updated' });
      expect(validatorsOf(p1)).toEqual({ etag: expect.stringMatching(/^"e1-/) as unknown as string });
      expect(Date.now() - Date.parse(p1?.lastChecked ?? '')).toBeLessThan(60_000);

      await s.notePage('https://a.example/2', 'not-modified');
      expect(await s.page('https://a.example/2')).toMatchObject({
        lastStatus: 'not-modified',
        etag: '"e2-1"',
      });
      await s.notePage('https://a.example/3', 'failed', { error: 'http-4xx: HTTP 404' });
      expect(await s.page('https://a.example/3')).toMatchObject({
        lastStatus: 'failed',
        lastError: 'http-4xx: HTTP 404',
        recordId: null,
      });
      const many = await s.pages(['https://a.example/1', 'https://a.example/3', 'https://a.example/9']);
      expect([...many.keys()].sort()).toEqual(['https://a.example/1', 'https://a.example/3']);
    } finally {
      await s.close();
    }
  });

  test('one enqueuing lock at a time; released, it can be taken again', async () => {
    const a = await open();
    const b = await open();
    try {
      const held = await a.tryLock();
      expect(held).not.toBeNull();
      expect(await b.tryLock()).toBeNull();
      await held?.release();
      const again = await b.tryLock();
      expect(again).not.toBeNull();
      await again?.release();
    } finally {
      await a.close();
      await b.close();
    }
  });
}

describe('SQLite shared state', () => {
  behaves(() => Promise.resolve(new SqliteSharedState(path.join(dir, 'state.sqlite'))));
});

describeUnless(pgUrl ? null : 'no PostgreSQL (see the line above)', 'PostgreSQL shared state', () => {
  behaves(() => PostgresState.open({ url: pgUrl ?? '', schema }));

  test('workers opening a fresh schema at the same moment all succeed', async () => {
    const fresh = freshSchema('nf_state_race');
    try {
      const all = await Promise.all(
        Array.from({ length: 4 }, () => PostgresState.open({ url: pgUrl ?? '', schema: fresh })),
      );
      await Promise.all(all.map((s) => s.close()));
    } finally {
      await dropSchema(pgUrl ?? '', fresh);
    }
  });
});
