// Internal shapes shared by the numbers extractor's parsers and refiners.
import type { Case } from '../../document/analyse/index.js';
import type { NumberItem } from '../../document/record/types.js';

/** A figure: digits or number words, with its multiplier, before any currency, unit or noun. */
export interface Figure {
  /** tokens[first..last], inclusive */
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  /** written in words: then `cases` says which cases the last numeral can stand in */
  words: boolean;
  cases: ReadonlySet<Case> | null;
  /** the numeral the counted noun agrees with: 21 -> 21 (one), "1,5" -> decimal */
  decimal: boolean;
  /** a multiplier (тыс., млн) was applied: the counted noun is then genitive plural */
  multiplied: boolean;
  /** a collective numeral ("двое", "оба") */
  collective: boolean;
  /** the number before a multiplier, for ranges such as "от 3 до 5 тыс." */
  base: number;
  multiplier: number;
}

declare const numberShape: unique symbol;
/** What only ./candidate.ts gives: object literals are no candidates, so all share one hidden class. */
export interface NumberShape {
  readonly [numberShape]: true;
}

/** A NumberItem under construction, with the tokens it covers; made by ./candidate.ts. */
export interface Candidate extends NumberShape {
  first: number;
  last: number;
  start: number;
  end: number;
  kind: NumberItem['kind'];
  value: number;
  currency: string | null;
  unit: string | null;
  counts: string | null;
  countsSpan: { start: number; end: number } | null;
  approx: NumberItem['approx'];
  min?: number | undefined;
  max?: number | undefined;
  /** the figure the item was built on (absent for word-only ordinals and ages) */
  figure?: Figure | undefined;
  /** a bare figure: nothing followed it that said what it is */
  bare: boolean;
}
