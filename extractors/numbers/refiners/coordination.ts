// Figures listed before an age or a percentage share its kind: "(10, 9 и 8 лет)" are three ages,
// "24% и 20%" need no help, but "27 и 34 лет соответственно" does.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import type { Candidate } from '../types.js';
import { withFields } from '../candidate.js';

const JOINERS = new Set([',', 'и']);

/** Turns bare figures joined by commas or "и" to a following age into ages. */
export function shareKindBackwards(doc: AnalysedDoc, items: Candidate[]): Candidate[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const b = out[i]!;
    const a = out[i - 1]!;
    if (b.kind !== 'age' || !a.bare || !a.figure || a.figure.words !== (b.figure?.words ?? false)) continue;
    const between = doc.tokens.slice(a.last + 1, b.first);
    if (between.length !== 1 || !JOINERS.has(between[0]!.norm)) continue;
    out[i - 1] = withFields(a, { kind: 'age', bare: false });
  }
  return out;
}
