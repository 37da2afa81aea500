// Ranges: "от 5 до 10 млн тенге", "5–10%", "в 2–3 раза", "между 10 и 20 долларами", "10$-20$".
// One item with min and max; `value` is the lower bound, so sums over items stay conservative.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import type { Candidate } from '../types.js';
import { withFields } from '../candidate.js';

const RANGEABLE = new Set(['count', 'money', 'percent', 'quantity']);

/** Which connector joins two figures into a range, given the word before the first one. */
function connects(doc: AnalysedDoc, a: Candidate, b: Candidate): number | null {
  // one side of a score ("4:0") is part of a token, not a figure a range can start from
  if (a.start !== doc.tokens[a.first]!.start || b.end !== doc.tokens[b.last]!.end) return null;
  const between = doc.tokens.slice(a.last + 1, b.first);
  const before = doc.tokens[a.first - 1];
  if (between.length !== 1) return null;
  const c = between[0]!;
  if (c.newlineBefore || b.first !== a.last + 2) return null;
  if (
    (c.text === '-' || c.text === '–' || c.text === '—' || c.norm === '–') &&
    !(c.spaceBefore && doc.tokens[b.first]!.spaceBefore && c.text === '-')
  ) {
    return before?.norm === 'от' ? a.first - 1 : a.first;
  }
  if (c.norm === 'до' && before?.norm === 'от') return a.first - 1;
  if (c.norm === 'и' && before?.norm === 'между') return a.first - 1;
  return null;
}

/** Merges neighbouring items joined by a dash, "от … до" or "между … и" into one range item. */
export function mergeRanges(doc: AnalysedDoc, items: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    const first = b && RANGEABLE.has(a.kind) && RANGEABLE.has(b.kind) ? connects(doc, a, b) : null;
    if (
      b &&
      first !== null &&
      (a.bare || b.bare || a.kind === b.kind) &&
      (!a.currency || !b.currency || a.currency === b.currency) &&
      (a.unit === b.unit || a.bare || b.bare)
    ) {
      let min = a.value;
      // "от 3 до 5 тыс. руб.": the first figure borrows the second's multiplier
      const bf = b.figure;
      if (a.figure && bf && !a.figure.multiplied && bf.multiplied && bf.multiplier > 1 && a.value < bf.base)
        min = a.value * bf.multiplier;
      const max = b.value;
      if (min < max) {
        out.push(
          withFields(b, {
            first,
            start: doc.tokens[first]!.start,
            kind: a.bare ? b.kind : a.kind,
            counts: b.counts ?? a.counts,
            countsSpan: b.countsSpan ?? a.countsSpan,
            currency: a.currency ?? b.currency,
            unit: a.unit ?? b.unit,
            value: min,
            min,
            max,
            bare: false,
          }),
        );
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
