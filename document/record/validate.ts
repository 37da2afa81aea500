// Validates records against schema/record.schema.json, plus the offset property the schema cannot
// express: every span's text equals record.text.slice(start, end). The schema is compiled at
// development time (bench/record-validator.ts writes ./record-validator.generated.ts); should the
// schema file and that code ever disagree, it is compiled here with ajv instead, as before.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { SchemaError } from '../errors.js';
import { SCHEMA_JSON, validate as compiled } from './record-validator.generated.js';
import type { NewsRecord } from './types.js';

let validator: ValidateFunction | null = null;

/** Where the schema is: at the project root (compiled code runs from dist/, the schema stays there). */
function schemaFile(): URL {
  const url = new URL('../../schema/record.schema.json', import.meta.url);
  return url.pathname.includes('/dist/') ? new URL(url.href.replace(/\/dist\/(?!.*\/dist\/)/, '/')) : url;
}

/** The schema's validator: the generated one when it was made from this schema, else compiled now. */
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(schemaFile(), 'utf8')) as object;
    if (JSON.stringify(schema) === SCHEMA_JSON) validator = compiled as ValidateFunction;
    else {
      // ajv is CommonJS; its default export differs between module systems
      const AjvClass = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;
      validator = new AjvClass({ allErrors: true, strict: false }).compile(schema);
    }
  }
  return validator;
}

/** Whether the generated validator was made from the schema file as it is (for tests). */
export function generatedValidatorIsCurrent(): boolean {
  return schemaValidator() === (compiled as ValidateFunction);
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
