import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { articleFromLine } from './extract.js';

const cli = (args: string[], input?: string): { status: number | null; stdout: string; stderr: string } => {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/cli.ts', ...args], {
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('articleFromLine', () => {
  test('reads id, text and optional fields', () => {
    expect(articleFromLine('{"id":"a","text":"Текст","published":"2025-11-26"}', 1)).toMatchObject({
      id: 'a',
      text: 'Текст',
      published: '2025-11-26',
      url: null,
    });
  });
  test('rejects lines without text with a clear error', () => {
    expect(() => articleFromLine('{"id":"a"}', 7)).toThrow(/line 7: no "text"/);
    expect(() => articleFromLine('{oops', 8)).toThrow(/line 8: not JSON/);
  });
});

describe('newsfacts extract', () => {
  test('--jsonl keeps ids and texts, and a broken line is reported without stopping the batch', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nf-extract-'));
    const file = path.join(dir, 'in.jsonl');
    const lines = [
      { id: 'one', text: 'Президент Казахстана Касым-Жомарт Токаев заявил, что рост экономики составит 5%.' },
      { id: 'two', text: '  Вчера в Алматы прошёл форум.\u00a0«Это важно», – сказал аким.' },
    ];
    writeFileSync(file, [JSON.stringify(lines[0]), '{broken', '', JSON.stringify(lines[1])].join('\n'));
    const r = cli(['extract', '--jsonl', file]);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; text: string });
    expect(out.map((o) => o.id)).toEqual(['one', 'two']);
    expect(out.map((o) => o.text)).toEqual(lines.map((l) => l.text));
    expect(r.stderr).toMatch(/"line":2/);
    expect(r.status).toBe(3);
  });

  test('a missing file is a clear usage error', () => {
    const r = cli(['extract', '/no/such/file.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot read \/no\/such\/file.txt/);
    expect(r.stdout).toBe('');
  });

  test('reads an article from standard input', () => {
    const r = cli(
      ['extract', '-', '--outlet', 'Zakon.kz', '--published', '2025-11-26T12:00:00+05:00'],
      'Депутат Мажилиса выступил 26 ноября 2025 года.',
    );
    expect(r.status).toBe(0);
    const rec = JSON.parse(r.stdout) as { outlet: string; published: string };
    expect(rec.outlet).toBe('Zakon.kz');
    expect(rec.published).toBe('2025-11-26T12:00:00+05:00');
  });
});
