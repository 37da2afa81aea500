// Puts a time written without its day on a day ("в 15:00", "с 10:00 до 14:00", "вечером"): the
// nearest day named in the same sentence ("26 ноября президент выступит в 15:00"), else the
// publication day (relative). The sentence's tense moves it off the publication day only when the
// clock says so: a past sentence with a time after publication is the day before, a future one with
// a time already gone the day after. Runs after attachToDays and mergeTimeRanges.
import { addDays } from '../../../document/time/index.js';
import { countBelow } from '../../../document/sorted.js';
import { tenseAt } from '../context.js';
import { cand } from '../candidate.js';
import { formatTime } from '../format.js';
import { onDay } from '../parsers/dayPart.js';
import type { Candidate, ParseContext, Refiner } from '../types.js';

/** A clock time, a range of them or a part of the day, with no day. */
const isBareTime = (c: Candidate): boolean =>
  (c.kind === 'time' || c.kind === 'range') &&
  c.parts?.hh !== undefined &&
  c.parts.d === undefined &&
  c.unresolved === undefined;

/** A single resolved day (a date, or a date with its time). */
const isDayPoint = (c: Candidate): boolean =>
  (c.kind === 'date' || c.kind === 'time') &&
  c.parts?.d !== undefined &&
  !c.toParts &&
  c.unresolved === undefined &&
  c.value === undefined;

/** The indices of the day candidates of each sentence, ascending. */
function daysBySentence(cands: readonly Candidate[], ctx: ParseContext): Map<number | undefined, number[]> {
  const { doc } = ctx;
  const out = new Map<number | undefined, number[]>();
  cands.forEach((c, k) => {
    if (!isDayPoint(c)) return;
    const sentence = doc.tokens[doc.tokenAt(c.start)]?.sentence;
    const list = out.get(sentence);
    if (list) list.push(k);
    else out.set(sentence, [k]);
  });
  return out;
}

/** The nearest day candidate in the same sentence as cands[i] (the earlier of two as near), or undefined. */
function dayInSentence(
  cands: readonly Candidate[],
  i: number,
  ctx: ParseContext,
  days: ReadonlyMap<number | undefined, readonly number[]>,
): Candidate | undefined {
  const { doc } = ctx;
  const list = days.get(doc.tokens[doc.tokenAt(cands[i]!.start)]?.sentence);
  if (!list) return undefined;
  // the first day at or after i, and the one before it
  const lo = countBelow(list, i);
  const after = list[lo] === i ? list[lo + 1] : list[lo];
  const before = lo > 0 ? list[lo - 1] : undefined;
  if (before === undefined) return after === undefined ? undefined : cands[after];
  if (after === undefined || i - before <= after - i) return cands[before];
  return cands[after];
}

/** "T06:00/T12:00" for a part of the day that has no day to stand on. */
function hoursOnly(c: Candidate, ctx: ParseContext): string {
  const zone = c.offsetMinutes ?? ctx.offsetMinutes;
  const from = formatTime(c.parts!.hh!, c.parts!.mi ?? 0, zone);
  const to = c.toParts?.hh;
  return to === undefined ? from : `${from}/${formatTime(to % 24, c.toParts!.mi ?? 0, zone)}`;
}

/** Gives each time without a day the day it belongs to. */
export const anchorTimes: Refiner = (cands, ctx) => {
  const ref = ctx.ref;
  let days: Map<number | undefined, number[]> | null = null;
  return cands.map((c, i) => {
    if (!isBareTime(c)) return c;
    days ??= daysBySentence(cands, ctx);
    const day = dayInSentence(cands, i, ctx, days);
    if (day) return onDay(c, { y: day.parts!.y, m: day.parts!.m!, d: day.parts!.d! }, day.relative);
    if (!ref) return c.value !== undefined ? c : cand(c, { value: hoursOnly(c, ctx) });
    const at = c.parts!.hh! * 60 + (c.parts!.mi ?? 0);
    const to = c.toParts?.hh === undefined ? at : c.toParts.hh * 60 + (c.toParts.mi ?? 0);
    // a range past midnight ("с 23:00 до 6:00") ends on the next day
    const until = to < at ? to + 24 * 60 : to;
    // the publication clock read in the time's own zone ("в 11:00 по времени Нью-Йорка")
    const zoneShift =
      c.offsetMinutes === undefined || ctx.offsetMinutes === null ? 0 : c.offsetMinutes - ctx.offsetMinutes;
    const now = ref.hh * 60 + ref.mi + zoneShift;
    const tense = tenseAt(ctx, c.start);
    const shift = tense === 'past' && at > now ? -1 : tense === 'future' && until < now ? 1 : 0;
    return onDay(c, addDays(ref, shift), true);
  });
};
