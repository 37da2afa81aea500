// Centuries and decades named in words: "в XIV веке", "с XVIII века", "в конце ХХ-го века" (Cyrillic
// Х too), "первой половины XX века", "в 19 веке", "XIX–XX веков", "двадцатого века", "в девяностые
// годы", "к сороковым годам XIV века", "в тридцатых-сороковых годах прошлого века".
// Values follow ISO 8601's reduced precision: a century is its first two year digits (XX век -> "19",
// the years 1900–1999, as the 20th century is read in news), a decade its first three ("199").
// A part of a century is a span of years: the start is its first 30 years, the middle 40–69, the
// end the last 30; a half is 00–49 or 50–99.
import { ORDINAL_STEM_ALT, ordinalStemValue } from '../constants.js';
import { ORDINAL_STEMS } from '../../../document/lexicon/index.js';
import { forms } from '../anchors.js';
import { L, PART, R, REL, pattern } from '../patterns.js';
import type { Parser } from '../types.js';
import { PREP, partOf, relShift, spanOfMatch } from './shared.js';
import { cand } from '../candidate.js';
import { readRoman } from '../../../document/roman.js';

/** Roman numerals as written in Russian texts, lower-cased; Cyrillic "х" stands in for "x". */
const ROMAN = '[ivxlх]{1,6}';
/** Each "x" of a roman numeral written as a Latin or a Cyrillic letter: "xx", "хx", "xх", "хх". */
function xVariants(w: string): string[] {
  const i = w.indexOf('x');
  if (i < 0) return [w];
  const rest = xVariants(w.slice(i + 1));
  return rest.flatMap((r) => [w.slice(0, i) + 'x' + r, w.slice(0, i) + 'х' + r]);
}
/** The roman numerals of centuries I to XXIX, in both alphabets' "x". */
const ROMAN_WORDS = ['', 'x', 'xx']
  .flatMap((t) => ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'].map((o) => t + o))
  .filter(Boolean)
  .flatMap(xVariants);
/** The value of a Roman numeral as written here (lower case, Cyrillic "х" for "x"), or null. */
export function romanValue(s: string): number | null {
  return readRoman(s.replace(/х/g, 'x').toUpperCase());
}

const ORDINAL_ENDINGS = [
  'ый',
  'ой',
  'ий',
  'ого',
  'его',
  'ьего',
  'ом',
  'ем',
  'ьем',
  'ому',
  'ему',
  'ьему',
  'ым',
  'им',
  'ьим',
];
const ORDINAL_ENDING = `(?:${ORDINAL_ENDINGS.join('|')})`;
const ORDINAL_CENTURY = `(?:двадцать +)?(?:${ORDINAL_STEM_ALT})${ORDINAL_ENDING}`;

/** An ordinal's stem at the start of a word, compiled once rather than at each reading. */
const ORDINAL_STEM = new RegExp(`^(?:${ORDINAL_STEM_ALT})`, 'u');

/** The number of a century written as a Roman numeral, digits or an ordinal word. */
function centuryNumber(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const roman = romanValue(word);
  if (roman !== null) return roman;
  const compound = /^двадцать +/.exec(word);
  const rest = compound ? word.slice(compound[0].length) : word;
  const stem = ORDINAL_STEM.exec(rest)?.[0];
  const n = stem === undefined ? undefined : ordinalStemValue(stem);
  if (n === undefined) return null;
  return compound ? (n < 10 ? 20 + n : null) : n;
}

const CENTURY_WORD = '(?:век|века|веке|веку|веком|веках|веков|векам|вв?(?=\\.))';
const NUMBER = `(${ROMAN}|\\d{1,2}|${ORDINAL_CENTURY})(?:-?(?:го|м|й|ом|ый))?`;
const HALF = '(первой|второй|первую|вторую|первая|вторая) +половин[аеуы]';

/** A century's years as ISO reduced precision: the 20th century is "19". */
const centuryValue = (c: number): string => String(c - 1).padStart(2, '0');

function partYears(c: number, part: 'start' | 'middle' | 'end' | 'first-half' | 'second-half'): string {
  const base = (c - 1) * 100;
  const [a, b] =
    part === 'start'
      ? [0, 29]
      : part === 'middle'
        ? [40, 69]
        : part === 'end'
          ? [70, 99]
          : part === 'first-half'
            ? [0, 49]
            : [50, 99];
  return `${base + a}/${base + b}`;
}

/** A century's number: roman, in figures ("19 веке", "19-го века") or an ordinal word. */
const CENTURY_NUMBER_ANCHORS = {
  words: [
    ...ROMAN_WORDS,
    ...forms(
      ORDINAL_STEMS.map(([s]) => s),
      ORDINAL_ENDINGS,
    ),
  ],
  // "19 веке", "19-го века"
  numbers: /^\d{1,2}(?:-|$)/u,
};

export const centuryParser: Parser = {
  name: 'century',
  anchors: CENTURY_NUMBER_ANCHORS,
  // "в | первой | половине | XX", "XIX | – | XX | веков | ."
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(?:(${PART}) +|${HALF} +)?${NUMBER}(?: *[-–] *${NUMBER})? +(${CENTURY_WORD})${R}`,
  ),
  build(m, ctx) {
    const [, prep, partWord, halfWord, firstWord, secondWord, unitWord] = m;
    // years before the common era have no place in this calendar arithmetic: left out
    const end = m.index + m[0].length;
    if (/^\.? *до +(?:н\. *э|нашей +эры|рождества)/.test(ctx.doc.lower.slice(end, end + 24))) return null;
    // digits before "века"/"веков"/"век" are more often a count ("2 века", "5 веков") than an
    // ordinal; the ordinal reading needs a form no count takes ("в 19 веке") or a frame around it
    if (/^\d/.test(firstWord!) && secondWord === undefined && !/^век[еу]|^веком/.test(unitWord!)) {
      const framed = prep !== undefined || partWord !== undefined || halfWord !== undefined;
      if (!(unitWord === 'века' && Number(firstWord!.match(/^\d+/)![0]) >= 5) && !framed) return null;
    }
    const c1 = centuryNumber(firstWord!.replace(/-.*$/, ''));
    const c2 = secondWord === undefined ? null : centuryNumber(secondWord.replace(/-.*$/, ''));
    if (c1 === null || c1 < 1 || c1 > 21) return null;
    if (secondWord !== undefined && (c2 === null || c2 <= c1 || c2 > 21)) return null;
    const base = cand(spanOfMatch(m), { kind: 'date', relative: false, source: 'century', priority: 1 });
    if (c2 !== null)
      return cand(base, {
        kind: 'range',
        grain: 'century',
        value: `${centuryValue(c1)}/${centuryValue(c2)}`,
      });
    const part = partOf(partWord);
    if (part) return cand(base, { grain: 'year', value: partYears(c1, part) });
    if (halfWord !== undefined)
      return cand(base, {
        grain: 'year',
        value: partYears(c1, /^перв/.test(halfWord) ? 'first-half' : 'second-half'),
      });
    return cand(base, { grain: 'century', value: centuryValue(c1) });
  },
};

/** Decade ordinals: "двадцатые" (20s) … "девяностые" (90s), in every case. */
const DECADE_STEMS: ReadonlyArray<[string, number]> = [
  ['двадцат', 2],
  ['тридцат', 3],
  ['сороков', 4],
  ['пятидесят', 5],
  ['шестидесят', 6],
  ['семидесят', 7],
  ['восьмидесят', 8],
  ['девяност', 9],
];
const DECADE_WORD = `(${DECADE_STEMS.map(([s]) => s).join('|')})(?:ые|ых|ым|ыми)`;
const YEARS = '(?:годы|годов|годах|годам|годами)';
const OF_CENTURY = `(?: +(?:(${REL})|${NUMBER}) +(?:века|вв?(?=\\.)))?`;

export const decadeWordParser: Parser = {
  name: 'decade-word',
  anchors: {
    words: forms(
      DECADE_STEMS.map(([s]) => s),
      ['ые', 'ых', 'ым', 'ыми'],
    ),
  },
  pattern: pattern(
    `${L}(?:(${PREP}) +)?(?:(${PART}) +)?${DECADE_WORD}(?: *[-–] *${DECADE_WORD})? +${YEARS}${OF_CENTURY}${R}`,
  ),
  build(m, ctx) {
    const [, , , d1Stem, d2Stem, rel, centuryWord] = m;
    const decade = (stem: string | undefined): number | undefined =>
      DECADE_STEMS.find(([s]) => s === stem)?.[1];
    const d1 = decade(d1Stem)!;
    const d2 = decade(d2Stem);
    if (d2 !== undefined && d2 <= d1) return null;
    // the century: written, relative ("прошлого века"), or the 20th by default ("в девяностые годы")
    let c = 20;
    let relative = false;
    if (centuryWord !== undefined) {
      const n = centuryNumber(centuryWord);
      if (n === null || n < 1 || n > 21) return null;
      c = n;
    } else if (rel !== undefined) {
      if (!ctx.ref) return null;
      c = Math.floor((ctx.ref.y - 1) / 100) + 1 + relShift(rel)!;
      relative = true;
    }
    const value = (d: number): string => String((c - 1) * 10 + d);
    const base = cand(spanOfMatch(m), {
      kind: 'date',
      grain: 'decade',
      relative,
      source: 'decade-word',
      priority: 1,
    });
    return d2 === undefined
      ? cand(base, { value: value(d1) })
      : cand(base, { kind: 'range', value: `${value(d1)}/${value(d2)}` });
  },
};
