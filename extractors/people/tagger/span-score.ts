// Span matching as ../shared/tools/score.mjs `spans` does it: two spans match when they overlap by at
// least half of the longer one after a leading preposition is trimmed; matching is greedy one-to-one.

/** A character span. */
export interface Span {
  start: number;
  end: number;
}

/** Match counts of one or more documents. */
export interface SpanCounts {
  tp: number;
  gold: number;
  pred: number;
}

const PREPOSITIONS = /^(в|во|с|со|на|за|до|к|ко|от|по|около|о|об|при|через|после|перед|к)\s+/i;

function trim(s: Span, text: string): Span {
  const m = PREPOSITIONS.exec(text.slice(s.start, s.end));
  return m && m[0].length < s.end - s.start ? { start: s.start + m[0].length, end: s.end } : s;
}

/** Whether two spans match under score.mjs's overlap rule. */
export function spansMatch(a: Span, b: Span, text: string): boolean {
  const x = trim(a, text);
  const y = trim(b, text);
  const inter = Math.min(x.end, y.end) - Math.max(x.start, y.start);
  return inter > 0 && inter * 2 >= Math.max(x.end - x.start, y.end - y.start);
}

/** Greedy one-to-one match counts of predicted spans against gold spans in one text. */
export function countMatches(text: string, gold: readonly Span[], pred: readonly Span[]): SpanCounts {
  const used = new Set<number>();
  let tp = 0;
  for (const g of gold) {
    const i = pred.findIndex((p, k) => !used.has(k) && spansMatch(g, p, text));
    if (i >= 0) {
      used.add(i);
      tp++;
    }
  }
  return { tp, gold: gold.length, pred: pred.length };
}

/** Precision, recall and F1 of summed counts. */
export function prf(c: SpanCounts): { p: number; r: number; f: number } {
  const p = c.pred ? c.tp / c.pred : c.gold ? 0 : 1;
  const r = c.gold ? c.tp / c.gold : 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
