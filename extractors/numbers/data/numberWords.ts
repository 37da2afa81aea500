// Russian number words as the numbers extractor reads them. The cardinal forms come from the shared
// table in document/lexicon; here they get the rank that decides how they compound.
import type { Case } from '../../../document/analyse/index.js';
import { CARDINAL_FORMS } from '../../../document/lexicon/index.js';

/** What one number-word form contributes to a figure. */
export interface NumberWord {
  value: number;
  /** units 0-9, teens 10-19, tens 20-90, hundreds 100-900: a compound takes at most one of each, in that order */
  rank: 'unit' | 'teen' | 'ten' | 'hundred';
  cases: readonly Case[];
}

const rankOf = (v: number): NumberWord['rank'] =>
  v < 10 ? 'unit' : v < 20 ? 'teen' : v < 100 ? 'ten' : 'hundred';

function build(): Map<string, NumberWord> {
  const out = new Map<string, NumberWord>();
  for (const { form, value, cases } of CARDINAL_FORMS) {
    const rank = rankOf(value);
    const prev = out.get(form);
    out.set(
      form,
      prev ? { value, rank, cases: [...new Set([...prev.cases, ...cases])] } : { value, rank, cases },
    );
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
