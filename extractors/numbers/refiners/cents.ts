// Joins hundredths to the amount before them: "20 долларов 43 цента", "$20 и 43ц", "3 GBP 1 пенс".
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { subunitAt } from '../parsers/money.js';
import type { Candidate } from '../types.js';
import { withFields } from '../candidate.js';

/** Merges a money item with the bare count of its hundredths right after it. */
export function mergeCents(doc: AnalysedDoc, items: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < items.length; i++) {
    const a = items[i]!;
    const b = items[i + 1];
    if (a.kind === 'money' && b && b.figure && Number.isInteger(a.value)) {
      let k = a.last + 1;
      if (doc.tokens[k]?.norm === 'и') k++;
      if (k === b.first) {
        const sub = subunitAt(doc, b.figure.last + 1, b.figure.value);
        if (sub !== null) {
          out.push(
            withFields(a, {
              last: sub,
              end: doc.tokens[sub]!.end,
              value: Math.round((a.value + b.figure.value / 100) * 100) / 100,
            }),
          );
          i++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}
