// Qualifiers before an item ("почти 1 млрд тенге", "не менее пяти", "более чем на 10 процентов"):
// the span grows to include them and `approx` says what they mean.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { OUTSIDE_SPAN, QUALIFIER_GLUE, QUALIFIERS } from '../data/qualifiers.js';
import type { Candidate } from '../types.js';
import { withFields } from '../candidate.js';

/** Extends each item over the qualifier before it, never into the previous item. */
export function attachQualifiers(doc: AnalysedDoc, items: Candidate[]): Candidate[] {
  let floor = 0;
  return items.map((c) => {
    const lo = floor;
    floor = c.last + 1;
    if (c.approx !== null || c.kind === 'ordinal' || c.min !== undefined) return c;
    const sentence = doc.tokens[c.first]!.sentence;
    const fits = (k: number): boolean =>
      k >= lo && doc.tokens[k]!.sentence === sentence && !doc.tokens[k + 1]!.newlineBefore;
    // up to two glue words between the qualifier and the figure: "более чем на"
    // glue only inside percentages ("более чем на 10 процентов"); "более чем в 130 фильмах" is a count
    const maxGlue = c.kind === 'percent' ? 2 : 1;
    for (let glue = 0; glue <= maxGlue; glue++) {
      const end = c.first - 1 - glue;
      if (end < 0) break;
      const g = doc.tokens[end + 1]!.norm;
      if (glue > 0 && !(fits(end + 1) && QUALIFIER_GLUE.has(g) && (c.kind === 'percent' || g === 'чем')))
        break;
      for (const [words, approx] of QUALIFIERS) {
        const start = end - words.length + 1;
        if (start < 0 || !fits(start)) continue;
        let ok = true;
        for (let w = 0; w < words.length && ok; w++) ok = doc.tokens[start + w]!.norm === words[w];
        if (!ok) continue;
        if (OUTSIDE_SPAN.has(words[words.length - 1]!)) return withFields(c, { approx });
        return withFields(c, { first: start, start: doc.tokens[start]!.start, approx });
      }
    }
    return c;
  });
}
