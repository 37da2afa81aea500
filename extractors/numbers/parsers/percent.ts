// Percentages after a figure: "12,3%", "52 процента", "54 процентным", "2 процентных пункта", "3 п.п.".
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { nextInLine } from './tokens.js';

/** The percent sign or word after token i: [last token, unit ("pp" for percentage points or null)]. */
export function percentAfter(doc: AnalysedDoc, i: number): [number, string | null] | null {
  const t = nextInLine(doc, i);
  if (!t) return null;
  if (t.text === '%' || t.text === '‰') return [i + 1, t.text === '‰' ? 'permille' : null];
  if (t.kind !== 'word') return null;
  if (t.norm === 'п' && doc.tokens[i + 2]?.text === '.' && doc.tokens[i + 3]?.norm === 'п') {
    const last = doc.tokens[i + 4]?.text === '.' ? i + 4 : i + 3;
    return [last, 'pp'];
  }
  const percentWord = t.norm.startsWith('процент') || t.norm === 'проц';
  if (!percentWord) return null;
  const n = nextInLine(doc, i + 1);
  if (t.norm.startsWith('процентн') && n && n.norm.startsWith('пункт')) return [i + 2, 'pp'];
  return [t.norm === 'проц' && doc.tokens[i + 2]?.text === '.' ? i + 2 : i + 1, null];
}
