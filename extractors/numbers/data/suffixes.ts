// What follows a figure across a hyphen or glued to it ("2-й", "83-летнего", "70-процентное").

/** Endings that make a figure an ordinal ("3-м", "21-го", "1ый", "15е"). */
export const ORDINAL_ENDINGS: ReadonlySet<string> = new Set([
  'й',
  'я',
  'е',
  'ю',
  'м',
  'х',
  'го',
  'му',
  'ми',
  'ый',
  'ий',
  'ой',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ым',
  'им',
  'ом',
  'ых',
  'их',
  'ую',
  'юю',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ья',
  'ье',
  'ьи',
  'ью',
  'ьей',
  'ьего',
  'ьему',
  'ьим',
  'ьих',
]);

/** Case endings of a cardinal written in digits ("2-х", "5-ти", "7-ми", "3-мя"): a count, not an ordinal. */
export const CARDINAL_ENDINGS: ReadonlySet<string> = new Set([
  'х',
  'ти',
  'ми',
  'мя',
  'ух',
  'ех',
  'ум',
  'ем',
  'ью',
  'и',
]);

/** Suffix stems after "N-" that make an age: "83-летнего", "72-х летний". */
export const AGE_STEM = 'летн';

/** Suffix stem after "N-" that makes a percentage: "70-процентное". */
export const PERCENT_STEM = 'процентн';

/** Suffix stems after "N-" that make a count adjective: "5-кратный", "16-этажный". */
export const COUNT_STEMS: readonly string[] = [
  'кратн',
  'этажн',
  'местн',
  'ярусн',
  'серийн',
  'томн',
  'комнатн',
  'значн',
  'страничн',
  'звездочн',
  'зарядн',
  'полосн',
  'ступенчат',
];

/** Suffix stem after "N-" for an anniversary ("80-летие"), which the news annotates as an age. */
export const ANNIVERSARY_STEM = 'лети';

/** Suffix stems after "N-" that make a duration adjective ("5-дневный"): the dates extractor's. */
export const DURATION_STEMS: readonly string[] = [
  'дневн',
  'месячн',
  'часов',
  'минутн',
  'недельн',
  'годичн',
  'суточн',
  'секундн',
  'летк',
];
