// Year ranges: "с 2020 по 2025 год", "в 2020–2025 годах", "2003–2011 гг.", "(1985—1990)", "с 2013 года по 2018 год".
import { L, pattern, R, YEAR_ANCHORS, YEAR_NUM, YEAR_WORD, YEARS_WORD } from '../patterns.js';
import type { Parser } from '../types.js';
import { countedNounAfter, spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';

/** Seasons and school years: "2018/19", "2018/2019". */
export const yearSlashParser: Parser = {
  name: 'year-slash',
  anchors: { numbers: /\d{4}\/\d{2}/u },
  pattern: pattern(
    `${L}(?:(?:в|во|с|со|за|на|к|до|по) +)?(?<![0-9/№])(${YEAR_NUM})\\/(\\d{4}|\\d{2})(?![0-9/])(?: *(?:${YEAR_WORD}|${YEARS_WORD}))?`,
  ),
  build(m) {
    const a = Number(m[1]);
    const b = m[2]!.length === 2 ? Math.floor(a / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (b !== a + 1) return null;
    return cand(spanOfMatch(m), {
      kind: 'range',
      grain: 'year',
      relative: false,
      source: 'year-slash',
      parts: { y: a },
      toParts: { y: b },
    });
  },
};

export const yearRangeParser: Parser = {
  name: 'year-range',
  anchors: YEAR_ANCHORS,
  pattern: pattern(
    `${L}(?:((?:в +период +)?(?:с|со|от|между)|в|во|за|на|к|до|по) +)?(${YEAR_NUM})(?: *(?:${YEAR_WORD}))?( *[-–] *| +(?:по|до|и) +)(${YEAR_NUM}|\\d{2})(?:-?(?:й|м|го))?(?: *(${YEARS_WORD}|${YEAR_WORD}))?${R}`,
  ),
  build(m, ctx) {
    const [, prep, aStr, sep, bStr, word] = m;
    const a = Number(aStr);
    let b = Number(bStr);
    if (bStr!.length === 2) b = Math.floor(a / 100) * 100 + b;
    if (b <= a || b - a > 300) return null;
    const isDash = /[-–]/.test(sep!);
    const sepWord = sep!.trim();
    // "с 2020 по 2025": the opening preposition makes it a range; "2009 и 2011 годах" is two years, not a span
    if (sepWord === 'и') return null;
    if (!isDash && !(prep && /^(?:в +период +)?(?:с|со|от|между)$/.test(prep))) return null;
    if (word === undefined) {
      const { start, end } = spanOfMatch(m);
      if (a < 1800 || b > 2100) return null;
      const before = ctx.doc.lower.slice(Math.max(0, start - 2), start);
      const bracketed = before.endsWith('(') || ctx.doc.lower[end] === ')';
      if (!bracketed && !prep && countedNounAfter(ctx, end)) return null;
      if (!bracketed && !prep && !isDash) return null;
    }
    return cand(spanOfMatch(m), {
      kind: 'range',
      grain: 'year',
      relative: false,
      source: 'year-range',
      parts: { y: a },
      toParts: { y: b },
    });
  },
};
