// Reading records for review: JSON Lines in, records out. A bad line costs that line only; the
// reviewer is told which and why.
import { readFileSync } from 'node:fs';
import { InputError } from '../../document/errors.js';
import type { NewsRecord } from '../../document/record/types.js';

/** Records read from a file, and the lines that could not be read. */
export interface ReadRecords {
  records: NewsRecord[];
  problems: string[];
}

const LISTS = ['people', 'quotes', 'numbers', 'dates', 'warnings'] as const;

/** A record from one parsed JSON value, with missing lists taken as empty; throws InputError when it has no text. */
export function toRecord(obj: unknown, where: string): NewsRecord {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
    throw new InputError(`${where}: not an object`);
  const o = obj as Record<string, unknown>;
  if (typeof o['text'] !== 'string') throw new InputError(`${where}: no "text" string`);
  if (typeof o['id'] !== 'string' || !o['id']) throw new InputError(`${where}: no "id" string`);
  for (const k of LISTS) {
    if (o[k] === undefined) o[k] = [];
    else if (!Array.isArray(o[k])) throw new InputError(`${where}: "${k}" is not a list`);
  }
  for (const p of o['people'] as Record<string, unknown>[])
    if (!Array.isArray(p['mentions'])) p['mentions'] = [];
  return o as unknown as NewsRecord;
}

/** Parses JSON Lines text into records. */
export function parseRecords(jsonl: string, source = 'records'): ReadRecords {
  const records: NewsRecord[] = [];
  const problems: string[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${source}:${i + 1}`;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (err) {
        throw new InputError(`${where}: not JSON`, { cause: err });
      }
      records.push(toRecord(obj, where));
    } catch (err) {
      problems.push(err instanceof Error ? err.message : String(err));
    }
  });
  return { records, problems };
}

/** Reads a JSON Lines file of records; throws InputError when the file cannot be read. */
export function readRecords(file: string): ReadRecords {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${file}`, { cause: err });
  }
  return parseRecords(text, file);
}
