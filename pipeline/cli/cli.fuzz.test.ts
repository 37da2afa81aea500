// Fuzz: `newsfacts extract` over arbitrary bytes and options never prints a stack trace, always
// exits 0, 2 or 3, and every record it prints satisfies the schema. Mostly in-process (fast), and a
// few runs of the real process as an end-to-end check.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { recordProblems } from '../../document/record/validate.js';
import { cliArgs, ROOT } from '../run/test-cli.js';
import { runCli } from './test-io.js';

const RUSSIAN = [
  'Президент Казахстана Касым-Жомарт Токаев заявил, что рост экономики составит 5%.',
  'Вчера в Алматы прошёл форум. «Это важно», – сказал аким города Ерболат Досаев.',
  'По данным Нацбанка, базовая ставка сохранена на уровне 16,5% годовых до 28 ноября 2025 года.',
  'В Караганде за три года отремонтируют 120 километров дорог на 45 млрд тенге.',
  '<html><head><title>Новости</title></head><body><article><p>Аким Шымкента открыл 3 школы.</p></article></body></html>',
];

/** Bytes: random ones, Russian text with bytes put in, text of any characters, JSON Lines. */
const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }),
  fc
    .tuple(
      fc.constantFrom(...RUSSIAN),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    )
    .map(([text, edits]) => {
      const b = Buffer.from(text);
      for (const [at, byte] of edits) b[at % b.length] = byte;
      return new Uint8Array(b);
    }),
  fc.string({ unit: 'binary', maxLength: 400 }).map((s) => new Uint8Array(Buffer.from(s))),
  fc
    .array(
      fc.record(
        {
          id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
          text: fc.oneof(fc.constantFrom(...RUSSIAN), fc.string({ unit: 'binary', maxLength: 200 })),
          published: fc.oneof(fc.constant('2025-11-26T12:00:00+05:00'), fc.string(), fc.constant(null)),
          url: fc.oneof(fc.webUrl(), fc.string()),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 5 },
    )
    .map((rows) => new Uint8Array(Buffer.from(rows.map((r) => JSON.stringify(r)).join('\n')))),
);

/** Options, each maybe: valid and invalid values, both `--opt value` and `--opt=value`. */
const optionsArb: fc.Arbitrary<string[]> = fc
  .record(
    {
      published: fc.oneof(
        fc.constantFrom('2025-11-26T12:00:00+05:00', '2025-11-26', 'yesterday', '2025-13-45T99:00:00'),
        fc.string({ maxLength: 30 }),
      ),
      url: fc.oneof(fc.webUrl(), fc.string({ maxLength: 30 })),
      outlet: fc.string({ maxLength: 20 }),
      title: fc.string({ maxLength: 40 }),
      html: fc.constant(true),
      pretty: fc.constant(true),
      jsonl: fc.constant(true),
      bogus: fc.constant(true),
    },
    { requiredKeys: [] },
  )
  .chain((o) =>
    fc.boolean().map((joined) => {
      const argv: string[] = ['extract'];
      for (const key of ['published', 'url', 'outlet', 'title'] as const) {
        const v = o[key];
        if (v !== undefined) argv.push(...(joined ? [`--${key}=${v}`] : [`--${key}`, v]));
      }
      if (o.html) argv.push('--html');
      if (o.pretty) argv.push('--pretty');
      if (o.bogus) argv.push('--bogus');
      argv.push(...(o.jsonl ? ['--jsonl', '-'] : ['-']));
      return argv;
    }),
  );

/** The properties every run must have, whatever went in. */
function checkRun(code: number | null, stdout: string, stderr: string, argv: readonly string[]): void {
  expect([0, 2, 3]).toContain(code);
  expect(stderr).not.toMatch(/^\s+at .*(:\d+:\d+\)?|native\)?)$/m); // no stack trace
  if (!stdout.trim()) return;
  const texts = argv.includes('--jsonl') ? stdout.trim().split('\n') : [stdout];
  for (const t of texts) expect(recordProblems(JSON.parse(t))).toEqual([]);
}

describe('fuzz: newsfacts extract', () => {
  test('in-process: any bytes and options exit 0, 2 or 3 with schema-valid records only', async () => {
    await fc.assert(
      fc.asyncProperty(bytesArb, optionsArb, async (bytes, argv) => {
        const r = await runCli(argv, bytes);
        checkRun(r.code, r.stdout, r.stderr, argv);
        if (r.code === 0 && !argv.includes('--jsonl')) expect(r.stdout).not.toBe('');
      }),
      { numRuns: 300, interruptAfterTimeLimit: 20_000 },
    );
  }, 60_000);

  test('a real process: a few runs over random bytes and options', () => {
    fc.assert(
      fc.property(bytesArb, optionsArb, (bytes, argv) => {
        const r = spawnSync(process.execPath, [...cliArgs(), ...argv], {
          cwd: ROOT,
          input: bytes,
          timeout: 30_000,
          encoding: 'utf8',
        });
        checkRun(r.status, r.stdout, r.stderr, argv);
      }),
      { numRuns: 3 },
    );
  }, 60_000);
});
