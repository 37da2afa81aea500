// Number candidates of one hidden class. V8 gives an object a hidden class per order in which its
// fields were added: candidates made as object literals with and without `figure`, `min` and
// `max`, and copied with Object.assign({}, …), came in several classes, and which ones depended on
// what the collector had cleared. When the mix changed (another extractor allocating more before
// this one ran, say), the optimised extractor met a class it had not seen and was thrown away:
// timed beside full extraction with and without the dates extractor, it was deoptimised some 700
// times a pass. Every candidate is now made here with every field set in one order.
import type { Candidate, Figure, NumberShape } from './types.js';

/** What a new candidate needs: every field but the optional ones. */
export type CandidateInit = Omit<Candidate, 'min' | 'max' | 'figure' | keyof NumberShape> &
  Partial<Pick<Candidate, 'min' | 'max' | 'figure'>>;

class NumberCandidate {
  first: number;
  last: number;
  start: number;
  end: number;
  kind: Candidate['kind'];
  value: number;
  currency: string | null;
  unit: string | null;
  counts: string | null;
  countsSpan: { start: number; end: number } | null;
  approx: Candidate['approx'];
  min: number | undefined;
  max: number | undefined;
  figure: Figure | undefined;
  bare: boolean;

  constructor(o: CandidateInit) {
    this.first = o.first;
    this.last = o.last;
    this.start = o.start;
    this.end = o.end;
    this.kind = o.kind;
    this.value = o.value;
    this.currency = o.currency;
    this.unit = o.unit;
    this.counts = o.counts;
    this.countsSpan = o.countsSpan;
    this.approx = o.approx;
    this.min = o.min;
    this.max = o.max;
    this.figure = o.figure;
    this.bare = o.bare;
  }
}

/** The fields a candidate has, in order (a test holds every candidate to exactly these). */
export const CANDIDATE_FIELDS = Object.keys(new NumberCandidate({} as CandidateInit));
/** A new candidate. */
export function newCandidate(init: CandidateInit): Candidate {
  return new NumberCandidate(init) as unknown as Candidate;
}

/** A copy of a candidate with some fields changed, like `{ ...c, ...changes }`. */
export function withFields(c: Candidate, changes: Partial<CandidateInit>): Candidate {
  return Object.assign(new NumberCandidate(c), changes) as unknown as Candidate;
}
