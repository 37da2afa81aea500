// Numbers, money, percentages, quantities, ordinals and ages (../../shared/CONTRACT.md, NumberItem).
// One pass over the tokens tries the constructions in parsers/ at each position; the refiners then
// join hundredths, ranges and qualifiers. Figures the dates extractor claimed (`taken`) are skipped.
import type { AnalysedDoc } from '../../document/analyse/index.js';
import type { NumberItem, Range } from '../../document/record/types.js';
import type { Extracted } from '../../document/extracted.js';
import { ageWord, countWord, describesThing } from './parsers/age.js';
import { FRACTION_NOUNS } from './data/numberWords.js';
import { parseScore } from './parsers/score.js';
import { currencyAfter } from './parsers/money.js';
import { buildFromFigure } from './parsers/build.js';
import {
  continuesCode,
  dateAround,
  gluedCode,
  lawAfter,
  listNumber,
  NAMING_CUES,
  nextToSeparator,
  oneAsPronoun,
  phoneRanges,
  referenceBefore,
  urlRanges,
} from './parsers/exclusions.js';
import { parseFigure } from './parsers/figure.js';
import { mayStartNumber } from './parsers/gate.js';
import { parseSuffixed, suffixedCandidate, type Suffixed } from './parsers/numword.js';
import {
  ordinalInFixedPhrase,
  ordinalIsReference,
  ordinalWordValue,
  romanOrdinal,
} from './parsers/ordinal.js';
import { parseVague } from './parsers/vague.js';
import { ordinalByAgreement } from './parsers/ordinal-agreement.js';
import { nextInLine } from './parsers/tokens.js';
import { countedGroup } from './parsers/counted.js';
import { mergeCents } from './refiners/cents.js';
import { attachQualifiers } from './refiners/qualifier.js';
import { mergeRanges } from './refiners/range.js';
import { shareKindBackwards } from './refiners/coordination.js';
import type { Candidate, Figure } from './types.js';
import { newCandidate, withFields } from './candidate.js';

/** Claimed ranges (dates, phones, URLs), sorted, for a binary search per item. */
class Claimed {
  private readonly ranges: Array<[number, number]>;
  /** index of the first range that may still overlap a token visited in text order */
  private cursor = 0;
  constructor(ranges: ReadonlyArray<readonly [number, number]>) {
    this.ranges = ranges.map(([s, e]) => [s, e] as [number, number]).sort((a, b) => a[0] - b[0]);
  }
  /** Whether [start, end) overlaps a claimed range. */
  overlaps(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.ranges[mid]![1] <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < this.ranges.length && this.ranges[k]![0] < end; k++) {
      if (this.ranges[k]![1] > start) return true;
    }
    return false;
  }
  /** The same for tokens visited left to right: amortised constant time. */
  overlapsNext(start: number, end: number): boolean {
    const r = this.ranges;
    while (this.cursor < r.length && r[this.cursor]![1] <= start) this.cursor++;
    for (let k = this.cursor; k < r.length && r[k]![0] < end; k++) if (r[k]![1] > start) return true;
    return false;
  }
}

function wordCandidate(
  doc: AnalysedDoc,
  i: number,
  last: number,
  kind: Candidate['kind'],
  value: number,
  approx: Candidate['approx'] = null,
): Candidate {
  return newCandidate({
    first: i,
    last,
    start: doc.tokens[i]!.start,
    end: doc.tokens[last]!.end,
    kind,
    value,
    currency: null,
    unit: null,
    counts: null,
    countsSpan: null,
    approx,
    bare: false,
  });
}

type Step = [Candidate[], number];

/** Whether "жизни" follows within a few words ("на 97-м году ушел из жизни"). */
function lifeAhead(doc: AnalysedDoc, k: number): boolean {
  for (let j = k + 1; j <= k + 4; j++) {
    const t = nextInLine(doc, j - 1);
    if (!t || t.kind === 'punct') return false;
    if (t.norm === 'жизни') return true;
  }
  return false;
}
const NONE: Candidate[] = [];

/** A figure with a suffix ("2-й", "83-летнего", "70-процентное", "2-х"), at token i. */
function suffixedAt(doc: AnalysedDoc, i: number, floor: number, s: Suffixed): Step {
  const next = s.last + 1;
  const t = doc.tokens[i]!;
  switch (s.what) {
    case 'ordinal': {
      // "на 69-м году жизни" is an age
      const n = nextInLine(doc, s.last);
      if (n && (n.norm === 'году' || n.norm === 'годе') && lifeAhead(doc, s.last + 1)) {
        return [[withFields(suffixedCandidate(doc, s, 'age'), { last: s.last + 1, end: n.end })], s.last + 2];
      }
      // "к 90-й годовщине": an anniversary, which the news counts as an age
      if (n && n.morph.some((p) => p.lemma === 'годовщина')) {
        return [[withFields(suffixedCandidate(doc, s, 'age'), { last: s.last + 1, end: n.end })], s.last + 2];
      }
      if (ordinalIsReference(doc, s.last) || referenceBefore(doc, i) || (s.value >= 1000 && s.value <= 2100))
        return [NONE, next];
      return [[suffixedCandidate(doc, s, 'ordinal')], next];
    }
    case 'age':
      if (s.suffix.startsWith('летн') && describesThing(doc, s.last)) return [NONE, next];
      return [[suffixedCandidate(doc, s, 'age')], next];
    case 'count': {
      // "688-страничную": the news marks the digits alone
      const c = suffixedCandidate(doc, s, 'count');
      return [
        [withFields(c, { end: c.start + (/^[\d.,]+/.exec(t.text)?.[0].length ?? t.text.length) })],
        next,
      ];
    }
    case 'percent':
    case 'money':
    case 'quantity':
      return [[suffixedCandidate(doc, s, s.what)], next];
    case 'cardinal': {
      const fig: Figure = {
        first: i,
        last: s.last,
        start: t.start,
        end: doc.tokens[s.last]!.end,
        value: s.value,
        words: false,
        cases: null,
        decimal: false,
        multiplied: false,
        collective: false,
        base: s.value,
        multiplier: 1,
      };
      const c = buildFromFigure(doc, fig, floor);
      return [c ? [c] : NONE, next];
    }
    default:
      return [NONE, next];
  }
}

/** Constructions that start with a word: ages and counts in one word, ordinals, fractions, vague amounts. */
function wordAt(doc: AnalysedDoc, i: number): Step | null {
  const t = doc.tokens[i]!;
  const age = ageWord(doc, i);
  if (age) return [[wordCandidate(doc, i, i, 'age', age[0], age[1])], i + 1];
  const cw = countWord(doc, i);
  if (cw !== null) return [[wordCandidate(doc, i, i, 'count', cw)], i + 1];
  const ord = ordinalWordValue(t);
  if (ord !== null) {
    if (ordinalIsReference(doc, i) || ordinalInFixedPhrase(doc, i, ord)) return [NONE, i + 1];
    return [[wordCandidate(doc, i, i, 'ordinal', ord)], i + 1];
  }
  const roman = romanOrdinal(doc, i);
  if (roman !== null) return [[wordCandidate(doc, i, i, 'ordinal', roman)], i + 1];
  const frac = FRACTION_NOUNS.get(t.norm);
  if (frac !== undefined) return [[wordCandidate(doc, i, i, 'count', frac)], i + 1];
  const vague = parseVague(doc, i);
  if (vague) {
    // "несколько миллионов евро", "миллиарды долларов"
    const cur = currencyAfter(doc, vague.last);
    if (cur) {
      const c = wordCandidate(doc, i, cur.last, 'money', vague.value, 'over');
      return [[withFields(c, { figure: vague, currency: cur.code })], cur.last + 1];
    }
    const g = countedGroup(doc, vague, vague.last + 1);
    if (g) {
      const c = wordCandidate(doc, i, vague.last, 'count', vague.value, 'over');
      return [
        [withFields(c, { figure: vague, counts: g.counts, countsSpan: { start: g.start, end: g.end } })],
        vague.last + 1,
      ];
    }
  }
  return null;
}

/** The candidates at token i and the index to continue from. */
function candidatesAt(doc: AnalysedDoc, i: number, floor: number): Step {
  const t = doc.tokens[i]!;
  if (t.kind === 'punct' && t.text !== '-' && t.text !== '.' && t.text !== '\u2212') return [NONE, i + 1];
  if (t.kind === 'word' && !mayStartNumber(t)) return [NONE, i + 1];
  const score = parseScore(doc, i);
  if (score) return [score, i + 1];
  const s = parseSuffixed(doc, i);
  if (s) return suffixedAt(doc, i, floor, s);
  if (t.kind === 'word') {
    const w = wordAt(doc, i);
    if (w) return w;
  }
  const r = parseFigure(doc, i);
  if (!r) return [NONE, i + 1];
  if ('skipTo' in r) return [NONE, continuesCode(doc, r.skipTo) + 1];
  const fig = r.figure;
  const after = fig.last + 1;
  if (!fig.words) {
    if (referenceBefore(doc, fig.first) || lawAfter(doc, fig.last))
      return [NONE, continuesCode(doc, fig.last) + 1];
    if (gluedCode(doc, fig) || listNumber(doc, fig) || nextToSeparator(doc, fig))
      return [NONE, continuesCode(doc, fig.last) + 1];
  }
  if (dateAround(doc, fig) || oneAsPronoun(doc, fig)) return [NONE, after];
  const c = buildFromFigure(doc, fig, floor);
  // "дом 5", "школа 12": a bare figure after a naming word is a name; "трассы 120 км" is a quantity
  if (c && c.bare && !fig.words && referenceBefore(doc, fig.first, NAMING_CUES)) return [NONE, after];
  if (c && c.kind === 'count' && !fig.words && ordinalByAgreement(doc, fig.last, c.value)) {
    return [[withFields(c, { kind: 'ordinal', counts: null, countsSpan: null })], after];
  }
  return [c ? [c] : NONE, after];
}

/** Every figure in the document outside the `taken` ranges (dates and times already claimed them). */
export function extractNumbers(doc: AnalysedDoc, taken: readonly Range[] = []): Extracted<NumberItem> {
  const claimed = new Claimed([
    ...taken.map((r) => [r.start, r.end] as const),
    ...phoneRanges(doc),
    ...urlRanges(doc),
  ]);
  let items: Candidate[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n;) {
    const t = doc.tokens[i]!;
    if (claimed.overlapsNext(t.start, t.end)) {
      i++;
      continue;
    }
    const floor = items.length > 0 ? items[items.length - 1]!.last + 1 : 0;
    const [found, next] = candidatesAt(doc, i, floor);
    let end = -1;
    for (const c of found)
      if (!claimed.overlaps(c.start, c.end)) {
        items.push(c);
        end = Math.max(end, c.end);
      }
    i = Math.max(next, i + 1);
    // a candidate that read further than its step ("двадцать первый" read from "двадцать") covers
    // the tokens it took: none of them starts another number
    while (i < n && doc.tokens[i]!.start < end) i++;
  }
  items = mergeCents(doc, items);
  items = mergeRanges(doc, items);
  items = shareKindBackwards(doc, items);
  items = attachQualifiers(doc, items).filter((c) => !claimed.overlaps(c.start, c.end));
  return { items: items.map((c) => toItem(doc, c)), warnings: [] };
}

function toItem(doc: AnalysedDoc, c: Candidate): NumberItem {
  const item: NumberItem = {
    start: c.start,
    end: c.end,
    text: doc.text.slice(c.start, c.end),
    kind: c.kind,
    value: c.value,
    currency: c.currency,
    unit: c.unit,
    counts: c.counts,
    countsSpan: c.countsSpan,
    approx: c.approx,
  };
  if (c.min !== undefined && c.max !== undefined) {
    item.min = c.min;
    item.max = c.max;
  }
  return item;
}
