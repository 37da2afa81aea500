// Dates, times, durations and ranges: parsers (one construction each, built like a chrono-node
// locale) find candidates over doc.lower, refiners merge and filter, and values are resolved against
// the publication date. See README.md for which expressions come from where.
import type { AnalysedDoc } from '../../pipeline/analyse/index.js';
import type { DateItem } from '../../pipeline/record/types.js';
import type { Extracted } from '../types.js';
import { formatParts, grainOfParts } from './calendar.js';
import { contextOf } from './context.js';
import { agoParser, laterParser } from './parsers/agoLater.js';
import { casualParser } from './parsers/casual.js';
import { casualDayParser, weekdayParser } from './parsers/weekday.js';
import { dayMonthParser, dayRangeParser, dayWordMonthParser } from './parsers/dayMonth.js';
import { centuryParser, decadeWordParser } from './parsers/century.js';
import { decadeParser } from './parsers/decade.js';
import { durationBareParser, durationCountParser, durationHalfParser } from './parsers/duration.js';
import { monthParser } from './parsers/month.js';
import { numericDateParser } from './parsers/numericDate.js';
import { quarterHalfParser } from './parsers/quarterHalf.js';
import { relativePeriodParser } from './parsers/relativePeriod.js';
import { relativeSeasonParser, seasonParser } from './parsers/season.js';
import { clockTimeParser, hourWordsParser, noonParser } from './parsers/time.js';
import { yearParser } from './parsers/year.js';
import { yearRangeParser, yearSlashParser } from './parsers/yearRange.js';
import { adjectiveDurationParser } from './parsers/adjectiveDuration.js';
import { anaphoraParser } from './parsers/anaphora.js';
import { frequencyParser } from './parsers/frequency.js';
import { vagueParser } from './parsers/vague.js';
import { resolveAnaphora } from './refiners/anaphora.js';
import { attachToDays } from './refiners/attach.js';
import { dropOverlaps } from './refiners/overlaps.js';
import { mergeRanges } from './refiners/ranges.js';
import { mergeTimeRanges } from './refiners/timeRanges.js';
import { shareYear } from './refiners/shareYear.js';
import { GateSet, passes } from './gates.js';
import type { Mask } from './gates.js';
import type { Candidate, ParseContext, Parser, Refiner } from './types.js';

/** Every construction, tried over the whole lower-cased text. Order breaks ties between equal spans. */
export const PARSERS: readonly Parser[] = [
  dayRangeParser,
  dayMonthParser,
  dayWordMonthParser,
  numericDateParser,
  monthParser,
  yearRangeParser,
  yearSlashParser,
  yearParser,
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
  casualParser,
  casualDayParser,
  weekdayParser,
  durationCountParser,
  durationHalfParser,
  durationBareParser,
  anaphoraParser,
  vagueParser,
  frequencyParser,
  adjectiveDurationParser,
];

/** Passes over the candidates, in order. */
export const REFINERS: readonly Refiner[] = [
  dropOverlaps,
  mergeRanges,
  shareYear,
  attachToDays,
  mergeTimeRanges,
  dropOverlaps,
  resolveAnaphora,
];

/** Every parser's gate, tested once per sentence (see ./gates.ts). */
const GATES = new GateSet(PARSERS);
const GATE_BITS = PARSERS.map((p) => GATES.bitsOf(p));

/** Runs every parser's pattern over the lower-cased text and builds candidates. */
export function parseAll(ctx: ParseContext): Candidate[] {
  const out: Candidate[] = [];
  const { doc } = ctx;
  // a pattern reads one sentence at a time (no date spans a sentence break), and only the sentences
  // whose gates it passes (see ./gates.ts): most of a news text never meets most patterns
  const paras: Array<{ start: number; text: string }> = [];
  const masks: Mask[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.lower.slice(sentence.start, sentence.end);
    paras.push({ start: sentence.start, text });
    masks.push(GATES.sentenceMask(doc, sentence, text));
  }
  for (let pi = 0; pi < PARSERS.length; pi++) {
    const p = PARSERS[pi]!;
    const re = p.pattern;
    const bits = GATE_BITS[pi]!;
    for (let i = 0; i < paras.length; i++) {
      if (!passes(masks[i]!, bits)) continue;
      const para = paras[i]!;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(para.text)) !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        m.index += para.start;
        const c = p.build(m, ctx);
        if (c) out.push(c);
      }
    }
  }
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
  for (const c of cands) {
    const text = doc.text.slice(c.start, c.end);
    const value = valueOf(c, ctx);
    const grain = c.grain ?? (c.parts ? grainOfParts(c.parts) : null);
    const item: DateItem = { start: c.start, end: c.end, text, kind: c.kind, grain, relative: c.relative };
    if (value !== undefined) item.value = value;
    else if (c.unresolved !== undefined && /publication/.test(c.unresolved)) {
      warnings.push(`date "${text}" at ${c.start} has no value: ${c.unresolved}`);
    }
    items.push(item);
  }
  return { items, warnings };
}
