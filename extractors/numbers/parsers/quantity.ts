// Units after a figure: "18 000 кв. км", "5,56 миллиметра", "200 МВт", "100 м", "3 тыс. тонн".
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import { DIGITS_ONLY_UNITS, UNIT_FORMS, UNIT_LEMMAS, UNIT_PAIRS } from '../data/units.js';
import { glued, nextInLine, periodAfter, periodEndsSentence } from './tokens.js';

function keys(t: Token): string[] {
  return [t.norm, ...t.morph.filter((p) => p.pos === 'NOUN' || p.pos === 'ADJF').map((p) => p.lemma)];
}

/** The unit after token i: [unit code, last token]; `digits` says whether the figure is in digits. */
export function unitAfter(doc: AnalysedDoc, i: number, digits: boolean): [string, number] | null {
  const t = doc.tokens[i + 1];
  if (!t || t.newlineBefore || (t.kind !== 'word' && t.kind !== 'symbol')) return null;
  if (t.text === '°') {
    const c = glued(doc, i + 1);
    return c && (c.text === 'C' || c.text === 'С') ? ['degC', i + 2] : ['deg', i + 1];
  }
  // two-word units: "кв. м", "квадратных километров", "км/ч"
  let k = i + 2;
  if (doc.tokens[k]?.text === '.' || doc.tokens[k]?.text === '/') k++;
  const second = doc.tokens[k];
  if (second && second.kind === 'word' && !second.newlineBefore) {
    const a = keys(t);
    const b = keys(second);
    for (const [x, y, code] of UNIT_PAIRS) {
      if (a.includes(x) && b.includes(y)) return [code, withPeriod(doc, k)];
    }
  }
  const form = UNIT_FORMS.get(t.norm);
  if (form && (digits || !DIGITS_ONLY_UNITS.has(t.norm))) {
    // "т.е.", "м." at a sentence end stays a unit; "т.д." does not
    if (t.norm === 'т' && nextInLine(doc, i + 2)?.norm === 'е') return null;
    return [form, withPeriod(doc, i + 1)];
  }
  for (const p of t.morph) {
    if (p.pos !== 'NOUN') continue;
    const u = UNIT_LEMMAS.get(p.lemma);
    if (u) return [u, i + 1];
  }
  return null;
}

function withPeriod(doc: AnalysedDoc, k: number): number {
  const t = doc.tokens[k]!;
  return t.norm.length <= 3 && periodAfter(doc, k) && !periodEndsSentence(doc, k) ? k + 1 : k;
}
