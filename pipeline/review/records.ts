// Reading records for review: JSON Lines in, records out. A bad line costs that line only; the
// reviewer is told which and why.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
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

/** The record files an input names: a file (or - for standard input) as is, a folder its `*.jsonl` files by name. */
export function recordFiles(input: string): string[] {
  if (input === '-') return [input];
  let isDir: boolean;
  try {
    isDir = statSync(input).isDirectory();
  } catch (err) {
    throw new InputError(`cannot read ${input}`, { cause: err });
  }
  if (!isDir) return [input];
  const files = readdirSync(input)
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('.'))
    .sort()
    .map((f) => path.join(input, f));
  if (files.length === 0) throw new InputError(`no .jsonl files in ${input}`);
  return files;
}

/** The latest version of each record id (highest `version`, a later one on a tie), in first-seen order. */
export function latestVersions(records: readonly NewsRecord[]): NewsRecord[] {
  const byId = new Map<string, NewsRecord>();
  for (const r of records) {
    const seen = byId.get(r.id);
    if (!seen || (r.version ?? 0) >= (seen.version ?? 0)) byId.set(r.id, r);
  }
  return [...byId.values()];
}

/** Reads records from files and folders of them; every version unless `latestOnly`. */
export function readInputs(inputs: readonly string[], latestOnly = true): ReadRecords & { files: number } {
  const files = [...new Set(inputs.flatMap(recordFiles))];
  const all: NewsRecord[] = [];
  const problems: string[] = [];
  for (const f of files) {
    const got = readRecords(f);
    all.push(...got.records);
    problems.push(...got.problems);
  }
  return { records: latestOnly ? latestVersions(all) : all, problems, files: files.length };
}
