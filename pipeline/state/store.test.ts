// The state store and recovery: a record counts as committed only once its JSON Lines copy is durable.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { recoverState } from '../run/recover.js';
import { AppendFileWriter } from '../sinks/jsonl.js';
import { sampleRecord } from '../sinks/test-records.js';
import { StateStore } from './store.js';
import type { PendingRow } from './store.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'nf-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pending = (n: number, target: string, tmp: string | null = null, version = 1): PendingRow => ({
  runId: 'r1',
  target,
  tmp,
  pageUrl: `https://example.test/${n}`,
  recordId: `nf-test-${n}`,
  recordUrl: `https://example.test/${n}`,
  version,
  contentHash: `hash-${n}-${version}`,
  bodyHash: `body-${n}`,
  etag: `"e${n}"`,
  lastModified: null,
  fetchedAt: '2026-11-25T10:00:00Z',
});

describe('state store', () => {
  test('settling commits records and page validators; unsettled rows give no validators', () => {
    const state = new StateStore(path.join(dir, 'a.sqlite'));
    state.addPending([pending(1, 'none'), pending(2, 'none')]);
    expect(state.validators('https://example.test/1')).toBeNull();
    expect(state.record('nf-test-1')).toBeUndefined();
    expect(state.settle('none')).toBe(2);
    expect(state.validators('https://example.test/1')).toEqual({ etag: '"e1"' });
    expect(state.record('nf-test-2')).toEqual({ id: 'nf-test-2', version: 1, contentHash: 'hash-2-1' });
    state.notePage('https://example.test/1', 'failed', { error: 'network: reset' });
    expect(state.validators('https://example.test/1')).toEqual({ etag: '"e1"' }); // kept through a failure
    expect(state.page('https://example.test/1')?.lastError).toBe('network: reset');
    expect(state.counts()).toEqual({ pages: 2, records: 2, pending: 0 });
    state.close();
  });

  test('recovery: a renamed file commits its records, a temporary one is dropped and removed', () => {
    const state = new StateStore(path.join(dir, 'b.sqlite'));
    state.beginRun('r1', '2026-11-25T10:00:00Z');
    const done = path.join(dir, 'records-done.jsonl');
    const lost = path.join(dir, 'records-lost.jsonl');
    const lostTmp = path.join(dir, '.records-lost.jsonl.tmp');
    writeFileSync(done, sampleRecord(1).line + '\n');
    writeFileSync(lostTmp, sampleRecord(2).line.slice(0, 30));
    state.addPending([
      pending(1, 'segment:' + done),
      pending(2, 'segment:' + lost, lostTmp),
      pending(3, 'none'),
    ]);
    expect(recoverState(state)).toEqual({ runs: 1, committed: 1, dropped: 2 });
    expect(state.record('nf-test-1')?.version).toBe(1);
    expect(state.record('nf-test-2')).toBeUndefined();
    expect(state.record('nf-test-3')).toBeUndefined();
    expect(state.counts().pending).toBe(0);
    expect(existsSync(lostTmp)).toBe(false);
    expect(state.lastRunning()).toBeUndefined();
    state.close();
  });

  test('recovery of an append-only file commits exactly the lines that reached it', () => {
    const state = new StateStore(path.join(dir, 'c.sqlite'));
    const file = path.join(dir, 'append.jsonl');
    const target = 'append:' + file;
    const w = new AppendFileWriter(file);
    state.addPending([pending(1, target), pending(2, target, null, 1)]);
    w.write([sampleRecord(1)]); // killed before record 2 was written
    w.close();
    expect(recoverState(state)).toEqual({ runs: 0, committed: 1, dropped: 1 });
    expect(state.record('nf-test-1')).toBeDefined();
    expect(state.record('nf-test-2')).toBeUndefined();
    expect(Number(state.getMeta(target))).toBe(Buffer.byteLength(sampleRecord(1).line) + 1);
    state.close();
  });
});
