// The run summary file: written whole or not at all, and no temporary file left behind.
import { afterEach, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AtomicWriteError, writeRunSummary, type AtomicWriteFs, type RunSummary } from './summary.js';

const summary: RunSummary = {
  runId: '20261118T093000-000Z',
  startedAt: '2026-11-18T09:30:00.000Z',
  finishedAt: '2026-11-18T09:31:00.000Z',
  durationMs: 60_000,
  status: 'ok',
  exitCode: 0,
  sources: 1,
  requested: 6,
  fetched: 6,
  notModified: 0,
  unchanged: 0,
  extracted: 6,
  new: 6,
  updated: 0,
  failed: 0,
  byReason: {},
  cancelled: 0,
  files: [],
  sinks: ['jsonl'],
  recovered: { runs: 0, committed: 0, dropped: 0 },
  failures: [],
};

const realFs: AtomicWriteFs = {
  openSync: (f, flags) => fs.openSync(f, flags),
  writeSync: (fd, buf, off, len) => fs.writeSync(fd, buf, off, len),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (f) => fs.unlinkSync(f),
};

const enospc = (): Error =>
  Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('writeRunSummary', () => {
  test('writes run-summary.json and nothing else', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-summary-'));
    const file = writeRunSummary(dir, summary);
    expect(readdirSync(dir)).toEqual(['run-summary.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(summary);
  });

  test.each([
    [
      'the write (a full disk)',
      {
        writeSync: () => {
          throw enospc();
        },
      },
    ],
    ['a short write that makes no progress', { writeSync: () => 0 }],
    [
      'the fsync (a full disk seen late)',
      {
        fsyncSync: () => {
          throw enospc();
        },
      },
    ],
  ] as [string, Partial<AtomicWriteFs>][])(
    'a failure in %s removes the temporary file and keeps the old summary',
    (_what, failing) => {
      dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-summary-'));
      const file = path.join(dir, 'run-summary.json');
      writeFileSync(file, '{"runId":"previous"}\n');
      let err: unknown;
      try {
        writeRunSummary(dir, summary, { ...realFs, ...failing });
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(AtomicWriteError);
      expect((err as AtomicWriteError).file).toBe(file);
      expect((err as AtomicWriteError).message).toBe(`cannot write ${file}`);
      expect((err as AtomicWriteError).cause).toBeInstanceOf(Error);
      // no `.run-summary.json.<pid>.tmp`, empty or not, and the previous summary untouched
      expect(readdirSync(dir)).toEqual(['run-summary.json']);
      expect(readFileSync(file, 'utf8')).toBe('{"runId":"previous"}\n');
    },
  );

  test('a rename that fails (the name is taken by a folder) leaves no temporary file', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-summary-'));
    mkdirSync(path.join(dir, 'run-summary.json', 'inside'), { recursive: true });
    expect(() => writeRunSummary(dir, summary)).toThrow(AtomicWriteError);
    expect(readdirSync(dir)).toEqual(['run-summary.json']);
  });
});
