// Figures: digits ("1 000", "1,5", "-1.2М", ".77") or number words ("пятьдесят два", "ста двадцати",
// "полтора", "двое"), with multipliers ("5,3 млн", "2 тыс.", "полмиллиона", "две тысячи двадцать").
import type { AnalysedDoc, Case, Token } from '../../../document/analyse/index.js';
import { CURRENCY_SYMBOLS, ISO_CODES } from '../data/currencies.js';
import {
  GLUED_MULTIPLIERS,
  HALF_MULTIPLIER_PREFIX,
  MULTIPLIER_FORMS,
  MULTIPLIER_LEMMAS,
} from '../data/multipliers.js';
import { CARDINALS, COLLECTIVES, HALF_FORMS, ZERO_WORDS } from '../data/numberWords.js';
import type { Figure } from '../types.js';
import { isThousandsGroup, readDigits } from './digits.js';
import { glued, nextInLine, periodAfter, periodEndsSentence } from './tokens.js';

/** A figure, or the last token of digits that are no figure (a date, a time, a code), or nothing. */
export type FigureResult = { figure: Figure } | { skipTo: number } | null;

interface Core {
  first: number;
  last: number;
  value: number;
  words: boolean;
  cases: ReadonlySet<Case> | null;
  decimal: boolean;
  collective: boolean;
  /** a bare multiplier word ("миллион"): the value is already multiplied */
  multiplierWord: boolean;
}

const RANK_ORDER = { hundred: 3, ten: 2, teen: 1, unit: 1 } as const;

/** Multiplier factor of a word token ("млн", "тысячи", "миллиардов"), or 0. */
export function multiplierOf(t: Token | undefined): number {
  if (!t || t.kind !== 'word') return 0;
  const f = MULTIPLIER_FORMS.get(t.norm);
  if (f) return f;
  for (const p of t.morph) {
    if (p.pos !== 'NOUN') continue;
    const m = MULTIPLIER_LEMMAS.get(p.lemma);
    if (m) return m;
  }
  return 0;
}

/** Factor of a one-word half multiplier ("полмиллиона" -> 500 000), or 0. */
function halfMultiplier(t: Token): number {
  if (!t.norm.startsWith(HALF_MULTIPLIER_PREFIX) || t.norm.length < 7) return 0;
  const rest = t.norm.slice(HALF_MULTIPLIER_PREFIX.length);
  for (const [lemma, f] of MULTIPLIER_LEMMAS) if (rest.startsWith(lemma.slice(0, -1))) return f / 2;
  return 0;
}

/** Digits at token j, joining "1 000 000" groups; `latin` says "$" stands before. */
function digitsCore(doc: AnalysedDoc, j: number): Core | { skipTo: number } | null {
  const t = doc.tokens[j];
  if (!t) return null;
  if (t.text === '.') {
    // ".77": a fraction written without its zero
    const n = glued(doc, j);
    if (!n || n.kind !== 'num' || !/^\d+$/.test(n.text)) return null;
    const prev = doc.tokens[j - 1];
    if (prev && !t.spaceBefore && prev.kind !== 'punct') return null;
    return {
      first: j,
      last: j + 1,
      value: Number(`0.${n.text}`),
      words: false,
      cases: null,
      decimal: true,
      collective: false,
      multiplierWord: false,
    };
  }
  if (t.kind !== 'num') return null;
  let text = t.text;
  let last = j;
  if (/^\d{1,3}$/.test(text)) {
    for (;;) {
      const n = doc.tokens[last + 1];
      const prev = doc.tokens[last]!;
      if (
        !n ||
        n.kind !== 'num' ||
        n.start - prev.end !== 1 ||
        doc.view[prev.end] !== ' ' ||
        !isThousandsGroup(n.text)
      )
        break;
      text += n.text;
      last++;
      if (n.text.includes(',')) break;
    }
  }
  const before = doc.tokens[j - 1];
  const latinContext =
    before !== undefined && (CURRENCY_SYMBOLS.has(before.text) || ISO_CODES.has(before.text));
  const after = doc.tokens[last + 1];
  const multiplierFollows =
    multiplierOf(after) > 0 ||
    (after !== undefined && !after.spaceBefore && GLUED_MULTIPLIERS.has(after.text));
  const r = readDigits(text, { latinContext, multiplierFollows });
  if (!r.ok) return { skipTo: last };
  return {
    first: j,
    last,
    value: r.value,
    words: false,
    cases: null,
    decimal: r.decimal,
    collective: false,
    multiplierWord: false,
  };
}

/** Number words at token j: a compound cardinal, "полтора", a collective, or a bare multiplier. */
function wordsCore(doc: AnalysedDoc, j: number): Core | null {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word') return null;
  const half = HALF_FORMS.get(t.norm);
  if (half !== undefined)
    return {
      first: j,
      last: j,
      value: half,
      words: true,
      cases: null,
      decimal: true,
      collective: false,
      multiplierWord: false,
    };
  const coll = COLLECTIVES.get(t.norm);
  if (coll !== undefined)
    return {
      first: j,
      last: j,
      value: coll,
      words: true,
      cases: null,
      decimal: false,
      collective: true,
      multiplierWord: false,
    };
  if (ZERO_WORDS.has(t.norm)) {
    const n = nextInLine(doc, j);
    if (n && (n.norm === 'не' || n.kind === 'word')) return null;
    return {
      first: j,
      last: j,
      value: 0,
      words: true,
      cases: null,
      decimal: false,
      collective: false,
      multiplierWord: false,
    };
  }
  const hm = halfMultiplier(t);
  if (hm)
    return {
      first: j,
      last: j,
      value: hm,
      words: true,
      cases: null,
      decimal: false,
      collective: false,
      multiplierWord: true,
    };
  let w = CARDINALS.get(t.norm);
  if (!w) {
    // a bare multiplier in the singular: "миллион долларов", "тысяча человек"
    const m = multiplierOf(t);
    const sing = t.morph.some(
      (p) => p.pos === 'NOUN' && p.number === 'sing' && MULTIPLIER_LEMMAS.has(p.lemma),
    );
    if (m && sing && !t.morph.some((p) => p.tags.has('Abbr')))
      return {
        first: j,
        last: j,
        value: m,
        words: true,
        cases: null,
        decimal: false,
        collective: false,
        multiplierWord: true,
      };
    return null;
  }
  let value = w.value;
  let last = j;
  let rank = RANK_ORDER[w.rank];
  let cases = new Set(w.cases);
  for (;;) {
    const n = nextInLine(doc, last);
    const nw = n && n.kind === 'word' ? CARDINALS.get(n.norm) : undefined;
    if (!nw || RANK_ORDER[nw.rank] >= rank || (w.rank === 'ten' && nw.rank === 'teen') || nw.value === 0)
      break;
    value += nw.value;
    last++;
    rank = RANK_ORDER[nw.rank];
    w = nw;
    cases = new Set(nw.cases);
  }
  return {
    first: j,
    last,
    value,
    words: true,
    cases,
    decimal: false,
    collective: false,
    multiplierWord: false,
  };
}

/** Digits or words at token j. */
function core(doc: AnalysedDoc, j: number): Core | { skipTo: number } | null {
  return digitsCore(doc, j) ?? wordsCore(doc, j);
}

/** The multiplier after token i, glued or spaced, with the abbreviation's period: [factor, last token]. */
function multiplierAfter(doc: AnalysedDoc, i: number): [number, number] | null {
  const g = glued(doc, i);
  const cur = doc.tokens[i]!;
  if (g && g.kind === 'word' && cur.kind !== 'word') {
    const f = GLUED_MULTIPLIERS.get(g.text) ?? GLUED_MULTIPLIERS.get(g.norm);
    if (f === undefined) return null;
    // "3М" is mega only when nothing else follows: "3Мб" would not reach here, "3 м" is metres
    const last = periodAfter(doc, i + 1) && !periodEndsSentence(doc, i + 1) ? i + 2 : i + 1;
    return [f, last];
  }
  const n = nextInLine(doc, i);
  if (!n || !n.spaceBefore) return null;
  const f = multiplierOf(n);
  if (!f) return null;
  const abbr = !/[аеиоуыяю]$/.test(n.norm) || n.norm === 'тыс';
  const last = abbr && periodAfter(doc, i + 1) && !periodEndsSentence(doc, i + 1) ? i + 2 : i + 1;
  return [f, last];
}

/** Reads a figure starting at token i. */
export function parseFigure(doc: AnalysedDoc, i: number): FigureResult {
  const t = doc.tokens[i];
  if (!t) return null;
  let sign = 1;
  let j = i;
  const prev = doc.tokens[i - 1];
  if ((doc.text[t.start] === '-' || doc.text[t.start] === '\u2212') && t.end - t.start === 1) {
    const n = glued(doc, i);
    const standsApart = !prev || t.spaceBefore || prev.kind === 'punct';
    if (!n || !standsApart || (n.kind !== 'num' && n.text !== '.')) return null;
    sign = -1;
    j = i + 1;
  } else if (t.norm === 'минус') {
    sign = -1;
    j = i + 1;
  }
  const c = core(doc, j);
  if (!c) return null;
  if ('skipTo' in c) return c;
  let value = c.value;
  let last = c.last;
  let decimal = c.decimal;
  // "три с половиной", "1 точка 1"
  const n1 = nextInLine(doc, last);
  const n2 = nextInLine(doc, last + 1);
  if (n1?.norm === 'с' && n2?.norm === 'половиной' && Number.isInteger(value)) {
    value += 0.5;
    last += 2;
    decimal = true;
  } else if (n1?.norm === 'точка' && Number.isInteger(value)) {
    const f = core(doc, last + 2);
    if (f && !('skipTo' in f) && Number.isInteger(f.value)) {
      value = Number(`${value}.${String(f.value)}`);
      last = f.last;
      decimal = true;
    }
  }
  let total = 0;
  let multiplied = c.multiplierWord;
  let base = value;
  let multiplier = 1;
  for (let guard = 0; guard < 4; guard++) {
    const m = multiplierAfter(doc, last);
    if (!m) break;
    const [f, mLast] = m;
    if (multiplied && !(f < multiplier)) break;
    if (!multiplied) {
      base = value;
      multiplier = f;
    }
    value *= f;
    multiplied = true;
    last = mLast;
    // "2 млн 300 тыс.", "две тысячи двадцать пять"
    const more = core(doc, last + 1);
    if (!more || 'skipTo' in more || more.value >= f || more.multiplierWord || !nextInLine(doc, last)) break;
    const m2 = multiplierAfter(doc, more.last);
    if (m2 && m2[0] < f) {
      total += value;
      value = more.value;
      last = more.last;
      continue;
    }
    if (more.words && c.words && Number.isInteger(more.value)) {
      total += value;
      value = more.value;
      last = more.last;
    }
    break;
  }
  const first = doc.tokens[i]!;
  const end = doc.tokens[last]!.end;
  return {
    figure: {
      first: i,
      last,
      start: first.start,
      end,
      value: sign * (total + value),
      words: c.words,
      cases: c.cases,
      decimal,
      multiplied,
      collective: c.collective,
      base: sign * base,
      multiplier,
    },
  };
}
