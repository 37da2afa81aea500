// Ordinal number words as data: the stems that carry the value, before any ending.

/** Stems of the ordinals 1–20 and 30 with their values: "перв-ого" is 1, "двадцат-ого" is 20. */
export const ORDINAL_STEMS: ReadonlyArray<readonly [string, number]> = [
  ['перв', 1],
  ['втор', 2],
  ['трет', 3],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
