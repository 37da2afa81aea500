// Joins two clock times into one range: "с 8:00 до 20:00", "с 9 утра до 6 вечера", "13:00–14:00",
// and "в воскресенье с 8 часов утра до 20 часов" once the day is attached to its first time
// (so this runs after attachToDays): the end time then falls on the same day.
import type { Candidate, Refiner } from '../types.js';
import { cand } from '../candidate.js';
import { atTime, formatTime } from '../format.js';
import { OPENS } from './ranges.js';

const FROM_TIME_AT_END =
  /(?:^|[^\p{L}])(?:с|со|от) +\d{1,2}(?:[:.]\d\d)?(?: +час\S*)?(?: +(?:утра|дня|вечера|ночи))? *$/u;

/** A clock time alone (its value is "T10:00+05:00"). */
const isTime = (c: Candidate): boolean => c.kind === 'time' && c.parts?.hh !== undefined && !!c.value;
/** A day with a clock time ("в воскресенье с 8 часов утра"). */
const isDayTime = (c: Candidate): boolean =>
  c.kind === 'date' && !c.value && c.parts?.d !== undefined && c.parts.hh !== undefined;

export const mergeTimeRanges: Refiner = (cands, ctx) => {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && (isTime(a) || isDayTime(a)) && isTime(b)) {
      const gap = ctx.doc.lower.slice(a.end, b.start);
      // "с 10:00", or a day whose time opens with "с": "в воскресенье с 8 часов утра"
      const opens =
        OPENS.test(ctx.doc.lower.slice(a.start, a.end)) ||
        FROM_TIME_AT_END.test(ctx.doc.lower.slice(Math.max(a.start, a.end - 24), a.end));
      const closes = /^ *$/.test(gap) && /^до /.test(ctx.doc.lower.slice(b.start, b.end));
      if ((opens && closes) || /^ *[-–] *$/.test(gap)) {
        // a zone written once, after the second time, holds for both: "с 11:00 до 17:00 мск"
        const zone = a.offsetMinutes ?? b.offsetMinutes;
        const relative = a.relative || b.relative;
        const first =
          zone === undefined || a.offsetMinutes !== undefined
            ? a
            : isTime(a)
              ? cand(a, { offsetMinutes: zone, value: formatTime(a.parts!.hh!, a.parts!.mi ?? 0, zone) })
              : cand(a, { offsetMinutes: zone });
        out.push(
          isTime(a)
            ? cand(first, {
                end: b.end,
                kind: 'range',
                source: 'range',
                relative,
                value: `${first.value}/${b.value}`,
                toParts: b.parts,
              })
            : cand(first, {
                end: b.end,
                kind: 'range',
                source: 'range',
                relative,
                toParts: atTime(a.parts!, b.parts!.hh!, b.parts!.mi ?? 0),
              }),
        );
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
