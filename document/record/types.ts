// The record contract (../shared/CONTRACT.md) as TypeScript types. Field names are stable:
// add fields freely, rename or remove none without bumping SCHEMA_VERSION.

export const SCHEMA_VERSION = '1';

/** A piece of record.text: UTF-16 offsets, end exclusive, text === record.text.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Offsets without the text, for secondary spans such as NumberItem.countsSpan. */
export interface Range {
  start: number;
  end: number;
}

export type MentionKind = 'name' | 'role' | 'pronoun';

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Person {
  id: string;
  name: string;
  role: string | null;
  quoted: boolean;
  mentions: Mention[];
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote extends Span {
  kind: QuoteKind;
  /** A Person id, or null when the source is unknown or not a person. */
  speaker: string | null;
  /** The cue's lemma: "сказать", "по словам". */
  cue: string | null;
  /** An outlet or organisation given as the source when it is not a person ("Zakon.kz", "МИД"). */
  source?: string | null;
}

export type NumberKind = 'count' | 'money' | 'percent' | 'quantity' | 'ordinal' | 'age';
export type Approx = 'almost' | 'about' | 'over' | 'under' | 'up_to' | 'at_least';

export interface NumberItem extends Span {
  kind: NumberKind;
  value: number;
  currency: string | null;
  unit: string | null;
  counts: string | null;
  countsSpan: Range | null;
  approx: Approx | null;
  min?: number;
  max?: number;
}

export type DateKind = 'date' | 'duration' | 'range' | 'time';
export type Grain =
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century'
  | 'second';

export interface DateItem extends Span {
  kind: DateKind;
  /** ISO 8601 at its grain; absent when a relative date cannot be resolved (no publication date). */
  value?: string;
  grain: Grain | null;
  relative: boolean;
}

export interface NewsRecord {
  schemaVersion: string;
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
  fetched: string | null;
  lang: string;
  text: string;
  people: Person[];
  quotes: Quote[];
  numbers: NumberItem[];
  dates: DateItem[];
  warnings: string[];
  /** set by the run command: 1 for an id's first extraction, higher when the article changed at its source */
  version?: number;
}
