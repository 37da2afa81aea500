// Decades: "в 1980-е", "в 90-х годах", "в начале 2000-х", "1990-х годов" -> ISO decade "198".
import { L, PART, pattern, R } from '../patterns.js';
import type { Parser } from '../types.js';
import { PREP, spanOfMatch, wordAfter } from './shared.js';
import { hasTags } from '../../../document/analyse/index.js';
import { cand } from '../candidate.js';

export const decadeParser: Parser = {
  name: 'decade',
  // "90-х", "1990-е" (one token each), "90х" (the number, then the ending)
  anchors: { numbers: /^\d{2}$|^\d{4}$|-/u },
  // "в | начале | 1990 | - | х | годов"
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(?:(${PART}) +)?(\\d{2}|1[0-9]{3}|20[0-9]{2})-?(?:х|е|ых|ые|ми)(?: +(?:годов|годах|годы|годам|годами|гг))?${R}`,
  ),
  build(m, ctx) {
    const n = Number(m[3]);
    if (n % 10 !== 0) return null;
    // "на 40-е место": an ordinal before a singular neuter noun, where a decade is plural
    const next = wordAfter(ctx, m.index + m[0].length)?.tok;
    if (
      next &&
      !next.upper &&
      m[3]!.length === 2 &&
      /е$/u.test(m[0]) &&
      ['nomn', 'accs'].some((c) => hasTags(next, 'NOUN', 'neut', 'sing', c))
    )
      return null;
    const y = m[3]!.length === 2 ? 1900 + n : n;
    return cand(spanOfMatch(m), {
      kind: 'date',
      grain: 'decade',
      relative: false,
      source: 'decade',
      value: String(Math.floor(y / 10)),
    });
  },
};
