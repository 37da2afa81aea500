// Figures joined to a suffix: "2-й", "3-м", "1ый", "83-летнего", "70-процентное", "20-долларовой",
// "96-метровая", "2-х", "80-летия". The suffix says what the figure is.
import type { AnalysedDoc } from '../../../document/analyse/index.js';
import { CURRENCY_ADJECTIVE_STEMS } from '../data/currencies.js';
import {
  AGE_STEM,
  ANNIVERSARY_STEM,
  CARDINAL_ENDINGS,
  COUNT_STEMS,
  DURATION_STEMS,
  ORDINAL_ENDINGS,
  PERCENT_STEM,
} from '../data/suffixes.js';
import { UNIT_ADJECTIVE_STEMS } from '../data/units.js';
import type { Candidate } from '../types.js';
import { newCandidate } from '../candidate.js';
import { readDigits } from './digits.js';
import { glued, nextInLine } from './tokens.js';

/** What a suffixed figure is, before the context checks. */
export interface Suffixed {
  first: number;
  last: number;
  value: number;
  what: 'ordinal' | 'age' | 'percent' | 'money' | 'quantity' | 'count' | 'cardinal' | 'decade' | 'duration';
  currency?: string;
  unit?: string;
  suffix: string;
}

const AGE_SUFFIX_RE = new RegExp(`^(х|ти|и)?(${AGE_STEM}|${ANNIVERSARY_STEM})`, 'u');

function classify(value: number, suffix: string): Pick<Suffixed, 'what' | 'currency' | 'unit'> | null {
  // "83-летнего", "34-хлетний", "80-летия"
  if (AGE_SUFFIX_RE.test(suffix)) return { what: 'age' };
  if (suffix.startsWith(PERCENT_STEM)) return { what: 'percent' };
  for (const [stem, code] of CURRENCY_ADJECTIVE_STEMS)
    if (suffix.startsWith(stem)) return { what: 'money', currency: code };
  for (const [stem, unit] of UNIT_ADJECTIVE_STEMS)
    if (suffix.startsWith(stem)) return { what: 'quantity', unit };
  if (DURATION_STEMS.some((s) => suffix.startsWith(s))) return { what: 'duration' };
  if (COUNT_STEMS.some((s) => suffix.startsWith(s))) return { what: 'count' };
  const decadeLike = (value >= 20 && value <= 90 && value % 10 === 0) || (value >= 1000 && value <= 2100);
  if (CARDINAL_ENDINGS.has(suffix)) return { what: decadeLike && suffix === 'х' ? 'decade' : 'cardinal' };
  if (ORDINAL_ENDINGS.has(suffix)) {
    if (decadeLike && /^(е|х|ые|ых|ми|м)$/.test(suffix)) return { what: 'decade' };
    return { what: 'ordinal' };
  }
  // "688-страничную", "4-комнатное": an adjective of a count
  if (/^\p{L}{5,}$/u.test(suffix)) return { what: 'count' };
  return null;
}

/** Reads a figure with a suffix at token i (a numword token, or digits glued to a word). */
export function parseSuffixed(doc: AnalysedDoc, i: number): Suffixed | null {
  const t = doc.tokens[i];
  if (!t) return null;
  let digits: string;
  let suffix: string;
  let last = i;
  if (t.kind === 'numword') {
    const m = /^([\d.,]+)[-‐‑](.+)$/u.exec(t.norm);
    if (!m) return null;
    digits = m[1]!;
    suffix = m[2]!;
  } else if (t.kind === 'num') {
    const g = glued(doc, i);
    // "3М" is mega, not an ordinal ending: endings are written in lower case
    if (!g || g.kind !== 'word' || !/^\d+$/.test(t.text) || g.text !== g.norm) return null;
    digits = t.text;
    suffix = g.norm;
    last = i + 1;
    // only endings glue to digits without a hyphen; "10руб" and "5км" belong to the suffix constructions
    if (!ORDINAL_ENDINGS.has(suffix) && !suffix.startsWith(AGE_STEM) && !CARDINAL_ENDINGS.has(suffix))
      return null;
    if (glued(doc, last)?.kind === 'word' || glued(doc, last)?.kind === 'num') return null;
  } else return null;
  const r = readDigits(digits);
  if (!r.ok) return null;
  const c = classify(r.value, suffix);
  if (!c) return null;
  // "72-х летний": the age stem stands apart
  if (c.what === 'cardinal') {
    const n = nextInLine(doc, last);
    if (n && n.kind === 'word' && n.norm.startsWith(AGE_STEM))
      return { first: i, last: last + 1, value: r.value, what: 'age', suffix: n.norm };
  }
  return { first: i, last, value: r.value, ...c, suffix };
}

/** A candidate from a suffixed figure, for the kinds that need no more context. */
export function suffixedCandidate(doc: AnalysedDoc, s: Suffixed, kind: Candidate['kind']): Candidate {
  return newCandidate({
    first: s.first,
    last: s.last,
    start: doc.tokens[s.first]!.start,
    end: doc.tokens[s.last]!.end,
    kind,
    value: s.value,
    currency: s.currency ?? null,
    unit: s.unit ?? null,
    counts: null,
    countsSpan: null,
    approx: null,
    bare: false,
  });
}
