import { describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { recordProblems } from '../../document/record/validate.js';
import { cliArgs, ROOT } from '../run/test-cli.js';
import { isIsoTimestamp } from './args.js';
import { articleFromLine } from './extract.js';
import { runCli } from './test-io.js';

const dir = mkdtempSync(path.join(tmpdir(), 'nf-extract-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const TOKAYEV = 'Президент Казахстана Касым-Жомарт Токаев заявил, что рост экономики составит 5%.';
const FORUM = '  Вчера в Алматы прошёл форум.\u00a0«Это важно», – сказал аким.';
const records = (stdout: string): { id: string; text: string; warnings: string[] }[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string; warnings: string[] });
/** The pino log lines on stderr. */
const logs = (stderr: string): Record<string, unknown>[] =>
  stderr
    .trim()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

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
  test('a numeric id is kept as its string form; a bad published is the line error', () => {
    expect(articleFromLine('{"id":42,"text":"Текст"}', 1).id).toBe('42');
    expect(() => articleFromLine('{"id":1,"text":"Текст","published":"yesterday"}', 3)).toThrow(
      /line 3: "published" is not an ISO 8601/,
    );
    expect(() => articleFromLine('{"id":true,"text":"Текст"}', 4)).toThrow(/line 4: "id"/);
  });
});

describe('isIsoTimestamp', () => {
  test('takes dates and times that exist, in the forms ISO 8601 writes them', () => {
    for (const ok of [
      '2025-11-26',
      '2025-11-26T12:00',
      '2025-11-26T12:00:00+05:00',
      '2024-02-29T23:59:59.5Z',
    ])
      expect(isIsoTimestamp(ok)).toBe(true);
    for (const bad of [
      'yesterday',
      '2025-13-45T99:00:00',
      '2025-02-29',
      '2025-11-26T24:00',
      '26.11.2025',
      '',
    ])
      expect(isIsoTimestamp(bad)).toBe(false);
  });
});

describe('newsfacts extract (in-process)', () => {
  test('--jsonl keeps ids and texts, and a broken line is reported without stopping the batch', async () => {
    const lines = [
      JSON.stringify({ id: 'one', text: TOKAYEV }),
      '{broken',
      '',
      JSON.stringify({ id: 'two', text: FORUM }),
    ];
    const r = await runCli(['extract', '--jsonl', file('in.jsonl', lines.join('\n'))]);
    expect(records(r.stdout).map((o) => o.id)).toEqual(['one', 'two']);
    expect(records(r.stdout).map((o) => o.text)).toEqual([TOKAYEV, FORUM]);
    expect(logs(r.stderr)).toEqual([
      expect.objectContaining({ line: 2, reason: 'bad-line', msg: 'line failed' }),
    ]);
    expect(r.code).toBe(3);
  });

  test('logs of extract --jsonl have the shape of run logs (pino: level, time, msg, reason, detail)', async () => {
    const r = await runCli(['extract', '--jsonl', '-'], '{"id":"x"}\n');
    const [log] = logs(r.stderr);
    expect(Object.keys(log ?? {}).sort()).toEqual(['detail', 'level', 'line', 'msg', 'reason', 'time']);
    expect(log).toMatchObject({ level: 40, reason: 'bad-line' });
  });

  test('a missing file is a clear usage error', async () => {
    const r = await runCli(['extract', '/no/such/file.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read \/no\/such\/file.txt/);
    expect(r.stdout).toBe('');
  });

  test('a missing --jsonl file is a one-line usage error naming it, not a raw ENOENT', async () => {
    const r = await runCli(['extract', '--jsonl', '/nonexistent.jsonl']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^newsfacts: InputError: cannot read \/nonexistent.jsonl/);
  });

  test('reads an article from standard input', async () => {
    const r = await runCli(
      ['extract', '-', '--outlet', 'Zakon.kz', '--published', '2025-11-26T12:00:00+05:00'],
      'Депутат Мажилиса выступил 26 ноября 2025 года.',
    );
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout) as { outlet: string; published: string };
    expect(rec.outlet).toBe('Zakon.kz');
    expect(rec.published).toBe('2025-11-26T12:00:00+05:00');
  });

  test.each([['yesterday'], ['2025-13-45T99:00:00']])(
    '--published %s is a usage error naming the option',
    async (v) => {
      const r = await runCli(['extract', '-', '--published', v], 'Вчера в Алматы прошёл форум.');
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/--published/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    },
  );

  test('in --jsonl a bad published fails its line with the reason; a numeric id is kept', async () => {
    const input = [
      JSON.stringify({ id: 1, text: FORUM, published: 'yesterday' }),
      JSON.stringify({ id: 42, text: TOKAYEV }),
    ].join('\n');
    const r = await runCli(['extract', '--jsonl', '-'], input);
    expect(r.code).toBe(3);
    expect(records(r.stdout).map((o) => o.id)).toEqual(['42']);
    expect(logs(r.stderr)[0]).toMatchObject({
      line: 1,
      reason: 'bad-line',
      detail: expect.stringMatching(/published/),
    });
  });

  test('binary input (an executable, random bytes) is a failed article, not thousands of numbers', async () => {
    const random = new Uint8Array(200_000);
    let x = 12345;
    for (let i = 0; i < random.length; i++) random[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    for (const bytes of [spawnSync('cat', ['/bin/ls']).stdout, random]) {
      const r = await runCli(['extract', '-'], bytes);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(logs(r.stderr)[0]).toMatchObject({
        reason: 'not-text',
        detail: expect.stringMatching(/^binary/),
      });
    }
  });

  test('text in another encoding (windows-1251) is not UTF-8: a failed article', async () => {
    const cp1251 = Buffer.from(
      // «Вчера в Алматы прошёл форум.» in windows-1251
      [
        0xc2, 0xf7, 0xe5, 0xf0, 0xe0, 0x20, 0xe2, 0x20, 0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb, 0x20, 0xef, 0xf0,
        0xee, 0xf8, 0xb8, 0xeb, 0x20, 0xf4, 0xee, 0xf0, 0xf3, 0xec, 0x2e,
      ],
    );
    const r = await runCli(['extract', file('cp1251.txt', cp1251)]);
    expect(r.code).toBe(3);
    expect(logs(r.stderr)[0]).toMatchObject({
      reason: 'not-text',
      detail: expect.stringMatching(/not UTF-8/),
    });
  });

  test('an empty file is a failed article (no-text), as an empty page is for run', async () => {
    for (const content of ['', '  \n\n']) {
      const r = await runCli(['extract', file('empty.txt', content)]);
      expect(r.code).toBe(3);
      expect(r.stdout).toBe('');
      expect(logs(r.stderr)[0]).toMatchObject({ reason: 'no-text' });
    }
  });

  test('a text over the size limit is a failed article (too-long) with its size, never cut short', async () => {
    const long = `${TOKAYEV} `.repeat(20); // 3,380 bytes of UTF-8
    const r = await runCli(['extract', '--max-text-bytes', '1000', file('long.txt', long)]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    expect(logs(r.stderr)[0]).toMatchObject({
      reason: 'too-long',
      detail: expect.stringMatching(/over the limit of 1000/),
    });
    // within the limit, the same text gives its whole record
    const ok = await runCli(['extract', '--max-text-bytes', '4000', file('long.txt', long)]);
    expect(ok.code).toBe(0);
    expect(records(ok.stdout)[0]?.text).toBe(long);
  });

  test('the default limit is 1 MiB of UTF-8; a bad --max-text-bytes is a usage error', async () => {
    const big = 'а'.repeat((1 << 19) + 1); // 2 bytes each: one byte over 1 MiB
    const r = await runCli(['extract', '--jsonl', '-'], JSON.stringify({ id: 'big', text: big }) + '\n');
    expect(r.code).toBe(3);
    expect(logs(r.stderr)[0]).toMatchObject({ line: 1, reason: 'too-long' });
    for (const bad of ['0', '-5', '1.5', 'lots']) {
      const u = await runCli(['extract', '--max-text-bytes', bad, file('one.txt', TOKAYEV)]);
      expect(u.code).toBe(2);
    }
  });

  test('in --jsonl a line over the limit fails with its line and reason; the batch goes on', async () => {
    const lines = [
      JSON.stringify({ id: 'one', text: TOKAYEV }),
      JSON.stringify({ id: 'long', text: `${FORUM} `.repeat(30) }),
      JSON.stringify({ id: 'two', text: FORUM }),
    ];
    const r = await runCli([
      'extract',
      '--max-text-bytes',
      '500',
      '--jsonl',
      file('mixed.jsonl', lines.join('\n')),
    ]);
    expect(records(r.stdout).map((o) => o.id)).toEqual(['one', 'two']);
    expect(logs(r.stderr)).toEqual([
      expect.objectContaining({ line: 2, reason: 'too-long', msg: 'line failed' }),
    ]);
    expect(r.code).toBe(3);
  });

  test('a few invalid UTF-8 bytes become U+FFFD with a warning saying how many', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Президент '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' заявил, что рост составит 5%.'),
    ]);
    const r = await runCli(['extract', '-'], bytes);
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout) as { text: string; warnings: string[] };
    expect(rec.text).toBe('Президент \ufffd\ufffd заявил, что рост составит 5%.');
    expect(rec.warnings).toContain('input is not valid UTF-8: 2 invalid byte sequences replaced with U+FFFD');
    expect(recordProblems(rec)).toEqual([]);
    // a U+FFFD the input spelled itself is no decoding problem
    const spelled = await runCli(['extract', '-'], 'Президент \ufffd заявил.');
    expect((JSON.parse(spelled.stdout) as { warnings: string[] }).warnings.join()).not.toMatch(/UTF-8/);
  });

  test('the same warning per line in --jsonl', async () => {
    const line = Buffer.concat([
      Buffer.from('{"id":"a","text":"Аким \u0433'),
      Buffer.from([0xc0]),
      Buffer.from('ороду"}\n'),
    ]);
    const r = await runCli(['extract', '--jsonl', '-'], line);
    expect(r.code).toBe(0);
    expect(records(r.stdout)[0]?.warnings).toContain(
      'input is not valid UTF-8: 1 invalid byte sequence replaced with U+FFFD',
    );
  });
});

describe('usage errors exit 2 with one line', () => {
  test.each([
    [['extract', '--bogus'], /unknown option '--bogus'/],
    [['bogus'], /unknown command 'bogus'/],
    [['review'], /missing required argument/],
    [['extract', '-', '--published'], /argument missing/],
    [['--log-level', 'loud', 'extract', '-'], /--log-level.*'loud' is invalid/],
    [['run', '--batch', 'many'], /--batch.*'many' is invalid/],
  ])('%j', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test.each([[['--version']], [['-V']]])('%j prints the version of package.json', async (argv) => {
    const r = await runCli(argv);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('an option value that starts with -V is a value, not the version flag', async () => {
    const r = await runCli(['extract', '--title', '-Vx', '-'], 'Аким области провёл совещание.');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ title: '-Vx' });
  });
});

describe('newsfacts extract (a real process)', () => {
  const cli = (args: string[], input?: string | Buffer) =>
    spawnSync(process.execPath, [...cliArgs(), ...args], {
      cwd: ROOT,
      input,
      timeout: 60_000,
      encoding: 'utf8',
    });

  test('an unknown option exits 2 without a stack trace', () => {
    const r = cli(['extract', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a reader that goes away (| head -1) ends extract --jsonl quietly with 0', async () => {
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: `a${i}`, text: TOKAYEV })).join(
      '\n',
    );
    const child = spawn(process.execPath, [...cliArgs(), 'extract', '--jsonl', file('many.jsonl', lines)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // like `head -1`: read the first line, then close the pipe
    const first = await new Promise<string>((resolve) => {
      let got = '';
      child.stdout.on('data', (d: Buffer) => {
        got += d.toString();
        if (got.includes('\n')) {
          child.stdout.destroy();
          resolve(got.slice(0, got.indexOf('\n')));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect((JSON.parse(first) as { id: string }).id).toBe('a0');
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
