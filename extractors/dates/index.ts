// Dates, times, durations and ranges: parsers (one construction each, built like a chrono-node
// locale) find candidates over doc.lower, refiners merge and filter, and values are resolved against
// the publication date. See README.md for which expressions come from where.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { DateItem } from '../../document/record/types.js';
import type { Extracted } from '../../document/extracted.js';
import { formatParts, grainOfParts } from './format.js';
import { contextOf } from './context.js';
import { agoParser, laterParser } from './parsers/agoLater.js';
import { casualParser } from './parsers/casual.js';
import { casualDayParser, weekdayParser } from './parsers/weekday.js';
import { dayMonthParser, dayRangeParser, dayWordMonthParser } from './parsers/dayMonth.js';
import { centuryParser, decadeWordParser } from './parsers/century.js';
import { decadeParser } from './parsers/decade.js';
import { durationBareParser, durationCountParser, durationHalfParser } from './parsers/duration.js';
import { monthParser } from './parsers/month.js';
import { numericDateParser, numericDayMonthParser, numericDayRangeParser } from './parsers/numericDate.js';
import { quarterHalfParser } from './parsers/quarterHalf.js';
import { relativePeriodParser } from './parsers/relativePeriod.js';
import { relativeSeasonParser, seasonParser } from './parsers/season.js';
import { clockTimeParser, hourWordsParser, noonParser } from './parsers/time.js';
import { dayPartParser } from './parsers/dayPart.js';
import { bareYearParser, yearWordParser } from './parsers/year.js';
import { yearRangeParser, yearSlashParser } from './parsers/yearRange.js';
import { adjectiveDurationParser } from './parsers/adjectiveDuration.js';
import { adjectiveDateParser } from './parsers/adjectiveDate.js';
import { holidayParser } from './parsers/holiday.js';
import { anaphoraParser, beforeThatParser } from './parsers/anaphora.js';
import { frequencyParser } from './parsers/frequency.js';
import { playMinuteParser, vagueParser } from './parsers/vague.js';
import { resolveAnaphora } from './refiners/anaphora.js';
import { attachToDays } from './refiners/attach.js';
import { anchorTimes } from './refiners/anchorTimes.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { mergeRanges } from './refiners/ranges.js';
import { mergeTimeRanges } from './refiners/timeRanges.js';
import { openEnds } from './refiners/openEnds.js';
import { shareYear } from './refiners/shareYear.js';
import { AnchorIndex } from './anchors.js';
import type { Candidate, ParseContext, Parser, Refiner } from './types.js';

/** Every construction, tried over the whole lower-cased text. Order breaks ties between equal spans. */
export const PARSERS: readonly Parser[] = [
  dayRangeParser,
  dayMonthParser,
  dayWordMonthParser,
  numericDayRangeParser,
  numericDateParser,
  numericDayMonthParser,
  monthParser,
  yearRangeParser,
  yearSlashParser,
  yearWordParser,
  bareYearParser,
  decadeParser,
  centuryParser,
  decadeWordParser,
  quarterHalfParser,
  seasonParser,
  relativeSeasonParser,
  relativePeriodParser,
  agoParser,
  laterParser,
  clockTimeParser,
  hourWordsParser,
  noonParser,
  dayPartParser,
  casualParser,
  casualDayParser,
  weekdayParser,
  durationCountParser,
  durationHalfParser,
  durationBareParser,
  anaphoraParser,
  beforeThatParser,
  vagueParser,
  playMinuteParser,
  frequencyParser,
  adjectiveDurationParser,
  adjectiveDateParser,
  holidayParser,
];

/** Passes over the candidates, in order. */
export const REFINERS: readonly Refiner[] = [
  dropOverlaps,
  mergeRanges,
  shareYear,
  attachToDays,
  mergeTimeRanges,
  anchorTimes,
  openEnds,
  dropOverlaps,
  resolveAnaphora,
];

/** Every parser's anchors, indexed once (see ./anchors.ts). */
const ANCHORS = new AnchorIndex(PARSERS);

/** Runs one parser's pattern over a sentence's text (a slice of doc.lower from `start`). */
function scan(p: Parser, ctx: ParseContext, text: string, start: number, out: Candidate[]): void {
  const re = p.pattern;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += start;
    if (inUrl(ctx.doc.lower, m.index)) continue;
    const c = p.build(m, ctx);
    if (c) out.push(c);
  }
}

/** Whether an offset lies inside a web address ("znak.com/2016-06-30/…"): its numbers are no dates. */
function inUrl(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && from > at - 200 && !/\s/.test(text[from - 1]!)) from--;
  const word = text.slice(from, at);
  return word.includes('://') || word.startsWith('www.');
}

/** Runs every parser's pattern over the sentences that hold one of its anchors, parser by parser. */
export function parseAll(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  const { doc } = ctx;
  // a pattern reads one sentence at a time: no date spans a sentence break
  const sentences = doc.sentences.map((s) => ({
    start: s.start,
    text: doc.lower.slice(s.start, s.end),
    anchors: ANCHORS.sentenceAnchors(doc, s),
  }));
  PARSERS.forEach((p, pi) => {
    for (const { start, text, anchors } of sentences) if (anchors[pi]) scan(p, ctx, text, start, out);
  });
  return out;
}

/** The ISO value of a refined candidate, or undefined when it could not be resolved. */
export function valueOf(c: Candidate, ctx: ParseContext): string | undefined {
  if (c.unresolved !== undefined) return undefined;
  if (c.value !== undefined) return c.value;
  if (!c.parts) return undefined;
  const offset = c.offsetMinutes ?? ctx.offsetMinutes;
  const from = formatParts(c.parts, offset);
  return c.toParts ? `${from}/${formatParts(c.toParts, offset)}` : from;
}

/** Every date, time, duration and range in the document. */
export function extractDates(doc: AnalysedDoc): Extracted<DateItem> {
  const warnings: string[] = [];
  const ctx = contextOf(doc);
  let cands = parseAll(ctx);
  for (const refine of REFINERS) cands = refine(cands, ctx);
  const items: DateItem[] = [];
  const item = (c: Candidate, nested: boolean): void => {
    const text = doc.text.slice(c.start, c.end);
    const value = valueOf(c, ctx);
    const grain = c.grain ?? (c.parts ? grainOfParts(c.parts) : null);
    const it: DateItem = { start: c.start, end: c.end, text, kind: c.kind, grain, relative: c.relative };
    if (value !== undefined) it.value = value;
    else if (!nested && c.unresolved !== undefined && /publication/.test(c.unresolved)) {
      warnings.push(`date "${text}" at ${c.start} has no value: ${c.unresolved}`);
    }
    items.push(it);
  };
  for (const c of cands) {
    item(c, false);
    if (c.day) item(c.day, true);
  }
  return { items, warnings };
}
