// What parsers hand to refiners: a span with known date parts (chrono-style), or a ready value.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { DateKind, Grain } from '../../document/record/types.js';
import type { Anchors } from './anchors.js';

/** Calendar parts of one point in local time; absent parts are not part of the grain. */
export interface DateParts {
  y: number;
  m?: number | undefined;
  d?: number | undefined;
  hh?: number | undefined;
  mi?: number | undefined;
}

/** The publication moment in the outlet's local time: the reference for relative expressions. */
export interface Reference {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  /** Monday = 1 … Sunday = 7 */
  weekday: number;
}

/** Everything a result builder may read besides its match. */
export interface ParseContext {
  doc: AnalysedDoc;
  ref: Reference | null;
  /** minutes east of UTC for times, or null when unknown */
  offsetMinutes: number | null;
  /** per sentence, what tenseAt reads from it (filled on first use; one document's context only) */
  readonly sentenceTenses: Map<number, SentenceTenses>;
}

/** A sentence's future cue, if any, and its finite verbs by tense, in token order. */
export interface SentenceTenses {
  future: boolean;
  verbs: Array<{ token: number; tense: 'past' | 'present' | 'future' }>;
}

declare const fixedShape: unique symbol;
/** What only `cand` (./candidate.ts) gives: object literals are no candidates, so all share one hidden class. */
export interface FixedShape {
  readonly [fixedShape]: true;
}

/** One parsed expression before refining; made by `cand`. */
export interface Candidate extends FixedShape {
  start: number;
  end: number;
  kind: DateKind;
  grain: Grain | null;
  /** true when some part came from the publication date */
  relative: boolean;
  /** which parser found it (for debugging and the README table) */
  source: string;
  /** a ready ISO value (durations, intervals); otherwise built from parts */
  value?: string | undefined;
  parts?: DateParts | undefined;
  /** the end point of a range */
  toParts?: DateParts | undefined;
  /** month and day of a date written without a year, kept even when no year could be inferred */
  monthDay?: { m: number; d?: number } | undefined;
  /** the year was inferred, not written: a neighbouring written year may replace it */
  yearImplied?: boolean | undefined;
  /** why there is no value (no publication date, a vague count) */
  unresolved?: string | undefined;
  /** points back at an earlier date of the text ("в тот же день"): resolved by a refiner */
  anaphora?: { unit: 'day' | 'month' | 'year'; shift: number } | undefined;
  /** the zone a clock time names ("по московскому времени", "мск"), when not the outlet's */
  offsetMinutes?: number | undefined;
  /** higher wins a tie between overlapping candidates of equal length */
  priority?: number | undefined;
  /** the day inside a time that took it ("26 ноября" in "26 ноября в 15:00"): an item of its own */
  day?: Candidate | undefined;
}

/** A construction: a pattern over `doc.lower` and a builder from one match to a candidate. */
export interface Parser {
  name: string;
  /** the words (or numbers) a match cannot lack: the pattern runs only where one stands (./anchors.ts) */
  anchors: Anchors;
  pattern: RegExp;
  build(match: RegExpExecArray, ctx: ParseContext): Candidate | null;
}

/** A pass over all candidates (sorted by start) that merges, fills in or drops some. */
export type Refiner = (cands: Candidate[], ctx: ParseContext) => Candidate[];
