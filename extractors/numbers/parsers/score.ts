// Sports scores and ratios: "со счетом 4:0", "составил 7:6, 7:5". Each side is a number of its own,
// as the news annotates it; a time ("15:30") has two-digit minutes and no score word before it.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import type { Candidate } from '../types.js';
import { newCandidate } from '../candidate.js';

const SCORE_RE = /^(\d{1,3}):(\d{1,3})$/;
const SCORE_CUES = /^(счет|счета|счетом|счете)$/u;

/** Both sides of a score at token i, or null when the token is a time or no score. */
export function parseScore(doc: AnalysedDoc, i: number): Candidate[] | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'num') return null;
  const m = SCORE_RE.exec(t.text);
  if (!m) return null;
  const [a, b] = [m[1]!, m[2]!];
  let cue = b.length === 1;
  for (let k = i - 1; k >= Math.max(0, i - 3) && !cue; k--) cue = SCORE_CUES.test(doc.tokens[k]!.norm);
  if (!cue) return null;
  const side = (value: number, start: number, end: number): Candidate =>
    newCandidate({
      first: i,
      last: i,
      start,
      end,
      kind: 'count',
      value,
      currency: null,
      unit: null,
      counts: null,
      countsSpan: null,
      approx: null,
      bare: false,
    });
  return [side(Number(a), t.start, t.start + a.length), side(Number(b), t.end - b.length, t.end)];
}
