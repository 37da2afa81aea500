// Units of measure that turn a figure into a quantity, with the normalised unit code.

/** Unit nouns by lemma. */
export const UNIT_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['километр', 'km'],
  ['метр', 'm'],
  ['сантиметр', 'cm'],
  ['миллиметр', 'mm'],
  ['миля', 'mi'],
  ['килограмм', 'kg'],
  ['грамм', 'g'],
  ['миллиграмм', 'mg'],
  ['тонна', 't'],
  ['центнер', 'q'],
  ['гектар', 'ha'],
  ['литр', 'l'],
  ['миллилитр', 'ml'],
  ['баррель', 'bbl'],
  ['ватт', 'W'],
  ['киловатт', 'kW'],
  ['мегаватт', 'MW'],
  ['гигаватт', 'GW'],
  ['вольт', 'V'],
  ['киловольт', 'kV'],
  ['градус', 'deg'],
  ['балл', 'point'],
  ['узел', 'kn'],
  ['акр', 'acre'],
  ['байт', 'B'],
  ['гигабайт', 'GB'],
  ['терабайт', 'TB'],
  ['мегабайт', 'MB'],
]);

/** Unit abbreviations by normalised form (the trailing period, if any, is taken separately). */
export const UNIT_FORMS: ReadonlyMap<string, string> = new Map([
  ['км', 'km'],
  ['м', 'm'],
  ['см', 'cm'],
  ['мм', 'mm'],
  ['кг', 'kg'],
  ['мг', 'mg'],
  ['т', 't'],
  ['тонн', 't'],
  ['ц', 'q'],
  ['га', 'ha'],
  ['л', 'l'],
  ['мл', 'ml'],
  ['вт', 'W'],
  ['квт', 'kW'],
  ['мвт', 'MW'],
  ['гвт', 'GW'],
  ['квт·ч', 'kWh'],
  ['кв', 'kV'],
  ['°', 'deg'],
  ['мб', 'MB'],
  ['гб', 'GB'],
  ['тб', 'TB'],
]);

/** Units written as two words: the first word's form or lemma, then the second's, then the code. */
export const UNIT_PAIRS: ReadonlyArray<[string, string, string]> = [
  ['кв', 'м', 'm2'],
  ['кв', 'км', 'km2'],
  ['кв', 'метр', 'm2'],
  ['кв', 'километр', 'km2'],
  ['квадратный', 'метр', 'm2'],
  ['квадратный', 'километр', 'km2'],
  ['куб', 'м', 'm3'],
  ['кубический', 'метр', 'm3'],
  ['кубический', 'километр', 'km3'],
  ['км', 'ч', 'km/h'],
  ['километр', 'час', 'km/h'],
  ['тонна', 'нефтяного', 't'],
];

/** Units that are short enough to be something else and need a figure written in digits. */
export const DIGITS_ONLY_UNITS: ReadonlySet<string> = new Set([
  'м',
  'т',
  'ц',
  'л',
  'г',
  'кв',
  'мб',
  'гб',
  'тб',
]);

/** Compound adjectives "N-метровый", "пятитонный", by stem after the figure. */
export const UNIT_ADJECTIVE_STEMS: ReadonlyArray<[string, string]> = [
  ['километров', 'km'],
  ['метров', 'm'],
  ['сантиметров', 'cm'],
  ['миллиметров', 'mm'],
  ['тонн', 't'],
  ['килограммов', 'kg'],
  ['литров', 'l'],
  ['гектарн', 'ha'],
  ['мегаваттн', 'MW'],
];
