// What every reported-speech rule reads: the speech verb found at a token, its sentence, and the
// helpers the rules share (building a candidate, skipping adverbs, testing punctuation).
import type { Token } from '../../../document/analyse/index.js';
import { PRIORITY, type Attribution, type Candidate } from '../candidate.js';
import { contentSpan, reportedKind } from '../clause.js';
import type { QuoteContext, SpeechHit } from '../context.js';

/** One speech verb met in the text, with its sentence bounds. */
export interface VerbSite {
  readonly ctx: QuoteContext;
  readonly toks: readonly Token[];
  /** the verb's token */
  readonly i: number;
  readonly hit: SpeechHit;
  /** the cue recorded on the quote: the verb's own cue, else its lemma */
  readonly cue: string;
  /** the sentence: its first token and one past its last */
  readonly lo: number;
  readonly hi: number;
}

/**
 * What a rule says about one speech verb (or phrase): `undefined` when the sentence is not built
 * its way (the next rule is tried); otherwise its answer, a candidate or `null` when the
 * construction is there but yields no quote (no later rule is tried).
 */
export type RuleOutcome = Candidate | null | undefined;

/** A construction, tried on one speech verb. */
export type VerbRule = (site: VerbSite) => RuleOutcome;

/** The prepositions of "заявил о …", "Об этом сообщило …". */
export const ABOUT: ReadonlySet<string> = new Set(['о', 'об', 'обо']);

/** Whether a token is punctuation matching `re`. */
export const isPunct = (t: Token | undefined, re: RegExp): boolean =>
  t !== undefined && t.kind === 'punct' && re.test(t.text);

/** Whether a word reads first as an adverb, a particle or a pronoun ("также", "ещё", "это"). */
export const isAdverbish = (t: Token): boolean =>
  t.kind === 'word' &&
  t.morph.length > 0 &&
  t.morph[0]!.pos !== null &&
  ['ADVB', 'PRCL', 'NPRO'].includes(t.morph[0]!.pos);

/** Builds a candidate whose content runs over tokens [qFirst, qLast], attributed by `attr`. */
export function build(
  ctx: QuoteContext,
  qFirst: number,
  qLast: number,
  attr: Attribution,
  cue: string | null,
  pattern: string,
): Candidate | null {
  const span = contentSpan(ctx, qFirst, qLast);
  if (!span) return null;
  const k = reportedKind(ctx, span.start, span.end);
  return { start: k.start, end: k.end, kind: k.kind, cue, pattern, attr, priority: PRIORITY.reported };
}

/** Whether tokens [a, b) are all punctuation. */
export function onlyPunctuation(ctx: QuoteContext, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.doc.tokens[k]!.kind !== 'punct') return false;
  return true;
}

/**
 * How many tokens after a verb may be looked at for its object: the object itself after at most
 * two adverbs, "Ерлан Саиров предложил временно приостановить выборы акимов" (one). "также" reads
 * as a conjunction, not an adverb: "Губернатор предложил также ужесточить …" gives nothing.
 */
const OBJECT_REACH = 3;

/** First token from `from` that is not an adverb or particle ("также", "ещё"), or -1. */
export function nextContentToken(ctx: QuoteContext, from: number, hi: number): number {
  for (let j = from; j < hi && j < from + OBJECT_REACH; j++) {
    const t = ctx.doc.tokens[j]!;
    if (t.kind !== 'word') return -1;
    if (!isAdverbish(t) || ABOUT.has(t.norm)) return j;
  }
  return -1;
}
