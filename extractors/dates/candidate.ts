// Candidates of one hidden class: every candidate is made here, with every field set in one order
// (absent ones undefined), so refiners read them monomorphically whatever parser built them.
import type { Candidate, FixedShape } from './types.js';

/** The fields a candidate has, in order (a test holds every candidate to exactly these). */
export const CANDIDATE_FIELDS = [
  'start',
  'end',
  'kind',
  'grain',
  'relative',
  'source',
  'value',
  'parts',
  'toParts',
  'monthDay',
  'yearImplied',
  'unresolved',
  'anaphora',
  'offsetMinutes',
  'priority',
  'day',
] as const;

class FixedCandidate {
  constructor(o: Partial<Candidate>) {
    for (const f of CANDIDATE_FIELDS) (this as Record<string, unknown>)[f] = o[f];
  }
}

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
