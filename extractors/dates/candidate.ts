// Candidates of one hidden class. V8 gives an object a hidden class per order in which its fields
// were added; candidates built as `{ ...base, key }` or Object.assign({}, …) from parsers' own
// object literals came in some sixty field orders, so every refiner read them megamorphically, and
// whether Object.assign found its cached transitions depended on what the collector had cleared:
// the extractor ran 240 to 550 µs per article from one process to the next. Every candidate is
// now made here, with every field set in one order (absent ones undefined): one class, read
// monomorphically, and the speed no longer swings.
import type { Candidate, FixedShape } from './types.js';

class FixedCandidate {
  start: number;
  end: number;
  kind: unknown;
  grain: unknown;
  relative: unknown;
  source: unknown;
  value: unknown;
  parts: unknown;
  toParts: unknown;
  monthDay: unknown;
  yearImplied: unknown;
  unresolved: unknown;
  anaphora: unknown;
  offsetMinutes: unknown;
  priority: unknown;
  day: unknown;

  constructor(o: Partial<Candidate>) {
    this.start = o.start as number;
    this.end = o.end as number;
    this.kind = o.kind;
    this.grain = o.grain;
    this.relative = o.relative;
    this.source = o.source;
    this.value = o.value;
    this.parts = o.parts;
    this.toParts = o.toParts;
    this.monthDay = o.monthDay;
    this.yearImplied = o.yearImplied;
    this.unresolved = o.unresolved;
    this.anaphora = o.anaphora;
    this.offsetMinutes = o.offsetMinutes;
    this.priority = o.priority;
    this.day = o.day;
  }
}

/** The fields a candidate has, in order (a test holds every candidate to exactly these). */
export const CANDIDATE_FIELDS = Object.keys(new FixedCandidate({}));

/**
 * A candidate with base's fields, then extra's (extra wins), like `{ ...base, ...extra }`. A field
 * either leaves out stays undefined. Partial candidates (a span, a span and its kind) are made
 * here too, so that every stage of a candidate has the one hidden class.
 */
export function cand<A extends object, const B extends object>(
  base: A,
  extra: B,
): Omit<A, keyof B> & B & FixedShape {
  // a candidate as `extra` would carry its undefined fields over base's
  if (extra instanceof FixedCandidate) throw new TypeError('cand: extra must be a plain object');
  return Object.assign(new FixedCandidate(base as Partial<Candidate>), extra) as unknown as Omit<A, keyof B> &
    B &
    FixedShape;
}
