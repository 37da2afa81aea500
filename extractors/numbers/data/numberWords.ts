// Russian cardinal number words in every case, written out as data. The morphology dictionary
// mis-reads some of them ("сто" as the abbreviation СТО, "сорок" as the bird), so figures are
// recognised by form here and the dictionary is only asked about agreement.
import type { Case } from '../../../document/analyse/index.js';

/** What one number-word form contributes to a figure. */
export interface NumberWord {
  value: number;
  /** units 0-9, teens 10-19, tens 20-90, hundreds 100-900: a compound takes at most one of each, in that order */
  rank: 'unit' | 'teen' | 'ten' | 'hundred';
  cases: readonly Case[];
}

const NA: readonly Case[] = ['nomn', 'accs'];
const GDL: readonly Case[] = ['gent', 'datv', 'loct'];

// [value, nominative, genitive/dative/locative, instrumental]: the regular 5-30 paradigm.
const REGULAR: ReadonlyArray<[number, string, string, string]> = [
  [5, 'пять', 'пяти', 'пятью'],
  [6, 'шесть', 'шести', 'шестью'],
  [7, 'семь', 'семи', 'семью'],
  [8, 'восемь', 'восьми', 'восемью'],
  [9, 'девять', 'девяти', 'девятью'],
  [10, 'десять', 'десяти', 'десятью'],
  [11, 'одиннадцать', 'одиннадцати', 'одиннадцатью'],
  [12, 'двенадцать', 'двенадцати', 'двенадцатью'],
  [13, 'тринадцать', 'тринадцати', 'тринадцатью'],
  [14, 'четырнадцать', 'четырнадцати', 'четырнадцатью'],
  [15, 'пятнадцать', 'пятнадцати', 'пятнадцатью'],
  [16, 'шестнадцать', 'шестнадцати', 'шестнадцатью'],
  [17, 'семнадцать', 'семнадцати', 'семнадцатью'],
  [18, 'восемнадцать', 'восемнадцати', 'восемнадцатью'],
  [19, 'девятнадцать', 'девятнадцати', 'девятнадцатью'],
  [20, 'двадцать', 'двадцати', 'двадцатью'],
  [30, 'тридцать', 'тридцати', 'тридцатью'],
];

// [value, nominative, genitive/dative/locative, instrumental] for 50-80, whose both halves decline.
const COMPOUND_TENS: ReadonlyArray<[number, string, string, string]> = [
  [50, 'пятьдесят', 'пятидесяти', 'пятьюдесятью'],
  [60, 'шестьдесят', 'шестидесяти', 'шестьюдесятью'],
  [70, 'семьдесят', 'семидесяти', 'семьюдесятью'],
  [80, 'восемьдесят', 'восьмидесяти', 'восемьюдесятью'],
];

// [value, nominative, genitive, dative, instrumental, locative] for 200-900.
const HUNDREDS: ReadonlyArray<[number, string, string, string, string, string]> = [
  [200, 'двести', 'двухсот', 'двумстам', 'двумястами', 'двухстах'],
  [300, 'триста', 'трехсот', 'тремстам', 'тремястами', 'трехстах'],
  [400, 'четыреста', 'четырехсот', 'четыремстам', 'четырьмястами', 'четырехстах'],
  [500, 'пятьсот', 'пятисот', 'пятистам', 'пятьюстами', 'пятистах'],
  [600, 'шестьсот', 'шестисот', 'шестистам', 'шестьюстами', 'шестистах'],
  [700, 'семьсот', 'семисот', 'семистам', 'семьюстами', 'семистах'],
  [800, 'восемьсот', 'восьмисот', 'восьмистам', 'восемьюстами', 'восьмистах'],
  [900, 'девятьсот', 'девятисот', 'девятистам', 'девятьюстами', 'девятистах'],
];

// Irregular small numbers and the odd ones out, form by form: [form, value, rank, cases].
const IRREGULAR: ReadonlyArray<[string, number, NumberWord['rank'], readonly Case[]]> = [
  ['ноль', 0, 'unit', NA],
  ['нуль', 0, 'unit', NA],
  ['нуля', 0, 'unit', ['gent']],
  ['нолю', 0, 'unit', ['datv']],
  ['нулю', 0, 'unit', ['datv']],
  ['один', 1, 'unit', NA],
  ['одна', 1, 'unit', ['nomn']],
  ['одно', 1, 'unit', NA],
  ['одного', 1, 'unit', ['gent', 'accs']],
  ['одной', 1, 'unit', ['gent', 'datv', 'ablt', 'loct']],
  ['одному', 1, 'unit', ['datv']],
  ['одну', 1, 'unit', ['accs']],
  ['одним', 1, 'unit', ['ablt']],
  ['одном', 1, 'unit', ['loct']],
  ['два', 2, 'unit', NA],
  ['две', 2, 'unit', NA],
  ['двух', 2, 'unit', ['gent', 'accs', 'loct']],
  ['двум', 2, 'unit', ['datv']],
  ['двумя', 2, 'unit', ['ablt']],
  ['три', 3, 'unit', NA],
  ['трех', 3, 'unit', ['gent', 'accs', 'loct']],
  ['трем', 3, 'unit', ['datv']],
  ['тремя', 3, 'unit', ['ablt']],
  ['четыре', 4, 'unit', NA],
  ['четырех', 4, 'unit', ['gent', 'accs', 'loct']],
  ['четырем', 4, 'unit', ['datv']],
  ['четырьмя', 4, 'unit', ['ablt']],
  ['сорок', 40, 'ten', NA],
  ['сорока', 40, 'ten', ['gent', 'datv', 'ablt', 'loct']],
  ['девяносто', 90, 'ten', NA],
  ['девяноста', 90, 'ten', ['gent', 'datv', 'ablt', 'loct']],
  ['сто', 100, 'hundred', NA],
  ['ста', 100, 'hundred', ['gent', 'datv', 'ablt', 'loct']],
];

function build(): Map<string, NumberWord> {
  const out = new Map<string, NumberWord>();
  const add = (form: string, value: number, rank: NumberWord['rank'], cases: readonly Case[]): void => {
    const prev = out.get(form);
    out.set(
      form,
      prev ? { value, rank, cases: [...new Set([...prev.cases, ...cases])] } : { value, rank, cases },
    );
  };
  for (const [form, value, rank, cases] of IRREGULAR) add(form, value, rank, cases);
  const rankOf = (v: number): NumberWord['rank'] => (v < 10 ? 'unit' : v < 20 ? 'teen' : 'ten');
  for (const [v, nom, gdl, ins] of [...REGULAR, ...COMPOUND_TENS]) {
    add(nom, v, rankOf(v), NA);
    add(gdl, v, rankOf(v), GDL);
    add(ins, v, rankOf(v), ['ablt']);
  }
  for (const [v, nom, gen, dat, ins, loc] of HUNDREDS) {
    add(nom, v, 'hundred', NA);
    add(gen, v, 'hundred', ['gent']);
    add(dat, v, 'hundred', ['datv']);
    add(ins, v, 'hundred', ['ablt']);
    add(loc, v, 'hundred', ['loct']);
  }
  return out;
}

/** Cardinal number words by normalised form (lower case, ё as е). */
export const CARDINALS: ReadonlyMap<string, NumberWord> = build();

/** Collective numerals and "оба": a count of people or paired things, standing alone. */
export const COLLECTIVES: ReadonlyMap<string, number> = new Map(
  (
    [
      [2, ['двое', 'двоих', 'двоим', 'двоими']],
      [3, ['трое', 'троих', 'троим', 'троими']],
      [4, ['четверо', 'четверых', 'четверым', 'четверыми']],
      [5, ['пятеро', 'пятерых', 'пятерым', 'пятерыми']],
      [6, ['шестеро', 'шестерых', 'шестерым', 'шестерыми']],
      [7, ['семеро', 'семерых', 'семерым', 'семерыми']],
      [8, ['восьмеро', 'восьмерых']],
      [9, ['девятеро', 'девятерых']],
      [10, ['десятеро', 'десятерых']],
      [2, ['оба', 'обе', 'обоих', 'обеих', 'обоим', 'обеим', 'обоими', 'обеими']],
    ] as const
  ).flatMap(([v, forms]) => forms.map((f) => [f, v] as [string, number])),
);

/** One and a half and one hundred and fifty, which stand outside the compound scheme. */
export const HALF_FORMS: ReadonlyMap<string, number> = new Map([
  ['полтора', 1.5],
  ['полторы', 1.5],
  ['полутора', 1.5],
  ['полтораста', 150],
  ['полутораста', 150],
]);

/** Words that name zero as an amount ("нисколько" in Duckling's sense). */
export const ZERO_WORDS: ReadonlySet<string> = new Set(['нисколько']);

/** Fractions that follow a cardinal: "две трети", "три четверти". Values are per unit. */
export const FRACTION_NOUNS: ReadonlyMap<string, number> = new Map([
  ['треть', 1 / 3],
  ['трети', 1 / 3],
  ['третей', 1 / 3],
  ['четверть', 1 / 4],
  ['четверти', 1 / 4],
  ['четвертей', 1 / 4],
]);

/**
 * Genitive stems that open a compound adjective ("шестидесяти|восьми|летняя", "двух|этажный"),
 * longest first so that greedy splitting finds "восемнадцати" before "восьми".
 */
export const COMPOUND_STEMS: ReadonlyArray<[string, number]> = (
  [
    ['одно', 1],
    ['двух', 2],
    ['дву', 2],
    ['трех', 3],
    ['четырех', 4],
    ['пяти', 5],
    ['шести', 6],
    ['семи', 7],
    ['восьми', 8],
    ['девяти', 9],
    ['десяти', 10],
    ['одиннадцати', 11],
    ['двенадцати', 12],
    ['тринадцати', 13],
    ['четырнадцати', 14],
    ['пятнадцати', 15],
    ['шестнадцати', 16],
    ['семнадцати', 17],
    ['восемнадцати', 18],
    ['девятнадцати', 19],
    ['двадцати', 20],
    ['тридцати', 30],
    ['сорока', 40],
    ['пятидесяти', 50],
    ['шестидесяти', 60],
    ['семидесяти', 70],
    ['восьмидесяти', 80],
    ['девяноста', 90],
    ['сто', 100],
    ['ста', 100],
  ] as Array<[string, number]>
).sort((a, b) => b[0].length - a[0].length);
