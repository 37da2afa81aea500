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
  const kept = new KeptSpans(order);
  for (const c of order) {
    let keep = true;
    // the kept candidates c overlaps, in the order they were kept
    for (const o of kept.overlapping(c)) {
      if (c.kind === 'direct' && o.kind === 'direct' && contains(o, c) && c.cue !== null && c.start > o.start)
        continue;
      if (c.priority === o.priority && (contains(o, c) || contains(c, o)) && c.person >= 0 && o.person < 0) {
        kept.remove(o);
        continue;
      }
      keep = false;
      break;
    }
    if (keep) kept.add(c);
  }
  return kept.list().sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Width of the offset buckets the kept candidates are filed in. */
const BUCKET = 1024;

/**
 * The candidates kept so far, filed by the bucket of their start so that the ones a candidate
 * overlaps are found among its neighbours (no candidate is longer than the longest of `all`).
 */
class KeptSpans {
  private readonly buckets = new Map<number, ResolvedCandidate[]>();
  private readonly seq = new Map<ResolvedCandidate, number>();
  private readonly longest: number;
  private next = 0;

  constructor(all: readonly ResolvedCandidate[]) {
    this.longest = all.reduce((n, c) => Math.max(n, c.end - c.start), 0);
  }

  add(c: ResolvedCandidate): void {
    this.seq.set(c, this.next++);
    const b = Math.floor(c.start / BUCKET);
    const list = this.buckets.get(b);
    if (list) list.push(c);
    else this.buckets.set(b, [c]);
  }

  remove(c: ResolvedCandidate): void {
    this.seq.delete(c);
    const list = this.buckets.get(Math.floor(c.start / BUCKET))!;
    list.splice(list.indexOf(c), 1);
  }

  /** The kept candidates overlapping c, in the order they were kept. */
  overlapping(c: ResolvedCandidate): ResolvedCandidate[] {
    const out: ResolvedCandidate[] = [];
    const last = Math.floor(c.end / BUCKET);
    for (let b = Math.floor((c.start - this.longest) / BUCKET); b <= last; b++)
      for (const o of this.buckets.get(b) ?? []) if (overlap(o, c)) out.push(o);
    return out.sort((x, y) => this.seq.get(x)! - this.seq.get(y)!);
  }

  /** The kept candidates in the order they were kept. */
  list(): ResolvedCandidate[] {
    return [...this.seq.keys()];
  }
}
