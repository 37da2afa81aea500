// Numeric dates: "26.11.2025", "26.11.25", "26/11/2025", "2025-11-26" (ISO), and "11.2025" (month).
import { validDay } from '../../../document/time/index.js';
import { L, WORD_CHAR, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';

const END = `(?!${WORD_CHAR}|[.,/:-]\\d)`;

export const numericDateParser: Parser = {
  name: 'numeric-date',
  gate: /\d[./-]\d/u,
  pattern: pattern(
    `${L}(?:(?:от|с|по|до|на|к) +)?(?:(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})|(\\d{4})-(\\d{2})-(\\d{2}))${END}`,
  ),
  build(m) {
    let y: number, mo: number, d: number;
    if (m[5] !== undefined) {
      y = Number(m[5]);
      mo = Number(m[6]);
      d = Number(m[7]);
    } else {
      d = Number(m[1]);
      mo = Number(m[3]);
      y = Number(m[4]);
      if (m[4]!.length === 2) y += y < 50 ? 2000 : 1900;
    }
    if (y < 1800 || y > 2100 || !validDay(y, mo, d)) return null;
    return cand(spanOfMatch(m), {
      kind: 'date',
      grain: 'day',
      relative: false,
      source: 'numeric-date',
      parts: { y, m: mo, d },
    });
  },
};
