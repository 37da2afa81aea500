// Passes over all candidates once their speakers are known: drop joint statements and the outlet's
// own byline ("…, сообщает Zakon.kz" in a Zakon.kz article is the article, not a quote), and settle
// overlaps (explicit attribution beats implicit; between nested reported clauses the one a person
// said wins: "Как передаёт РИА, Челах заявил, что …" is Челах's quote).
import type { Candidate } from './candidate.js';
import { outletKeys } from './lexicon/sources.js';

/** A candidate with its speaker resolved. */
export interface ResolvedCandidate extends Candidate {
  person: number;
  source: string | null;
}

/** Removes the candidates that are not quotes of their own, with a warning for each. */
export function dropNonQuotes(
  cands: readonly ResolvedCandidate[],
  outlet: string | null,
  warnings: string[],
): ResolvedCandidate[] {
  const keys = outletKeys(outlet);
  return cands.filter((c) => {
    if (c.attr.mode === 'drop') {
      warnings.push(`quotes: skipped ${c.start}-${c.end}: ${c.attr.reason ?? 'no single speaker'}`);
      return false;
    }
    if (c.source && keys.length > 0 && c.person < 0) {
      const s = c.source.toLowerCase().replace(/ё/g, 'е');
      if (keys.some((k) => s === k || s.endsWith(' ' + k))) return false;
    }
    return true;
  });
}

const overlap = (a: Candidate, b: Candidate): boolean => a.start < b.end && b.start < a.end;
const contains = (a: Candidate, b: Candidate): boolean => a.start <= b.start && b.end <= a.end;

/** Keeps one candidate per stretch of text, by priority; nested direct quotes with their own cue survive. */
export function settleOverlaps(cands: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  const order = [...cands].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: ResolvedCandidate[] = [];
  for (const c of order) {
    let keep = true;
    for (let k = 0; k < kept.length; k++) {
      const o = kept[k]!;
      if (!overlap(o, c)) continue;
      if (c.kind === 'direct' && o.kind === 'direct' && contains(o, c) && c.cue !== null && c.start > o.start)
        continue;
      if (c.priority === o.priority && (contains(o, c) || contains(c, o)) && c.person >= 0 && o.person < 0) {
        kept.splice(k, 1);
        k--;
        continue;
      }
      keep = false;
      break;
    }
    if (keep) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
