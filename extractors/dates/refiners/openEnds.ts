// Ranges with one open end: "не позднее 1 марта" (until then), "не ранее 1 марта", "после 18 часов"
// (from then). The point's value becomes an ISO 8601-2 interval with ".." for the open end
// ("../2026-03-01", "2025-11-26T18:00+05:00/.."), and the words join the span.
import { formatParts } from '../format.js';
import type { Candidate, Refiner } from '../types.js';
import { cand } from '../candidate.js';

/** Words before a point that open one end, and which end the point then is. */
const OPEN_BEFORE = /(?:^|[^\p{L}])(не +позднее|не +позже|не +ранее|не +раньше|после)(?: +чем)? +$/u;
const IS_LAST = /^не +(?:позднее|позже)/u;

/** Whether a candidate is one point (a day, a month, a clock time on its day) with nothing open yet. */
const isPoint = (c: Candidate): boolean =>
  (c.kind === 'date' || c.kind === 'time') &&
  !!c.parts &&
  !c.toParts &&
  c.value === undefined &&
  !c.unresolved &&
  // "после мартовских терактов": "после" governs the noun the adjective stands before
  c.source !== 'adjective-date';

export const openEnds: Refiner = (cands, ctx) =>
  cands.map((c) => {
    if (!isPoint(c)) return c;
    const lower = ctx.doc.lower;
    // "после 18 часов" may hold its preposition already
    const inside = /^после +/u.exec(lower.slice(c.start, c.end));
    const before = inside ? null : OPEN_BEFORE.exec(lower.slice(Math.max(0, c.start - 24), c.start));
    if (!inside && !before) return c;
    const words = inside ? 'после' : before![1]!;
    const point = formatParts(c.parts!, c.offsetMinutes ?? ctx.offsetMinutes);
    const value = IS_LAST.test(words) ? `../${point}` : `${point}/..`;
    const start = before ? c.start - before[0].length + before[0].search(/\p{L}/u) : c.start;
    return cand(c, { start, value, kind: c.kind === 'time' ? 'time' : 'range' });
  });
