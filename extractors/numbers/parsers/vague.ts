// Vague amounts that the news counts with: "несколько тысяч", "десятки тысяч", "сотни", "тысячи".
// The value is the lower bound and the qualifier says "over".
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { SEVERAL, VAGUE_LEMMAS } from '../data/contexts.js';
import type { Figure } from '../types.js';
import { multiplierOf } from './figure.js';
import { nextInLine } from './tokens.js';

function vagueFactor(doc: AnalysedDoc, i: number): number {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return 0;
  for (const p of t.morph) {
    if (p.pos !== 'NOUN' || p.number !== 'plur') continue;
    const v = VAGUE_LEMMAS.get(p.lemma);
    if (v) return v;
  }
  return 0;
}

/** A vague amount at token i, as a figure marked multiplied (the counted noun is genitive plural). */
export function parseVague(doc: AnalysedDoc, i: number): Figure | null {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return null;
  let value: number;
  let last = i;
  if (SEVERAL.has(t.norm)) {
    const n = nextInLine(doc, i);
    const f = n ? multiplierOf(n) || vagueFactor(doc, i + 1) : 0;
    if (!f || !n || n.kind !== 'word' || n.morph.some((p) => p.tags.has('Abbr'))) return null;
    value = f;
    last = i + 1;
  } else {
    const f = vagueFactor(doc, i);
    if (!f) return null;
    value = f;
  }
  // "десятки тысяч", "сотни миллионов"
  for (;;) {
    const n = nextInLine(doc, last);
    const f = n ? multiplierOf(n) : 0;
    if (!f || f <= value / 1000 || !n || !n.morph.some((p) => p.case === 'gent' && p.number === 'plur'))
      break;
    value *= f;
    last++;
  }
  return {
    first: i,
    last,
    start: t.start,
    end: doc.tokens[last]!.end,
    value,
    words: true,
    cases: null,
    decimal: false,
    multiplied: true,
    collective: false,
    base: value,
    multiplier: 1,
  };
}
