// Scores the parse stage against the real pages with ground truth in ../shared/pages (see its
// MANIFEST.tsv): body token F1, publication date, title, encoding and must/must-not strings.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHtml } from '../../pipeline/parse/index.js';
import { wordTokens } from '../../pipeline/parse/body.js';
import { decodeHtmlBytes } from '../../pipeline/parse/decode.js';
import type { ParsedArticle } from '../../pipeline/parse/types.js';

/** One page's scores; null where the page has no ground truth for that check. */
export interface PageRow {
  file: string;
  site: string;
  tokenF1: number | null;
  dateOk: boolean | null;
  titleOk: boolean | null;
  encodingOk: boolean | null;
  mustOk: boolean | null;
  /** what went wrong, for the report */
  notes: string[];
  parsed: ParsedArticle;
}

/** Token F1 between two texts over lower-cased word tokens (multiset overlap). */
export function tokenF1(predicted: string, truth: string): number {
  const p = wordTokens(predicted);
  const t = wordTokens(truth);
  if (p.length === 0 || t.length === 0) return p.length === t.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
  let overlap = 0;
  for (const w of p) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(w, c - 1);
    }
  }
  const precision = overlap / p.length;
  const recall = overlap / t.length;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

interface Truth {
  text: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or an instant in ms */
  date: { day: string } | { instant: number } | null;
  encoding: string | null;
  must: string[];
  mustNot: string[];
  /** strings the decoded page (not the body) must contain */
  decodedMust: string[];
  url: string | null;
}

type Json = Record<string, unknown>;
const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const asStrings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function truthDate(v: unknown): Truth['date'] {
  if (typeof v === 'number') return { instant: v * 1000 };
  if (typeof v !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return { day: v };
  const t = Date.parse(v.replace(' ', 'T').replace(/(\.\d{3})\d*/, '$1'));
  return Number.isNaN(t) ? { day: v.slice(0, 10) } : { instant: t };
}

function readTruth(file: string): Truth {
  const t: Truth = {
    text: null,
    title: null,
    date: null,
    encoding: null,
    must: [],
    mustNot: [],
    decodedMust: [],
    url: null,
  };
  if (file.endsWith('.txt')) {
    t.text = readFileSync(file, 'utf8');
    return t;
  }
  const j = JSON.parse(readFileSync(file, 'utf8')) as Json;
  const v1 = ((j['expected'] as Json | undefined)?.['V1'] ?? null) as Json | null;
  if (v1) {
    const body = v1['body'] as Json;
    const sections = (body['sections'] as Json[]) ?? [];
    t.text = [
      ...asStrings(body['summary']),
      ...sections.flatMap((s) => [...asStrings(s['headline']), ...asStrings(s['paragraphs'])]),
    ].join('\n\n');
    t.title = asString(v1['title']);
    t.date = truthDate(v1['publishing_date']);
    t.url = asString((j['meta'] as Json | undefined)?.['url']);
    return t;
  }
  t.text = asString(j['articleBody']) ?? asString(j['text']);
  t.title = asString(j['title']) ?? asString(j['expected_title']);
  t.date = truthDate(j['timestamp'] ?? j['date']);
  const enc = asString(j['expected_encoding']);
  t.encoding = enc ? enc.split(/\s+/)[0]! : null;
  t.must = asStrings(j['with']);
  t.mustNot = asStrings(j['without']);
  const firstDiv = asString(j['expected_first_div_text']);
  if (firstDiv) t.decodedMust.push(firstDiv);
  t.url = asString(j['url']);
  return t;
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»“”„"']/g, '"')
    .replace(/[\u00a0\s]+/g, ' ')
    .replace(/[–—]/g, '-')
    .trim();

function dateMatches(published: string | null, truth: NonNullable<Truth['date']>): boolean {
  if (!published) return false;
  // a day-only truth may be the UTC day of the instant (Media Cloud's set is): accept either day
  if ('day' in truth) {
    if (published.slice(0, 10) === truth.day) return true;
    const t = Date.parse(published);
    return (
      /[T ]\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(published) &&
      !Number.isNaN(t) &&
      new Date(t).toISOString().slice(0, 10) === truth.day
    );
  }
  if (!/[T ]\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(published)) return false;
  return Math.abs(Date.parse(published) - truth.instant) <= 60_000;
}

/** Parses every page listed in `dir`/MANIFEST.tsv and scores it against its ground truth. */
export function evaluatePages(dir: string): PageRow[] {
  const manifest = readFileSync(path.join(dir, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const header = manifest[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  const rows: PageRow[] = [];
  for (const line of manifest.slice(1)) {
    const cells = line.split('\t');
    const file = cells[col('file')]!;
    const gtFile = cells[col('ground_truth_file')] ?? '';
    const truth = gtFile && existsSync(path.join(dir, gtFile)) ? readTruth(path.join(dir, gtFile)) : null;
    const url = cells[col('url')] || truth?.url || null;
    const bytes = readFileSync(path.join(dir, file));
    const parsed = parseHtml(bytes, { url });
    const notes: string[] = [];
    const row: PageRow = {
      file,
      site: cells[col('site')] ?? '',
      tokenF1: null,
      dateOk: null,
      titleOk: null,
      encodingOk: null,
      mustOk: null,
      notes,
      parsed,
    };
    if (truth?.text) row.tokenF1 = tokenF1(parsed.text, truth.text);
    if (truth?.date) {
      row.dateOk = dateMatches(parsed.published, truth.date);
      if (!row.dateOk) notes.push(`date ${parsed.published} vs ${JSON.stringify(truth.date)}`);
    }
    if (truth?.title) {
      row.titleOk = parsed.title !== null && norm(parsed.title) === norm(truth.title);
      if (!row.titleOk) notes.push(`title ${JSON.stringify(parsed.title)}`);
    }
    if (truth?.encoding) {
      row.encodingOk = (parsed.encoding ?? '').toLowerCase() === truth.encoding.toLowerCase();
      if (!row.encodingOk) notes.push(`encoding ${parsed.encoding}`);
    }
    if (truth && (truth.must.length || truth.mustNot.length || truth.decodedMust.length)) {
      const body = norm(parsed.text);
      const missing = truth.must.filter((s) => !body.includes(norm(s)));
      const present = truth.mustNot.filter((s) => body.includes(norm(s)));
      const decoded = truth.decodedMust.length ? decodeHtmlBytes(bytes).text : '';
      const missingDecoded = truth.decodedMust.filter((s) => !decoded.includes(s));
      row.mustOk = missing.length + present.length + missingDecoded.length === 0;
      for (const s of [...missing, ...missingDecoded]) notes.push(`missing ${JSON.stringify(s)}`);
      for (const s of present) notes.push(`unwanted ${JSON.stringify(s)}`);
    }
    rows.push(row);
  }
  return rows;
}

/** Aggregate numbers over the rows: mean F1 and pass counts per check. */
export function summarisePages(rows: PageRow[]): Record<string, string> {
  const f1s = rows.map((r) => r.tokenF1).filter((x): x is number => x !== null);
  const count = (k: 'dateOk' | 'titleOk' | 'encodingOk' | 'mustOk'): string => {
    const v = rows.map((r) => r[k]).filter((x): x is boolean => x !== null);
    return `${v.filter(Boolean).length}/${v.length}`;
  };
  return {
    pages: String(rows.length),
    meanTokenF1: f1s.length ? (f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(3) : 'n/a',
    minTokenF1: f1s.length ? Math.min(...f1s).toFixed(3) : 'n/a',
    f1AtLeast090: `${f1s.filter((x) => x >= 0.9).length}/${f1s.length}`,
    date: count('dateOk'),
    title: count('titleOk'),
    encoding: count('encodingOk'),
    must: count('mustOk'),
  };
}

/** The rows as a Markdown table. */
export function pagesTable(rows: PageRow[]): string {
  const cell = (v: boolean | number | null): string =>
    v === null ? '–' : typeof v === 'number' ? v.toFixed(3) : v ? 'ok' : 'FAIL';
  const lines = [
    '| file | site | token F1 | date | title | encoding | must | body from |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.file} | ${r.site} | ${cell(r.tokenF1)} | ${cell(r.dateOk)} | ${cell(r.titleOk)} | ${cell(r.encodingOk)} | ${cell(r.mustOk)} | ${r.parsed.bodySource} |`,
    );
  return lines.join('\n');
}
