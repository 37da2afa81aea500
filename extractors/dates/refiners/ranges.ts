// Joins two dates into one range: "с 16 апреля по 19 мая 2019 года", "с марта по май", "10 апреля – 2 мая".
import { grainOfParts } from '../calendar.js';
import type { Candidate, Refiner } from '../types.js';

const OPENS = /^(?:с|со|от|начиная +с|в +период +с)(?![\p{L}])/u;

/** Merges "с A по B" and "A – B" pairs of dates of the same grain; an implied year of A follows B's. */
export const mergeRanges: Refiner = (cands, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (
      b &&
      a.kind === 'date' &&
      b.kind === 'date' &&
      a.parts &&
      b.parts &&
      !a.value &&
      !b.value &&
      a.parts.hh === undefined
    ) {
      const gap = ctx.doc.lower.slice(a.end, b.start);
      const opens = OPENS.test(ctx.doc.lower.slice(a.start, a.end));
      const joined = (opens && /^ *(?:по|до) *$/.test(gap)) || /^ *[-–] *$/.test(gap);
      if (joined && grainOfParts(a.parts) === grainOfParts(b.parts)) {
        const from = { ...a.parts };
        if (a.yearImplied && !b.yearImplied) {
          from.y = b.parts.y;
          const later = (from.m ?? 1) * 100 + (from.d ?? 1) > (b.parts.m ?? 1) * 100 + (b.parts.d ?? 1);
          if (later) from.y -= 1;
        }
        out.push({
          start: a.start,
          end: b.end,
          kind: 'range',
          grain: a.grain,
          relative:
            (a.relative && a.yearImplied !== true) ||
            b.relative ||
            (a.yearImplied === true && b.yearImplied === true),
          source: 'range',
          parts: from,
          toParts: b.parts,
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
