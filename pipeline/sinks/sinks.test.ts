// The sinks: idempotent upserts (SQLite, PostgreSQL), whole-file and whole-line JSON Lines output.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import Database from 'better-sqlite3';
import { recordProblems } from '../../document/record/validate.js';
import { AppendFileWriter, recoverAppended, RunFileWriter } from './jsonl.js';
import { dropSchema, freshSchema, testPostgres } from './pg-test-env.js';
import { connectPostgres, migratePostgres, PostgresSink } from './postgres.js';
import { SqliteSink } from './sqlite.js';
import { StdoutSink } from './stdout.js';
import { sampleRecord } from './test-records.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'nf-sinks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pgUrl = await testPostgres();

test('sample records are schema-valid', () => {
  expect(recordProblems(sampleRecord(1).record)).toEqual([]);
});

describe('SQLite sink', () => {
  test('upsert by id: a new version replaces the rows, an older one is ignored, children keep their keys', async () => {
    const file = path.join(dir, 'a.sqlite');
    const sink = new SqliteSink(file);
    await sink.write([sampleRecord(1), sampleRecord(2)]);
    await sink.write([sampleRecord(1, 2)]);
    await sink.write([sampleRecord(1, 1)]); // late replay of the old version
    await sink.write([sampleRecord(2)]); // replay of the same version
    await sink.close();
    const db = new Database(file, { readonly: true });
    const articles = db.prepare('SELECT id, version, text FROM articles ORDER BY id').all() as {
      id: string;
      version: number;
      text: string;
    }[];
    expect(articles.map((a) => [a.id, a.version])).toEqual([
      ['nf-test-1', 2],
      ['nf-test-2', 1],
    ]);
    expect(articles[0]?.text).toMatch(/Версия 2/);
    const count = (t: string): number =>
      (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    expect([count('people'), count('mentions'), count('quotes'), count('numbers'), count('dates')]).toEqual([
      2, 4, 4, 2, 2,
    ]);
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
    expect(
      (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name),
    ).toEqual(['001_init']);
    db.close();
    // reopening does not migrate twice
    await new SqliteSink(file).close();
  });
});

describe('JSON Lines', () => {
  test('a per-run file is hidden until its checkpoint, and a discarded one disappears', () => {
    const sub = mkdtempSync(path.join(dir, 'run-'));
    const w = new RunFileWriter(sub, '20261125T100000-000Z');
    expect(w.checkpoint()).toBeNull(); // nothing written, no file
    w.write([sampleRecord(1), sampleRecord(2)]);
    expect(readdirSync(sub)).toEqual(['.records-20261125T100000-000Z.jsonl.tmp']);
    const final = w.checkpoint();
    expect(final).toBe(path.join(sub, 'records-20261125T100000-000Z.jsonl'));
    w.write([sampleRecord(3)]);
    expect(w.current().final).toMatch(/records-20261125T100000-000Z-002\.jsonl$/);
    w.discard();
    expect(readdirSync(sub)).toEqual(['records-20261125T100000-000Z.jsonl']);
    const lines = readFileSync(final ?? '', 'utf8').split('\n');
    expect(lines.length).toBe(3);
    expect(lines[2]).toBe('');
  });

  test('an append-only file grows by whole lines; a cut-off last line is removed on recovery', () => {
    const file = path.join(dir, 'append.jsonl');
    const w = new AppendFileWriter(file);
    const size = w.write([sampleRecord(1)]);
    w.write([sampleRecord(2), sampleRecord(3, 2)]);
    w.close();
    appendFileSync(file, sampleRecord(4).line.slice(0, 40)); // a write cut short by a crash
    const { delivered, size: whole } = recoverAppended(file, size);
    expect(delivered).toEqual([
      { id: 'nf-test-2', version: 1 },
      { id: 'nf-test-3', version: 2 },
    ]);
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBeGreaterThan(0);
    expect(Buffer.byteLength(text)).toBe(whole);
    expect(text.endsWith('\n')).toBe(true);
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['nf-test-1', 'nf-test-2', 'nf-test-3']);
    expect(recoverAppended(path.join(dir, 'missing.jsonl'), 0)).toEqual({ delivered: [], size: 0 });
  });

  test('stdout sink writes one line per record', async () => {
    const chunks: string[] = [];
    const { Writable } = await import('node:stream');
    const stream = new Writable({
      write(chunk: Buffer, _enc, cb): void {
        chunks.push(chunk.toString());
        cb();
      },
    });
    await new StdoutSink(stream).write([sampleRecord(1), sampleRecord(2)]);
    expect(chunks.join('').split('\n')).toHaveLength(3);
  });
});

const pgTest = pgUrl ? test : test.skip;
describe(`PostgreSQL sink${pgUrl ? '' : ' (SKIPPED: no PostgreSQL server, see the message above)'}`, () => {
  const schema = freshSchema('nf_sink');
  afterAll(async () => {
    if (pgUrl) await dropSchema(pgUrl, schema);
  });

  pgTest('migrations apply once; batched upserts are idempotent and keep the newest version', async () => {
    const url = pgUrl ?? '';
    const sink = await PostgresSink.open({ url, schema });
    await sink.write([sampleRecord(1), sampleRecord(2), sampleRecord(3)]);
    await sink.write([sampleRecord(1, 2), sampleRecord(1, 3), sampleRecord(2, 1)]);
    await sink.write([sampleRecord(1, 2)]); // older than what is stored
    await sink.close();
    const client = await connectPostgres({ url, schema });
    try {
      expect(await migratePostgres(client)).toEqual([]); // already applied
      const { rows } = await client.query<{ id: string; version: number }>(
        'SELECT id, version FROM articles ORDER BY id',
      );
      expect(rows).toEqual([
        { id: 'nf-test-1', version: 3 },
        { id: 'nf-test-2', version: 1 },
        { id: 'nf-test-3', version: 1 },
      ]);
      const counts = await client.query<{ t: string; n: string }>(
        `SELECT 'people' AS t, count(*) AS n FROM people UNION ALL SELECT 'mentions', count(*) FROM mentions
         UNION ALL SELECT 'quotes', count(*) FROM quotes UNION ALL SELECT 'numbers', count(*) FROM numbers
         UNION ALL SELECT 'dates', count(*) FROM dates`,
      );
      expect(Object.fromEntries(counts.rows.map((r) => [r.t, Number(r.n)]))).toEqual({
        people: 3,
        mentions: 6,
        quotes: 6,
        numbers: 3,
        dates: 3,
      });
      const money = await client.query<{ value: number; currency: string; name: string }>(
        `SELECT n.value, n.currency, p.name FROM numbers n JOIN quotes q USING (article_id)
         JOIN people p ON p.article_id = q.article_id AND p.person_id = q.speaker
         WHERE n.kind = 'money' AND n.currency = 'KZT' AND n.value > 1e9 AND q.kind = 'direct' ORDER BY n.value`,
      );
      expect(money.rows.map((r) => r.name)).toEqual([
        'Нурлан Сейтказиев',
        'Нурлан Сейтказиев',
        'Нурлан Сейтказиев',
      ]);
    } finally {
      await client.end();
    }
  });

  pgTest('a bad connection URL is a clear error', async () => {
    await expect(PostgresSink.open({ url: 'postgres://nobody@127.0.0.1:1/none' })).rejects.toThrow(
      /cannot connect to PostgreSQL at postgres:\/\/nobody@127\.0\.0\.1:1\/none/,
    );
  });
});
