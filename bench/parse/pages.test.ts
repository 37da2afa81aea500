// Acceptance over real pages: ../shared/pages holds 22 Russian-language pages with ground truth.
import { expect, test } from '@jest/globals';
import { describeUnless, needShared, sharedFile } from '../../test/skip.js';
import { evaluatePages, pagesTable, summarisePages, type PageRow } from './evaluate-pages.js';

const dir = sharedFile('pages');
const absent = needShared('pages/MANIFEST.tsv');
const rows: PageRow[] = absent === null ? evaluatePages(dir) : [];
const cases = rows.map((r) => [r.file, r] as const);

describeUnless(absent, 'parse stage on real pages', () => {
  test('prints the per-page table', () => {
    process.stderr.write(pagesTable(rows) + '\n' + JSON.stringify(summarisePages(rows)) + '\n');
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  test.each(cases.filter(([, r]) => r.tokenF1 !== null))('%s: body token F1 >= 0.90', (_f, r) => {
    expect(r.tokenF1).toBeGreaterThanOrEqual(0.9);
  });

  test.each(cases.filter(([, r]) => r.dateOk !== null))('%s: publication date', (_f, r) => {
    expect({ published: r.parsed.published, ok: r.dateOk }).toEqual({
      published: r.parsed.published,
      ok: true,
    });
  });

  test.each(cases.filter(([, r]) => r.titleOk !== null))('%s: title', (_f, r) => {
    expect({ title: r.parsed.title, ok: r.titleOk }).toEqual({ title: r.parsed.title, ok: true });
  });

  test.each(cases.filter(([, r]) => r.encodingOk !== null))('%s: encoding', (_f, r) => {
    expect({ encoding: r.parsed.encoding, ok: r.encodingOk }).toEqual({
      encoding: r.parsed.encoding,
      ok: true,
    });
  });

  test.each(cases.filter(([, r]) => r.mustOk !== null))('%s: must / must-not strings', (_f, r) => {
    expect(r.notes.filter((n) => /^(missing|unwanted)/.test(n))).toEqual([]);
  });

  test.each(cases)('%s: paragraphs are separated by blank lines and trimmed', (_f, r) => {
    for (const p of r.parsed.text.split('\n\n')) {
      expect(p).toBe(p.trim());
      expect(p.length).toBeGreaterThan(0);
    }
  });
});
