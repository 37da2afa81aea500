// Where in a sentence a parser's pattern needs to run. A pattern is tried at every position of the
// text it is given (8 to 35 ns a character), but a match of most patterns lies within a few tokens
// of one word it cannot match without: a year number, a month, a unit of time. Such a parser
// declares how many tokens a match may reach before and after its anchors (./anchors.ts); the
// pattern then runs over the windows around the anchor tokens instead of over the whole sentence.
//
// A window starts `before` tokens before an anchor, and the pattern starts there with the whole
// sentence before it in view (its lookbehinds see what they would see anyway). It ends `after`
// tokens past the anchor, at a token followed by a blank (or at the sentence's end), so the last
// token is whole and the text cut there has no anchor the sentence lacks. Past the end of a match
// the patterns look at one character ("not a letter or digit"), which a blank and the end of the
// text answer alike; a pattern that looks further counts that in `after` (a bare year reads the
// year word after it). Windows that touch or nearly touch are merged. A pattern run over the
// windows then finds exactly what it finds over the sentence: every match lies inside a window,
// and no attempt that fails on the sentence can succeed on a window, since anything it read past
// the window's end would have to hold another anchor (which would have widened the window).
import type { AnalysedDoc, Sentence } from '../../document/analyse/index.js';

/** How far a match reaches from the tokens that are its anchors, in tokens. */
export interface Reach {
  /** tokens a match may start before its first anchor token ("в начале 2025": 2) */
  before: number;
  /** tokens a match may end, or its lookaheads read, after its last anchor token ("2025 года": 1) */
  after: number;
}

/**
 * Windows with at most this many tokens between them are read as one: a run of a pattern costs
 * more than the few characters it would skip. A wider window finds the same, as it still holds every match.
 */
const BRIDGE = 2;

/**
 * The most tokens any of these phrases can take: each run of letters or digits is one, and so is
 * every other character but a space ("в течение последних": 3, "где-то": at most 3).
 */
export function maxTokens(phrases: Iterable<string>): number {
  let most = 0;
  for (const p of phrases) most = Math.max(most, p.match(/[\p{L}\p{N}]+|[^\p{L}\p{N} ]/gu)?.length ?? 0);
  return most;
}

/** Whether a UTF-16 code is a blank (space, tab, line break, no-break space). */
export const isBlank = (code: number): boolean => code === 32 || code === 160 || (code >= 9 && code <= 13);

/**
 * The windows of a sentence around its anchor tokens (indices, in order), as pairs of offsets into the
 * document: where to start the pattern, where to cut the text. Windows that touch are read as one.
 */
export function anchorWindows(
  doc: AnalysedDoc,
  sentence: Sentence,
  anchors: readonly number[],
  reach: Reach,
): number[] {
  const out: number[] = [];
  const first = sentence.firstToken;
  const last = sentence.endToken - 1;
  const { tokens, lower } = doc;
  let from = -1;
  let to = -1;
  const close = (): void => {
    let end = to;
    while (end < last && !isBlank(lower.charCodeAt(tokens[end]!.end))) end++;
    out.push(tokens[from]!.start, end >= last ? sentence.end : tokens[end]!.end);
  };
  for (const i of anchors) {
    const start = Math.max(first, i - reach.before);
    const end = Math.min(last, i + reach.after);
    if (from >= 0 && start <= to + 1 + BRIDGE) {
      to = Math.max(to, end);
      continue;
    }
    if (from >= 0) close();
    from = start;
    to = end;
  }
  if (from >= 0) close();
  return out;
}
