import { describe, expect, test } from '@jest/globals';
import { SchemaError } from '../errors.js';
import { checkedRecord } from './repair.js';
import { SCHEMA_VERSION, type NewsRecord, type NumberItem } from './types.js';

const text = 'Аким области Нурлан Сейтказиев сказал, что 52 школы откроют в 2026 году.';

function record(extra: Partial<NewsRecord> = {}): NewsRecord {
  return {
    schemaVersion: SCHEMA_VERSION,
    id: 'nf-test',
    url: null,
    outlet: null,
    title: null,
    published: null,
    fetched: null,
    lang: 'ru',
    text,
    people: [],
    quotes: [],
    numbers: [],
    dates: [],
    warnings: [],
    ...extra,
  };
}

/** "52" as a count, at the offsets given (right or not). */
function fiftyTwo(start: number, end: number): NumberItem {
  const base = {
    kind: 'count',
    value: 52,
    currency: null,
    unit: null,
    counts: null,
    countsSpan: null,
  } as const;
  return { start, end, text: '52', ...base, approx: null };
}

describe('checkedRecord', () => {
  test('a valid record passes through as it is', () => {
    const r = record();
    expect(checkedRecord(r)).toBe(r);
  });

  test('an item whose offsets miss its text is dropped with a warning', () => {
    const start = text.indexOf('52');
    const r = record({
      numbers: [fiftyTwo(start, start + 2), fiftyTwo(start, start + 3)],
    });
    const fixed = checkedRecord(r);
    expect(fixed.numbers).toHaveLength(1);
    expect(fixed.warnings[0]).toMatch(/^dropped an invalid item: \/numbers\/1/);
  });

  test('a quote whose speaker names no person keeps the quote without a speaker', () => {
    const start = text.indexOf('52');
    const end = text.length - 1;
    const r = record({
      quotes: [{ start, end, text: text.slice(start, end), kind: 'indirect', speaker: 'p9', cue: 'сказать' }],
    });
    const fixed = checkedRecord(r);
    expect(fixed.quotes[0]?.speaker).toBeNull();
  });

  test('a record that repair cannot make valid throws a SchemaError', () => {
    expect(() => checkedRecord(record({ published: 'yesterday' }))).toThrow(SchemaError);
  });
});
