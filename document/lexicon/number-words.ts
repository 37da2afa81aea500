// Russian cardinal number words 0–900 in every case, written out as data. The morphology dictionary
// mis-reads some of them ("сто" as the abbreviation СТО, "сорок" as the bird), so figures are
// recognised by form from here and the dictionary is only asked about agreement.
import type { Case } from '../analyse/index.js';

/** One form of a cardinal number word: its value and the cases it stands in ("двух": 2, gent/accs/loct). */
export interface CardinalForm {
  form: string;
  value: number;
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

// Irregular small numbers and the odd ones out, form by form: [form, value, cases].
const IRREGULAR: ReadonlyArray<[string, number, readonly Case[]]> = [
  ['ноль', 0, NA],
  ['нуль', 0, NA],
  ['нуля', 0, ['gent']],
  ['нолю', 0, ['datv']],
  ['нулю', 0, ['datv']],
  ['один', 1, NA],
  ['одна', 1, ['nomn']],
  ['одно', 1, NA],
  ['одного', 1, ['gent', 'accs']],
  ['одной', 1, ['gent', 'datv', 'ablt', 'loct']],
  ['одному', 1, ['datv']],
  ['одну', 1, ['accs']],
  ['одним', 1, ['ablt']],
  ['одном', 1, ['loct']],
  ['два', 2, NA],
  ['две', 2, NA],
  ['двух', 2, ['gent', 'accs', 'loct']],
  ['двум', 2, ['datv']],
  ['двумя', 2, ['ablt']],
  ['три', 3, NA],
  ['трех', 3, ['gent', 'accs', 'loct']],
  ['трем', 3, ['datv']],
  ['тремя', 3, ['ablt']],
  ['четыре', 4, NA],
  ['четырех', 4, ['gent', 'accs', 'loct']],
  ['четырем', 4, ['datv']],
  ['четырьмя', 4, ['ablt']],
  ['сорок', 40, NA],
  ['сорока', 40, ['gent', 'datv', 'ablt', 'loct']],
  ['девяносто', 90, NA],
  ['девяноста', 90, ['gent', 'datv', 'ablt', 'loct']],
  ['сто', 100, NA],
  ['ста', 100, ['gent', 'datv', 'ablt', 'loct']],
];

function forms(): CardinalForm[] {
  const out: CardinalForm[] = [];
  const add = (form: string, value: number, cases: readonly Case[]): void => {
    out.push({ form, value, cases });
  };
  for (const [form, value, cases] of IRREGULAR) add(form, value, cases);
  for (const [v, nom, gdl, ins] of [...REGULAR, ...COMPOUND_TENS]) {
    add(nom, v, NA);
    add(gdl, v, GDL);
    add(ins, v, ['ablt']);
  }
  for (const [v, nom, gen, dat, ins, loc] of HUNDREDS) {
    add(nom, v, NA);
    add(gen, v, ['gent']);
    add(dat, v, ['datv']);
    add(ins, v, ['ablt']);
    add(loc, v, ['loct']);
  }
  return out;
}

/** Every form of the cardinals 0–900, normalised (lower case, ё as е): "двух" is 2, "пятистах" 500. */
export const CARDINAL_FORMS: readonly CardinalForm[] = forms();

/** Rarer instrumental variants outside the paradigm above: "одною" for "одной", "восьмью" for "восемью". */
export const CARDINAL_VARIANTS: readonly CardinalForm[] = [
  { form: 'одною', value: 1, cases: ['ablt'] },
  { form: 'восьмью', value: 8, cases: ['ablt'] },
];
