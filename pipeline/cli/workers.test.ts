import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cliArgs, ROOT } from '../run/test-cli.js';
import { defaultWorkers, inOrder, workersArgument } from './workers.js';
import { testUnless } from '../../test/skip.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function collect<R>(it: AsyncIterable<R>): Promise<R[]> {
  const out: R[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('inOrder', () => {
  test('results come in input order whatever order the runs finish in', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const delays = items.map((i) => (i * 7919) % 13);
    const out = await collect(inOrder(items, async (i) => (await sleep(delays[i]!), i * 10), 6));
    expect(out).toEqual(items.map((i) => i * 10));
  });

  test('never more runs in flight than the window', async () => {
    let inFlight = 0;
    let most = 0;
    const run = async (i: number): Promise<number> => {
      most = Math.max(most, ++inFlight);
      await sleep(i % 3);
      inFlight--;
      return i;
    };
    await collect(inOrder([...Array(30).keys()], run, 4));
    expect(most).toBeLessThanOrEqual(4);
  });

  test('a failed run throws at its place, after the results before it', async () => {
    const seen: number[] = [];
    const run = async (i: number): Promise<number> => {
      await sleep(i === 3 ? 0 : 5);
      if (i === 3) throw new Error('boom');
      return i;
    };
    await expect(
      (async () => {
        for await (const x of inOrder([0, 1, 2, 3, 4, 5], run, 3)) seen.push(x);
      })(),
    ).rejects.toThrow('boom');
    expect(seen).toEqual([0, 1, 2]);
  });

  test('window 1 runs one at a time, in order', async () => {
    const log: string[] = [];
    const run = async (i: number): Promise<number> => {
      log.push(`start ${i}`);
      await sleep(1);
      log.push(`end ${i}`);
      return i;
    };
    await collect(inOrder([0, 1, 2], run, 1));
    expect(log).toEqual(['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2']);
  });
});

describe('--workers', () => {
  test('takes whole numbers from 1 to 256', () => {
    expect(workersArgument('2')).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two', '257']) expect(() => workersArgument(bad)).toThrow();
    expect(defaultWorkers()).toBeGreaterThanOrEqual(1);
  });

  const args = cliArgs();
  // the worker threads load the compiled worker module, so this needs a fresh build (npm run build)
  const built = args.length === 1;
  testUnless(
    built ? null : 'dist/ is older than the sources (npm run build)',
    'extract --jsonl writes the same bytes with 1 and 3 worker threads, in input order',
    () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'nf-workers-'));
      const texts = [
        'Президент Казахстана Касым-Жомарт Токаев заявил, что рост экономики составит 5%.',
        '  Вчера в Алматы прошёл форум.\u00a0«Это важно», – сказал аким.',
        'Глава МИД Сергей Лавров провёл переговоры 26 ноября 2025 года.',
      ];
      const lines = Array.from({ length: 24 }, (_, i) =>
        i === 5
          ? '{"id":"bad"'
          : JSON.stringify({ id: `a${i}`, text: `${texts[i % 3]} ${'Ещё текст. '.repeat(i % 7)}` }),
      );
      const file = path.join(dir, 'in.jsonl');
      writeFileSync(file, lines.join('\n') + '\n');
      const run = (n: number): { stdout: string; status: number | null } =>
        spawnSync(process.execPath, [...args, 'extract', '--workers', String(n), '--jsonl', file], {
          cwd: ROOT,
          encoding: 'utf8',
        });
      const one = run(1);
      const three = run(3);
      expect(one.status).toBe(3); // the bad line
      expect(three.status).toBe(3);
      expect(three.stdout).toBe(one.stdout);
      const ids = one.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id);
      expect(ids).toEqual(lines.map((_, i) => `a${i}`).filter((id) => id !== 'a5'));
    },
    120_000,
  );
});
