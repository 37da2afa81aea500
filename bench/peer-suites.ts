// Value-level scoring of the third-party peer suites (Duckling's Russian corpora): each case's text
// is extracted alone and the first item of the relevant kind must carry the expected value.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractRecord } from '../pipeline/extract/extract.js';
import type { DateItem, NumberItem } from '../document/record/types.js';
import { isoDurationSeconds } from '../document/time/index.js';

export interface PeerCase {
  text: string;
  expected: {
    value?: number;
    min?: number;
    max?: number;
    currency?: string | null;
    unit?: string;
    bound?: 'min' | 'max';
  };
}

export interface PeerException {
  suite: string;
  text: string;
  reason: string;
}

export interface PeerResult {
  suite: string;
  cases: number;
  passed: number;
  /** cases we judge wrong for news, listed with reasons and left out of `rate` */
  excepted: number;
  rate: number;
  failures: { text: string; expected: unknown; got: unknown }[];
}

/** The publication time peer-suite texts are resolved against. */
export const PEER_PUBLISHED = '2025-11-26T12:00:00+05:00';

const SECONDS: Record<string, number> = {
  second: 1,
  minute: 60,
  hour: 3600,
  day: 86400,
  week: 7 * 86400,
  month: 30 * 86400,
  quarter: 90 * 86400,
  year: 365 * 86400,
};

const close = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

function numberPasses(suite: string, c: PeerCase, item: NumberItem | undefined): boolean {
  if (!item) return false;
  const e = c.expected;
  if (suite === 'ordinal' && item.kind !== 'ordinal') return false;
  if (e.min !== undefined || e.max !== undefined) {
    if (!close(item.min, e.min) || !close(item.max, e.max)) return false;
  } else if (!close(item.value, e.value)) return false;
  if (e.currency !== undefined && (item.currency ?? null) !== e.currency) return false;
  if (e.bound === 'max' && item.approx !== 'under' && item.approx !== 'up_to') return false;
  if (e.bound === 'min' && item.approx !== 'over' && item.approx !== 'at_least') return false;
  return true;
}

function durationPasses(c: PeerCase, item: DateItem | undefined): boolean {
  if (!item?.value || c.expected.value === undefined || !c.expected.unit) return false;
  const want = c.expected.value * (SECONDS[c.expected.unit] ?? NaN);
  return close(isoDurationSeconds(item.value), want);
}

/** Loads the exception lists the extractors keep beside their code. */
export function loadExceptions(root: string): PeerException[] {
  const out: PeerException[] = [];
  for (const rel of ['extractors/numbers/peer-exceptions.json', 'extractors/dates/peer-exceptions.json']) {
    const file = path.join(root, rel);
    if (existsSync(file)) out.push(...(JSON.parse(readFileSync(file, 'utf8')) as PeerException[]));
  }
  return out;
}

/** Scores one suite file ("duckling-ru-money.json" -> suite "money"). */
export function scorePeerSuite(file: string, exceptions: readonly PeerException[]): PeerResult {
  const suite = path
    .basename(file)
    .replace(/^duckling-ru-/, '')
    .replace(/\.json$/, '');
  const cases = JSON.parse(readFileSync(file, 'utf8')) as PeerCase[];
  const skip = new Set(
    exceptions
      .filter((x) => x.suite.replace(/^duckling-ru-/, '').replace(/\.json$/, '') === suite)
      .map((x) => x.text),
  );
  let passed = 0;
  let excepted = 0;
  const failures: PeerResult['failures'] = [];
  for (const c of cases) {
    if (skip.has(c.text)) {
      excepted++;
      continue;
    }
    let ok = false;
    let got: unknown = null;
    try {
      const rec = extractRecord({ text: c.text, published: PEER_PUBLISHED });
      if (suite === 'duration') {
        const item = rec.dates.find((d) => d.kind === 'duration');
        got = item ? { value: item.value, text: item.text } : null;
        ok = durationPasses(c, item);
      } else {
        const item = rec.numbers[0];
        got = item
          ? {
              kind: item.kind,
              value: item.value,
              min: item.min,
              max: item.max,
              currency: item.currency,
              approx: item.approx,
            }
          : null;
        ok = numberPasses(suite, c, item);
      }
    } catch (err) {
      got = String(err);
    }
    if (ok) passed++;
    else failures.push({ text: c.text, expected: c.expected, got });
  }
  const counted = cases.length - excepted;
  return { suite, cases: cases.length, passed, excepted, rate: counted ? passed / counted : 1, failures };
}
