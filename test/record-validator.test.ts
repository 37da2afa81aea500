// The record schema is compiled at development time (bench/record-validator.ts): the generated code
// must be what the schema compiles to now, and judge records exactly as ajv compiling at start did.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { SCHEMA_FILE, VALIDATOR_FILE, validatorModule } from '../bench/record-validator.js';
import { validate as generatedCode } from '../document/record/record-validator.generated.js';
import { generatedValidatorIsCurrent } from '../document/record/validate.js';

const generated = generatedCode as unknown as import('ajv').ValidateFunction;
const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;

const record = {
  schemaVersion: '1',
  id: 'a1',
  url: null,
  outlet: null,
  title: null,
  published: '2025-11-26T12:00:00+05:00',
  fetched: null,
  lang: 'ru',
  text: 'Ерлан Саиров сказал.',
  people: [
    {
      id: 'p1',
      name: 'Ерлан Саиров',
      role: null,
      quoted: false,
      mentions: [{ start: 0, end: 12, text: 'Ерлан Саиров', kind: 'name' }],
    },
  ],
  quotes: [],
  numbers: [],
  dates: [],
  warnings: [],
};

describe('the generated record validator', () => {
  test('is what the schema compiles to now (else run: node --import tsx bench/record-validator.ts)', async () => {
    const expected = await validatorModule(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(readFileSync(VALIDATOR_FILE, 'utf8') === expected).toBe(true);
    expect(generatedValidatorIsCurrent()).toBe(true);
  });

  test('finds the same problems as ajv compiling the schema', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const bad: unknown[] = [
      record,
      { ...record, id: '' },
      { ...record, published: 'yesterday', lang: 3 },
      {
        ...record,
        people: [{ ...record.people[0], mentions: [{ start: -1, end: 2, text: 'x', kind: 'who' }] }],
      },
      { ...record, numbers: [{ start: 0, end: 1, text: 'x', kind: 'money', value: '5', currency: 'usd' }] },
      { schemaVersion: '2' },
      null,
      'not a record',
    ];
    for (const r of bad) {
      expect(generated(r)).toBe(ajv(r));
      expect(generated.errors ?? null).toEqual(ajv.errors ?? null);
    }
  });
});
