// Validates records against schema/record.schema.json, plus the offset property the schema cannot
// express: every span's text equals record.text.slice(start, end).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { SchemaError } from '../errors.js';
import type { NewsRecord } from './types.js';

const require = createRequire(import.meta.url);
// ajv is CommonJS; its default export differs between module systems
const AjvClass = require('ajv') as typeof import('ajv').default;

let validator: ValidateFunction | null = null;

function schemaValidator(): ValidateFunction {
  if (!validator) {
    const url = new URL('../../schema/record.schema.json', import.meta.url);
    let schemaPath = url;
    // compiled code runs from dist/, the schema stays at the project root
    if (url.pathname.includes('/dist/')) schemaPath = new URL(url.href.replace('/dist/', '/'));
    const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
    validator = new AjvClass({ allErrors: true, strict: false }).compile(schema);
  }
  return validator;
}

/** Problems with a record, as readable lines; empty when it is valid. */
export function recordProblems(record: unknown): string[] {
  const v = schemaValidator();
  const problems: string[] = [];
  if (!v(record)) {
    for (const e of v.errors ?? []) problems.push(`${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    return problems;
  }
  const r = record as NewsRecord;
  const check = (where: string, s: { start: number; end: number; text: string }): void => {
    if (s.start > s.end || s.end > r.text.length || r.text.slice(s.start, s.end) !== s.text) {
      problems.push(`${where} [${s.start}, ${s.end}) does not match its text ${JSON.stringify(s.text)}`);
    }
  };
  r.people.forEach((p, i) => p.mentions.forEach((m, j) => check(`/people/${i}/mentions/${j}`, m)));
  r.quotes.forEach((q, i) => check(`/quotes/${i}`, q));
  r.numbers.forEach((n, i) => check(`/numbers/${i}`, n));
  r.dates.forEach((d, i) => check(`/dates/${i}`, d));
  const ids = new Set(r.people.map((p) => p.id));
  r.quotes.forEach((q, i) => {
    if (q.speaker !== null && !ids.has(q.speaker))
      problems.push(`/quotes/${i}/speaker ${q.speaker} is not a person id`);
  });
  return problems;
}

/** Throws a SchemaError when the record is not valid. */
export function assertValidRecord(record: unknown): asserts record is NewsRecord {
  const problems = recordProblems(record);
  if (problems.length)
    throw new SchemaError(`record is not valid: ${problems.slice(0, 3).join('; ')}`, problems);
}
