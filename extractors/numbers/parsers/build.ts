// Builds a NumberItem candidate from a figure and what follows it: a percent sign, a currency, a
// unit, a time unit (a duration, left to the dates extractor, or an age), or a counted noun group.
import type { AnalysedDoc, Token } from '../../../document/analyse/index.js';
import { RANK_NOUNS, ROMAN_CUE_LEMMAS, TIME_UNIT_FORMS, TIME_UNIT_LEMMAS } from '../data/contexts.js';
import { FRACTION_NOUNS } from '../data/numberWords.js';
import type { Candidate, Figure } from '../types.js';
import { isAgeContext } from './age.js';
import { agrees, countedGroup } from './counted.js';
import { yearLike } from './exclusions.js';
import { currencyAfter, currencyBefore } from './money.js';
import { ordinalWordValue } from './ordinal.js';
import { percentAfter } from './percent.js';
import { unitAfter } from './quantity.js';
import { nextInLine } from './tokens.js';
import { newCandidate } from '../candidate.js';

/** Whether a token is a unit of time ("лет", "дней", "часа", "г."). */
export function isTimeUnit(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (TIME_UNIT_FORMS.has(t.norm)) return true;
  return t.morph.some((p) => p.pos === 'NOUN' && TIME_UNIT_LEMMAS.has(p.lemma));
}

const TIMES = new Set(['раз', 'раза']);
const AGE_VERB_LEMMAS = new Set(['исполниться', 'исполняться', 'стукнуть']);

function make(
  doc: AnalysedDoc,
  fig: Figure,
  kind: Candidate['kind'],
  last: number,
  extra: Partial<Candidate> = {},
): Candidate {
  const c = newCandidate({
    first: fig.first,
    last,
    start: fig.start,
    end: doc.tokens[last]!.end,
    kind,
    value: fig.value,
    currency: null,
    unit: null,
    counts: null,
    countsSpan: null,
    approx: null,
    figure: fig,
    bare: false,
  });
  return Object.assign(c, extra);
}

/** The candidate a figure makes with what follows it, or null when it is no NumberItem (a duration, a year). */
export function buildFromFigure(doc: AnalysedDoc, fig: Figure, floor = 0): Candidate | null {
  const digits = !fig.words;
  const pre = digits ? currencyBefore(doc, fig.first, floor) : null;
  const pc = percentAfter(doc, fig.last);
  if (pc && !pre) return make(doc, fig, 'percent', pc[0], { unit: pc[1] });
  const cur = currencyAfter(doc, fig.last);
  if (cur || pre) {
    const c = make(doc, fig, 'money', cur ? cur.last : fig.last, { currency: (cur ?? pre)!.code });
    if (pre && pre.first < fig.first) {
      c.first = pre.first;
      c.start = doc.tokens[pre.first]!.start;
    }
    return c;
  }
  // "две трети", "три четверти"
  const frac = FRACTION_NOUNS.get(nextInLine(doc, fig.last)?.norm ?? '');
  if (frac !== undefined && fig.value < 10 && !fig.multiplied)
    return make(doc, fig, 'count', fig.last + 1, { value: fig.value * frac });
  const unit = unitAfter(doc, fig.last, digits);
  if (unit) return make(doc, fig, 'quantity', unit[1], { unit: unit[0] });
  // "двадцать первый": a word figure of tens before an ordinal word
  const ordNext = fig.words && !fig.multiplied ? ordinalWordValue(nextInLine(doc, fig.last)) : null;
  if (ordNext !== null && ordNext < 10 && fig.value % 10 === 0 && fig.value >= 20) {
    return make(doc, fig, 'ordinal', fig.last + 1, { value: fig.value + ordNext });
  }
  const n = nextInLine(doc, fig.last);
  if (isTimeUnit(n)) {
    // people live to about 120: "в 1862 года" is a date however it is introduced
    const human = !fig.multiplied && fig.value > 0 && fig.value <= 125;
    if (human && isAgeContext(doc, fig.first, fig.last + 1)) return make(doc, fig, 'age', fig.last + 1);
    return null;
  }
  // "в 2 раза", "8 раз": a multiple; the word stays outside the span as the news annotates it
  if (n && TIMES.has(n.norm) && !fig.multiplied) return make(doc, fig, 'count', fig.last);
  // "занял 26 место", "во 2 туре": a singular rank noun that does not agree with a cardinal
  if (digits && n && Number.isInteger(fig.value) && fig.value > 0 && fig.value < 1000 && !fig.multiplied) {
    const rank = n.morph.some((p) => p.pos === 'NOUN' && RANK_NOUNS.has(p.lemma) && p.number === 'sing');
    if (rank && !n.morph.some((p) => agrees(fig, p))) return make(doc, fig, 'ordinal', fig.last);
    // "на 21 кинофестивале", "12 съезд": a numbered event is named by its ordinal
    const event =
      n.morph[0]?.pos === 'NOUN' &&
      n.morph.some((p) => p.pos === 'NOUN' && ROMAN_CUE_LEMMAS.has(p.lemma) && p.number === 'sing');
    if (event && !RANK_NOUNS.has(n.morph[0]!.lemma) && fig.value > 1)
      return make(doc, fig, 'ordinal', fig.last);
  }
  const g = countedGroup(doc, fig, fig.last + 1);
  if (g) {
    if (TIME_UNIT_LEMMAS.has(g.headParse.lemma)) return null;
    return make(doc, fig, 'count', fig.last, {
      counts: g.counts,
      countsSpan: { start: g.start, end: g.end },
    });
  }
  if (yearLike(doc, fig)) return null;
  // "семью" reads first as "family": a number word that reads best as a common noun needs a counted noun
  const only = doc.tokens[fig.first]!;
  if (
    fig.words &&
    fig.first === fig.last &&
    only.morph[0]?.pos === 'NOUN' &&
    !fig.multiplied &&
    !fig.collective &&
    fig.value !== 0
  )
    return null;
  // "в июне ему исполнилось 30"
  if (!fig.words || fig.value < 130) {
    for (let k = fig.first - 1; k >= Math.max(0, fig.first - 2); k--) {
      const t = doc.tokens[k]!;
      if (t.morph.some((p) => p.pos === 'VERB' && AGE_VERB_LEMMAS.has(p.lemma)))
        return make(doc, fig, 'age', fig.last);
    }
  }
  return make(doc, fig, 'count', fig.last, { bare: true });
}
