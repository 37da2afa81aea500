// The one way a record leaves extraction: validated once, and repaired when an extractor broke the
// contract, so that a reviewer gets the article with the reason instead of no record at all.
import { SchemaError } from '../errors.js';
import type { NewsRecord } from './types.js';
import { recordProblems } from './validate.js';

/** Whether a span's offsets are integers in order and point at its text. */
function spanHolds(text: string, s: { start: number; end: number; text: string }): boolean {
  return (
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start <= s.end &&
    text.slice(s.start, s.end) === s.text
  );
}

/** Drops the items that break the contract (bad offsets, speakers that name no person), each with a warning. */
export function repairRecord(record: NewsRecord, problems: readonly string[]): NewsRecord {
  const ok = (s: { start: number; end: number; text: string }): boolean => spanHolds(record.text, s);
  const people = record.people.map((p) => ({ ...p, mentions: p.mentions.filter(ok) }));
  const ids = new Set(people.map((p) => p.id));
  const quotes = record.quotes
    .filter(ok)
    .map((q) => (q.speaker !== null && !ids.has(q.speaker) ? { ...q, speaker: null } : q));
  return {
    ...record,
    people,
    quotes,
    numbers: record.numbers.filter(ok),
    dates: record.dates.filter(ok),
    warnings: [...record.warnings, ...problems.map((p) => `dropped an invalid item: ${p}`)],
  };
}

/**
 * The record, validated against the schema and the offset rule once; repaired when items break
 * the contract. Throws a SchemaError when even the repaired record is invalid (a field outside
 * the items, e.g. a `published` that is no timestamp): such a record must never be emitted.
 */
export function checkedRecord(record: NewsRecord): NewsRecord {
  const problems = recordProblems(record);
  if (problems.length === 0) return record;
  const repaired = repairRecord(record, problems);
  const left = recordProblems(repaired);
  if (left.length) throw new SchemaError(`record is not valid: ${left.slice(0, 3).join('; ')}`, left);
  return repaired;
}
