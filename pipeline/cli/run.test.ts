// `newsfacts run ... --sink stdout | head -c 100`: the reader goes away after the first record.
// No stack trace; the run stops as interrupted (exit 3), and only what was written is committed,
// so the next run delivers the rest.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliArgs, ROOT } from '../run/test-cli.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'nf-run-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI; `take` lines of stdout are read, then the pipe is closed (all when undefined). */
function run(
  args: string[],
  take?: number,
): Promise<{ code: number | null; lines: string[]; stderr: string }> {
  const child = spawn(process.execPath, [...cliArgs(), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    if (take !== undefined && stdout.split('\n').length > take) child.stdout.destroy();
  });
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const lines = stdout.split('\n').filter(Boolean);
      resolve({ code, lines: take === undefined ? lines : lines.slice(0, take), stderr });
    }),
  );
}

describe('run --sink stdout into a reader that goes away', () => {
  test('no stack trace, exit 3 (interrupted), and the records not written come with the next run', async () => {
    const site = path.join(tmp, 'site');
    cpSync(path.join(ROOT, 'fixtures', 'site'), site, { recursive: true });
    const args = [
      'run',
      site,
      '--out',
      path.join(tmp, 'out'),
      '--sink',
      'stdout',
      '--batch',
      '1',
      '--no-progress',
    ];
    const first = await run(args, 1);
    expect(first.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(first.stderr).toMatch(/interrupted/);
    expect(first.code).toBe(3);
    const taken = first.lines.map((l) => (JSON.parse(l) as { id: string }).id);
    expect(taken).toHaveLength(1);

    const second = await run(args);
    expect(second.code).toBe(0);
    const rest = second.lines.map((l) => (JSON.parse(l) as { id: string }).id);
    // every page of the site is delivered exactly once over the two runs
    expect(new Set([...taken, ...rest]).size).toBe(6);
    expect(rest).not.toContain(taken[0]);
  }, 60_000);
});

describe('run --max-text-bytes', () => {
  test('a page whose text is over the limit fails with reason too-long; none is cut short', async () => {
    const site = path.join(tmp, 'site-limit');
    cpSync(path.join(ROOT, 'fixtures', 'site'), site, { recursive: true });
    const out = path.join(tmp, 'out-limit');
    const r = await run([
      'run',
      site,
      '--out',
      out,
      '--sink',
      'stdout',
      '--no-progress',
      '--max-text-bytes',
      '200',
    ]);
    expect(r.lines).toEqual([]);
    expect(r.code).toBe(3);
    const failures = r.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { reason?: string; detail?: string });
    expect(failures.filter((f) => f.reason === 'too-long')).toHaveLength(6);
    expect(failures[0]?.detail).toMatch(/over the limit of 200/);
  }, 60_000);
});
