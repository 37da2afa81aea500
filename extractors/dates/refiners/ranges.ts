// Joins two dates into one range: "с 16 апреля по 19 мая 2019 года", "с февраля по сентябрь 2005 года",
// "10 апреля – 2 мая".
import type { Candidate, DateParts, Refiner } from '../types.js';
import { cand } from '../candidate.js';
import { formatParts } from '../format.js';

/** A span that opens a range: "с …", "от …". */
export const OPENS = /^(?:с|со|от)(?![\p{L}])/u;

/** Whether a candidate is a plain point date a range can start or end at. */
const point = (c: Candidate): boolean =>
  c.kind === 'date' && !c.value && !c.anaphora && c.parts?.hh === undefined;

/** A written (not inferred) date's parts, or undefined. */
const written = (c: Candidate): DateParts | undefined =>
  c.yearImplied || c.unresolved !== undefined ? undefined : c.parts;

/** The start of a range whose year is implied: the end's year, or the one before when it would come after the end. */
function startFrom(a: Candidate, end: DateParts): DateParts | undefined {
  const md = a.monthDay;
  if (!md) return a.parts;
  const from: DateParts = md.d === undefined ? { y: end.y, m: md.m } : { y: end.y, m: md.m, d: md.d };
  if (md.m * 100 + (md.d ?? 1) > (end.m ?? 12) * 100 + (end.d ?? 31)) from.y -= 1;
  return from;
}

/** Merges "с A по B" and "A – B" pairs of dates of the same grain; an implied year of A follows B's. */
export const mergeRanges: Refiner = (cands, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    // "с 2006 до конца 2007 года": a start, then an end with an open start ("../2007-12-31")
    if (
      b &&
      point(a) &&
      a.parts &&
      !a.yearImplied &&
      b.value?.startsWith('../') &&
      OPENS.test(ctx.doc.lower.slice(a.start, a.end)) &&
      /^ *$/.test(ctx.doc.lower.slice(a.end, b.start))
    ) {
      const from = formatParts(a.parts, ctx.offsetMinutes);
      out.push(cand(b, { start: a.start, source: 'range', value: `${from}/${b.value.slice(3)}` }));
      i++;
      continue;
    }
    if (b && point(a) && point(b) && a.grain === b.grain) {
      const gap = ctx.doc.lower.slice(a.end, b.start);
      const opens = OPENS.test(ctx.doc.lower.slice(a.start, a.end));
      const closes =
        /^ *(?:по|до) *$/.test(gap) ||
        (/^ *$/.test(gap) && /^(?:по|до) /.test(ctx.doc.lower.slice(b.start, b.end)));
      if ((opens && closes) || /^ *[-–] *$/.test(gap)) {
        const end = written(b);
        const base = { start: a.start, end: b.end, kind: 'range', grain: a.grain, source: 'range' } as const;
        let merged: Candidate;
        if (end && (a.yearImplied || a.unresolved !== undefined)) {
          const from = startFrom(a, end);
          merged = from ? cand(base, { relative: b.relative, parts: from, toParts: end }) : cand(a, base);
        } else if (a.parts && b.parts) {
          merged = cand(base, { relative: a.relative || b.relative, parts: a.parts, toParts: b.parts });
        } else {
          merged = cand(base, { relative: true, unresolved: a.unresolved ?? b.unresolved ?? 'no year' });
        }
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
