import { describe, expect, test } from '@jest/globals';
import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { renderHighlighted, type Highlight, type HighlightType } from './highlight.js';

const TEXT = '«Выделено почти 1 млрд тенге», – сказал Саиров 26 ноября.';

function span(text: string, part: string, type: HighlightType, item: string, nth = 0): Highlight {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(part, at + 1);
  return { start: at, end: at + part.length, type, item, title: item };
}

/** The text of each item's fragments joined, and the types its fragments carry. */
function fragments(markup: string): Map<string, { text: string; types: Set<string> }> {
  const $ = cheerio.load(`<div id="root">${markup}</div>`);
  const out = new Map<string, { text: string; types: Set<string> }>();
  $('mark[data-item]').each((_, el) => {
    const item = $(el).attr('data-item') ?? '';
    const e = out.get(item) ?? { text: '', types: new Set<string>() };
    e.text += $(el).text();
    e.types.add($(el).attr('data-type') ?? '');
    out.set(item, e);
  });
  return out;
}

const textOf = (markup: string): string => cheerio.load(`<div id="root">${markup}</div>`)('#root').text();

describe('renderHighlighted', () => {
  test('a number inside a quote nests inside it', () => {
    const hs = [
      span(TEXT, 'Выделено почти 1 млрд тенге', 'quote', 'quotes/0'),
      span(TEXT, 'почти 1 млрд тенге', 'number', 'numbers/0'),
    ];
    const out = renderHighlighted(TEXT, hs).value;
    expect(out).toContain(
      '<mark class="hl hl-quote" id="hl-quotes-0" data-type="quote" data-item="quotes/0" title="quotes/0">Выделено <mark class="hl hl-number"',
    );
    expect(out.match(/data-item="quotes\/0"/g)).toHaveLength(1);
    expect(textOf(out)).toBe(TEXT);
  });

  test('crossing spans are split into fragments that keep their item', () => {
    const hs = [
      span(TEXT, 'сказал Саиров', 'quote', 'quotes/0'),
      span(TEXT, 'Саиров 26 ноября', 'date', 'dates/0'),
    ];
    const out = renderHighlighted(TEXT, hs).value;
    const f = fragments(out);
    expect(f.get('quotes/0')?.text).toBe('сказал Саиров');
    expect(f.get('dates/0')?.text).toBe('Саиров 26 ноября');
    expect(out.match(/id="hl-dates-0"/g)).toHaveLength(1);
  });

  test('spans with the same offsets nest quote outside, then person', () => {
    const hs = [
      span(TEXT, 'Саиров', 'person', 'people/0/mentions/0'),
      span(TEXT, 'Саиров', 'quote', 'quotes/0'),
    ];
    const out = renderHighlighted(TEXT, hs).value;
    expect(out.indexOf('hl-quote')).toBeLessThan(out.indexOf('hl-person'));
  });

  test('spans outside the text are left out instead of breaking the page', () => {
    const out = renderHighlighted('Текст', [
      { start: 3, end: 99, type: 'number', item: 'numbers/0', title: '' },
    ]).value;
    expect(out).toBe('Текст');
  });

  test('an empty span still leaves a marker', () => {
    const out = renderHighlighted('Текст', [
      { start: 2, end: 2, type: 'date', item: 'dates/0', title: '' },
    ]).value;
    expect(fragments(out).has('dates/0')).toBe(true);
    expect(textOf(out)).toBe('Текст');
  });

  test('a badge goes on the last fragment only, outside the text', () => {
    const hs = [
      { ...span(TEXT, 'сказал Саиров', 'quote', 'quotes/0'), badge: '<Саиров>' },
      span(TEXT, 'Саиров 26', 'date', 'dates/0'),
    ];
    const out = renderHighlighted(TEXT, hs).value;
    expect(out.match(/data-badge="&lt;Саиров&gt;"/g)).toHaveLength(1);
    expect(textOf(out)).toBe(TEXT);
  });

  test('any text and any spans: text kept, every span highlighted exactly, no markup leaks', () => {
    const alphabet = fc.constantFrom(...'аб Я"«»<>&\'\n\r1'.split(''), '🙂', 'щ', '<script>', '</mark>');
    const types: HighlightType[] = ['quote', 'person', 'number', 'date', 'counted'];
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...types)), { maxLength: 8 }),
        (text, raw) => {
          const hs: Highlight[] = raw.map(([a, b, type], i) => {
            const s = a % (text.length + 1);
            const e = s + (b % (text.length - s + 1));
            return { start: s, end: e, type, item: `x/${i}`, title: text };
          });
          const out = renderHighlighted(text, hs).value;
          expect(textOf(out)).toBe(text);
          const f = fragments(out);
          hs.forEach((h) => {
            expect(f.get(h.item)?.text).toBe(text.slice(h.start, h.end));
            expect([...(f.get(h.item)?.types ?? [])]).toEqual([h.type]);
          });
          expect(cheerio.load(out)('script')).toHaveLength(0);
          expect((out.match(/<mark/g) ?? []).length).toBe((out.match(/<\/mark>/g) ?? []).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
