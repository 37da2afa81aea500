// Dates written as adjectives before their noun: "на декабрьском заседании", "после мартовских
// терактов" (a month, its year inferred as for "в декабре"), "сегодняшнего заседания", "вчерашней
// встречи" (a day counted from publication), "на прошлогоднем параде" (last year). The span is the
// adjective alone. A capitalised month adjective mid-sentence is a name ("Октябрьский район").
import { ADJECTIVE_ENDINGS, ADJECTIVE_FORMS, DAY_ADJECTIVES, MONTH_ADJECTIVES } from '../constants.js';
import { forms } from '../anchors.js';
import { L, R, alt, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { fromRef, spanOfMatch, unresolved, withImpliedYear } from './shared.js';
import { cand } from '../candidate.js';

export const adjectiveDateParser: Parser = {
  name: 'adjective-date',
  anchors: {
    words: forms([...Object.keys(MONTH_ADJECTIVES), ...Object.keys(DAY_ADJECTIVES)], ADJECTIVE_FORMS),
  },
  pattern: pattern(
    `${L}(${alt([...Object.keys(MONTH_ADJECTIVES), ...Object.keys(DAY_ADJECTIVES)])})${ADJECTIVE_ENDINGS}${R}`,
  ),
  build(m, ctx) {
    const stem = m[1]!;
    const base = cand(spanOfMatch(m), { kind: 'date', source: 'adjective-date' });
    const month = MONTH_ADJECTIVES[stem];
    if (month !== undefined) {
      const tok = ctx.doc.tokens[ctx.doc.tokenAt(m.index)];
      const sent = tok ? ctx.doc.sentences[tok.sentence] : undefined;
      if (tok?.upper && sent && sent.firstToken !== tok.i) return null;
      return withImpliedYear(ctx, cand(base, { grain: 'month' }), month, undefined);
    }
    const shift = DAY_ADJECTIVES[stem]!;
    if (!ctx.ref) return unresolved(cand(base, { grain: shift.unit }));
    if (shift.unit === 'year')
      return cand(base, { grain: 'year', relative: true, parts: { y: ctx.ref.y + shift.by } });
    return cand(base, { grain: 'day', relative: true, parts: fromRef(ctx, shift.by)! });
  },
};
