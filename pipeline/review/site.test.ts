import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import * as cheerio from 'cheerio';
import type { NewsRecord } from '../../document/record/types.js';
import { recordProblems } from '../../document/record/validate.js';
import { CSP } from './layout.js';
import { shortTime } from './index-page.js';
import { datesOverTime } from './overview-page.js';
import { parseRecords, readRecords } from './records.js';
import { pageFiles, writeSite } from './site.js';

const FIXTURES = path.resolve('fixtures/review/records.jsonl');
const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert'];
let dir = '';
let records: NewsRecord[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-review-'));
  records = readRecords(FIXTURES).records;
  await writeSite(records, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every way a page could run script or load something it should not. */
function activeContent(file: string): string[] {
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  const found: string[] = [];
  $('script').each((_, el) => {
    const src = $(el).attr('src') ?? '';
    if (!/^(\.\.\/)?assets\/review\.js$/.test(src)) found.push(`script ${src || 'inline'}`);
  });
  $('img, iframe, object, embed, svg script, base, form').each((_, el) => {
    found.push(`element ${(el as { tagName?: string }).tagName ?? '?'}`);
  });
  $('*').each((_, el) => {
    for (const [k, v] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^on/i.test(k)) found.push(`attribute ${k}`);
      if ((k === 'href' || k === 'src') && /^\s*javascript:/i.test(v)) found.push(`${k} ${v}`);
    }
  });
  return found;
}

describe('fixture records', () => {
  test('are valid records and include the XSS payloads', () => {
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const r of records) expect(recordProblems(r)).toEqual([]);
    const all = records.map((r) => JSON.stringify(r)).join('\n');
    for (const p of PAYLOADS) expect(all).toContain(JSON.stringify(p).slice(1, -1));
  });
});

describe('writeSite', () => {
  test('writes the index, the overview, the assets and a page and JSON file per record', () => {
    expect(readdirSync(dir).sort()).toEqual(['assets', 'index.html', 'overview.html', 'records']);
    expect(readdirSync(path.join(dir, 'assets')).sort()).toEqual(['review.css', 'review.js']);
    expect(readdirSync(path.join(dir, 'records'))).toHaveLength(records.length * 2);
  });

  test('every link between pages points to a file that exists', () => {
    const pages = [
      'index.html',
      'overview.html',
      ...readdirSync(path.join(dir, 'records'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `records/${f}`),
    ];
    for (const p of pages) {
      const $ = cheerio.load(readFileSync(path.join(dir, p), 'utf8'));
      const refs = [...$('a[href], link[href], script[src]')].map(
        (el) => $(el).attr('href') ?? $(el).attr('src') ?? '',
      );
      for (const ref of refs.filter((r) => !/^(#|https?:)/.test(r))) {
        expect({ from: p, ref, exists: existsSync(path.join(dir, path.dirname(p), ref)) }).toEqual({
          from: p,
          ref,
          exists: true,
        });
      }
    }
  });

  test('no page holds active content from the records, and each carries the CSP', () => {
    const pages = [
      'index.html',
      'overview.html',
      ...readdirSync(path.join(dir, 'records'))
        .filter((f) => f.endsWith('.html'))
        .map((f) => `records/${f}`),
    ];
    for (const p of pages) {
      const file = path.join(dir, p);
      expect({ page: p, found: activeContent(file) }).toEqual({ page: p, found: [] });
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(CSP);
    }
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain('unsafe');
  });

  test('the payloads show as text on the article page', () => {
    const xss = records.find((r) => r.text.includes('<script>')) as NewsRecord;
    const file = path.join(dir, 'records', `${pageFiles(records)[records.indexOf(xss)]}.html`);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    expect($('#article-text').text()).toBe(xss.text);
    expect($('h1').text()).toBe(xss.title);
    expect($('a[href^="javascript"]')).toHaveLength(0);
    expect(JSON.parse($('#record-json').text())).toEqual(xss);
    expect($('[data-type="quote"]').attr('data-badge')).toContain('<b>Петров</b>');
  });

  test('every item of every record is highlighted with its type', () => {
    const names = pageFiles(records);
    records.forEach((r, i) => {
      const $ = cheerio.load(readFileSync(path.join(dir, 'records', `${names[i]}.html`), 'utf8'));
      const text = (item: string, type: string): string =>
        $('#article-text mark')
          .filter((_, el) => $(el).attr('data-item') === item && $(el).attr('data-type') === type)
          .map((_, el) => $(el).text())
          .get()
          .join('');
      r.quotes.forEach((q, j) => expect(text(`quotes/${j}`, 'quote')).toBe(q.text));
      r.numbers.forEach((n, j) => expect(text(`numbers/${j}`, 'number')).toBe(n.text));
      r.dates.forEach((d, j) => expect(text(`dates/${j}`, 'date')).toBe(d.text));
      r.people.forEach((p, j) =>
        p.mentions.forEach((m, k) => expect(text(`people/${j}/mentions/${k}`, 'person')).toBe(m.text)),
      );
    });
  });
});

describe('pageFiles', () => {
  test('keeps plain ids, hashes unsafe ones, and never repeats a name', () => {
    const mk = (id: string): NewsRecord => ({ id }) as NewsRecord;
    const names = pageFiles(['nf-1', '../etc/passwd', 'A', 'a', 'nf-1', 'запись'].map(mk));
    expect(names[0]).toBe('nf-1');
    expect(names[1]).toMatch(/^r-[0-9a-f]{24}$/);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(names[5]).toMatch(/^r-/);
  });
});

describe('parseRecords', () => {
  test('keeps good lines and names the bad ones', () => {
    const good = JSON.stringify({ id: 'nf-1', text: 'Текст' });
    const { records: rs, problems } = parseRecords(`${good}\n{oops\n\n[1]\n{"id":"x"}\n`, 'run.jsonl');
    expect(rs).toHaveLength(1);
    expect(rs[0]?.quotes).toEqual([]);
    expect(problems).toEqual([
      'run.jsonl:2: not JSON',
      'run.jsonl:4: not an object',
      'run.jsonl:5: no "text" string',
    ]);
  });
});

describe('datesOverTime', () => {
  const rec = (values: string[]): NewsRecord =>
    ({ dates: values.map((value) => ({ value })) }) as unknown as NewsRecord;
  test('buckets by month and fills the months between', () => {
    expect(datesOverTime([rec(['2025-11-26', '2025-10-12', '2026-01', 'P5Y', '2025'])])).toEqual([
      { label: '2025-10', value: 1 },
      { label: '2025-11', value: 1 },
      { label: '2025-12', value: 0 },
      { label: '2026-01', value: 1 },
    ]);
  });
  test('switches to years over a long stretch', () => {
    expect(datesOverTime([rec(['1991-12-16', '2025-11-26'])])).toHaveLength(35);
  });
});

describe('shortTime', () => {
  test('keeps the day and minute of an ISO timestamp', () => {
    expect(shortTime('2025-11-26T10:15:00+05:00')).toBe('2025-11-26 10:15');
    expect(shortTime('2025-11-26')).toBe('2025-11-26');
    expect(shortTime(null)).toBe('—');
    expect(shortTime('вчера')).toBe('вчера');
  });
});
