import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from '@jest/globals';

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-review-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `newsfacts review` from source; resolves with the exit code and stderr. */
async function review(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', 'bin/cli.ts', 'review', ...args]);
    return { code: 0, stderr };
  } catch (err) {
    const e = err as { code?: number; stderr?: string };
    return { code: e.code ?? -1, stderr: e.stderr ?? '' };
  }
}

describe('newsfacts review', () => {
  test('writes the site for the fixture records and says where to open it', async () => {
    const out = path.join(dir, 'site');
    const { code, stderr } = await review('fixtures/review/records.jsonl', '--out', out);
    expect(code).toBe(0);
    expect(stderr).toContain('review: 3 records from 1 file,');
    expect(stderr).toContain(`file://${out}/index.html`);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(
      'В Павлодаре отремонтируют 37 дворов',
    );
    expect(existsSync(path.join(out, 'assets', 'review.js'))).toBe(true);
  }, 60_000);

  test('skips a line that is not a record and exits with 3', async () => {
    const input = path.join(dir, 'mixed.jsonl');
    writeFileSync(input, `${JSON.stringify({ id: 'nf-1', text: 'Аким открыл школу.' })}\nне JSON\n`);
    const { code, stderr } = await review(input, '--out', path.join(dir, 'mixed'));
    expect(code).toBe(3);
    expect(stderr).toContain('mixed.jsonl:2: not JSON');
  }, 60_000);

  test('takes several run files and a folder, showing the latest version of each record', async () => {
    // the README's `review output/demo/records-*.jsonl` once a second run has written a file
    const runs = path.join(dir, 'demo');
    mkdirSync(runs);
    const rec = (id: string, version: number, title: string): string =>
      JSON.stringify({ id, version, title, text: `${title}.` });
    writeFileSync(
      path.join(runs, 'records-1.jsonl'),
      `${rec('nf-a', 1, 'Старый заголовок')}\n${rec('nf-b', 1, 'Б')}\n`,
    );
    writeFileSync(path.join(runs, 'records-2.jsonl'), `${rec('nf-a', 2, 'Новый заголовок')}\n`);
    const files = [path.join(runs, 'records-1.jsonl'), path.join(runs, 'records-2.jsonl')];
    for (const args of [files, [runs]]) {
      const out = path.join(dir, `multi-${args.length}`);
      const { code, stderr } = await review(...args, '--out', out);
      expect(code).toBe(0);
      expect(stderr).toContain('review: 2 records from 2 files,');
      const index = readFileSync(path.join(out, 'index.html'), 'utf8');
      expect(index).toContain('Новый заголовок');
      expect(index).not.toContain('Старый заголовок');
    }
    const all = await review(runs, '--all-versions', '--out', path.join(dir, 'multi-all'));
    expect(all.stderr).toContain('review: 3 records from 2 files,');
  }, 60_000);

  test('a missing input file is a usage error', async () => {
    const { code, stderr } = await review(path.join(dir, 'absent.jsonl'), '--out', path.join(dir, 'x'));
    expect(code).toBe(2);
    expect(stderr).toContain('cannot read');
  }, 60_000);
});
