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
import { yearParser } from './parsers/year.js';
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
import { GateSet, passes, type Marks } from './gates.js';
import type { Mask } from './gates.js';
import { anchorWindows, type Marked } from './windows.js';
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

/** Every parser's gate, tested once per sentence (see ./gates.ts). */
const GATES = new GateSet(PARSERS);
const GATE_BITS = PARSERS.map((p) => GATES.bitsOf(p));
/** The anchor test of each parser that declares a reach (see ./windows.ts). */
const ANCHORS = PARSERS.map((p) => {
  if (!p.reach) return null;
  const anchor = GATES.anchorOf(p);
  if (!anchor) throw new Error(`parser ${p.name} declares a reach but has no one-token gate or hint`);
  return anchor;
});

/**
 * Two zeroed arrays by token index for the tests each token passed, reused from one document to the
 * next: allocating two typed arrays per document cost 3% of the extractor. Only parseAll uses them,
 * and it never runs inside itself.
 */
const TOKEN_TESTS = [new Int32Array(1 << 12), new Int32Array(1 << 12)];
function tokenTests(length: number, which: 0 | 1): Int32Array {
  let a = TOKEN_TESTS[which]!;
  if (a.length < length) a = TOKEN_TESTS[which] = new Int32Array(Math.max(length, a.length * 2));
  a.fill(0, 0, length);
  return a;
}
/** The tokens that passed some test, by sentence (see Marked in ./windows.ts); reused as above. */
const MARKS: Marks = { at: new Int32Array(1 << 12), count: 0 };
function marksFor(length: number): Marks {
  if (MARKS.at.length < length) MARKS.at = new Int32Array(Math.max(length, MARKS.at.length * 2));
  MARKS.count = 0;
  return MARKS;
}

/**
 * A match not built yet because it lies inside a longer candidate (`container`): a builder never
 * widens its match, so what it would build loses to the container in dropOverlaps ("ноября" and
 * "2025 года" inside "26 ноября 2025 года"), unless the container is dropped itself. `at` is where
 * in the candidates it would have stood (dropOverlaps breaks ties by that order).
 */
export interface Deferred {
  parser: Parser;
  match: RegExpExecArray;
  container: Candidate;
  at: number;
}

/** The first candidate already built that holds a span and is longer, or undefined. */
function containerOf(cands: readonly Candidate[], start: number, end: number): Candidate | undefined {
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    if (c.start <= start && end <= c.end && end - start < c.end - c.start) return c;
  }
  return undefined;
}

/**
 * Runs one parser's pattern over `text` (a sentence's slice of doc.lower, cut at `cut`) from
 * `from`, both offsets into the document; returns where its last match ended (or `from`).
 */
function scan(
  p: Parser,
  ctx: ParseContext,
  text: string,
  start: number,
  from: number,
  cut: number,
  out: Candidate[],
  deferred: Deferred[] | undefined,
): number {
  const re = p.pattern;
  const subject = cut - start === text.length ? text : text.slice(0, cut - start);
  re.lastIndex = from - start;
  let m: RegExpExecArray | null;
  let end = from;
  while ((m = re.exec(subject)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    m.index += start;
    end = m.index + m[0].length;
    const container = deferred ? containerOf(out, m.index, end) : undefined;
    if (deferred && container) deferred.push({ parser: p, match: m, container, at: out.length });
    else {
      const c = p.build(m, ctx);
      if (c) out.push(c);
    }
    // at the end of the text only an empty match could follow, and those are skipped: the call that
    // would say so is spared (one call in eight on news ended a window so)
    if (re.lastIndex >= subject.length) break;
  }
  return end;
}

/**
 * Runs every parser's pattern over the lower-cased text and builds candidates. Given `deferred`, a
 * match inside a longer candidate is put there instead of built (see Deferred, firstPass).
 */
export function parseAll(ctx: ParseContext, deferred?: Deferred[]): Candidate[] {
  const out: Candidate[] = [];
  const { doc } = ctx;
  // a pattern reads one sentence at a time (no date spans a sentence break), and only the sentences
  // whose gates it passes (see ./gates.ts): most of a news text never meets most patterns; a
  // parser that declares a reach reads only the windows around its anchor words (./windows.ts)
  const texts: string[] = [];
  const masks: Mask[] = [];
  const letters = tokenTests(doc.tokens.length, 0);
  const digits = tokenTests(doc.tokens.length, 1);
  const marks = marksFor(doc.tokens.length);
  /** where each sentence's marked tokens start in marks.at, and after the last sentence, the end */
  const marksFrom: number[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.lower.slice(sentence.start, sentence.end);
    texts.push(text);
    marksFrom.push(marks.count);
    masks.push(GATES.sentenceMask(doc, sentence, text, letters, digits, marks));
  }
  marksFrom.push(marks.count);
  const marked: Marked = { at: marks.at, from: 0, to: 0 };
  for (let pi = 0; pi < PARSERS.length; pi++) {
    const p = PARSERS[pi]!;
    const bits = GATE_BITS[pi]!;
    const anchor = ANCHORS[pi];
    for (let i = 0; i < texts.length; i++) {
      if (!passes(masks[i]!, bits)) continue;
      const sentence = doc.sentences[i]!;
      const text = texts[i]!;
      if (!anchor) {
        scan(p, ctx, text, sentence.start, sentence.start, sentence.end, out, deferred);
        continue;
      }
      marked.from = marksFrom[i]!;
      marked.to = marksFrom[i + 1]!;
      const windows = anchorWindows(doc, sentence, letters, digits, anchor, p.reach!, marked);
      let done = sentence.start;
      for (let w = 0; w < windows.length; w += 2) {
        done = scan(
          p,
          ctx,
          text,
          sentence.start,
          Math.max(done, windows[w]!),
          windows[w + 1]!,
          out,
          deferred,
        );
      }
    }
  }
  return out;
}

if (REFINERS[0] !== dropOverlaps) throw new Error('the first refiner must be dropOverlaps (see firstPass)');

/**
 * parseAll and the first refiner (dropOverlaps), without building the matches that lie inside a
 * longer candidate while that candidate is kept. When one is dropped, the matches inside it are
 * built where they stood and dropOverlaps runs again over all, until every match left unbuilt has
 * its container kept. That gives what dropOverlaps gives over every candidate built: taken longest
 * first, each unbuilt one would meet its longer container kept and be dropped, and a dropped
 * candidate drops nothing.
 */
export function firstPass(ctx: ParseContext): Candidate[] {
  const deferred: Deferred[] = [];
  const out = parseAll(ctx, deferred);
  let kept = dropOverlaps(out, ctx);
  // what each deferred match built, once built (null: its builder declined)
  const built: Array<Candidate | null | undefined> = deferred.map(() => undefined);
  for (;;) {
    let more = false;
    for (let k = 0; k < deferred.length; k++) {
      const d = deferred[k]!;
      // a few candidates are kept: includes, rather than a Set made each round
      if (built[k] === undefined && !kept.includes(d.container)) {
        built[k] = d.parser.build(d.match, ctx);
        more = true;
      }
    }
    if (!more) return kept;
    // every candidate built so far, in the order parseAll met them
    const all: Candidate[] = [];
    let k = 0;
    for (let i = 0; i <= out.length; i++) {
      for (; k < deferred.length && deferred[k]!.at === i; k++) {
        const c = built[k];
        if (c) all.push(c);
      }
      if (i < out.length) all.push(out[i]!);
    }
    kept = dropOverlaps(all, ctx);
  }
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
  let cands = firstPass(ctx);
  for (let r = 1; r < REFINERS.length; r++) cands = REFINERS[r]!(cands, ctx);
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
