// A quote found by one construction, before its speaker is resolved and overlaps are settled.
import type { Gender } from '../../document/analyse/index.js';
import type { QuoteKind } from '../../document/record/types.js';
import type { NounGroup } from './subject.js';

/** How the speaker of a candidate is to be found. */
export type AttributionMode =
  /** the noun group names the speaker (a person, an anaphor or a source) */
  | 'group'
  /** no attribution: the speaker of the surrounding quotes continues */
  | 'continue'
  /** impersonal or unknown: speaker null */
  | 'none'
  /** a joint statement or the outlet's own byline: not a quote */
  | 'drop';

export interface Attribution {
  mode: AttributionMode;
  group: NounGroup | null;
  /** the gender the cue verb agrees in (past tense), for anaphors */
  verbGender: Gender | null;
  /** why a 'drop' attribution drops the quote */
  reason?: string;
  /** an unrecognised subject word ("Мадонна" opening a sentence), matched against people's names at the end */
  subjectTok?: number;
}

export interface Candidate {
  start: number;
  end: number;
  kind: QuoteKind;
  cue: string | null;
  /** the construction that found it, for warnings and debugging */
  pattern: string;
  attr: Attribution;
  /** higher wins when candidates overlap */
  priority: number;
}

/** Priorities of the constructions: explicit direct quotes first, unattributed ones last. */
export const PRIORITY = {
  directAttributed: 30,
  reported: 20,
  directUnquoted: 25,
  directStandalone: 10,
} as const;
