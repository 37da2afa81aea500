// Holidays with a fixed day, as data: each name's forms (lower case, "ё" as "е") and its day or days
// per country, where countries keep it on different days ("День Независимости" is 16 December in
// Kazakhstan, 24 August in Ukraine). Read by parsers/holiday.ts, which picks the country named after the
// holiday ("День независимости Украины"), else the outlet's (outletCountry), else Kazakhstan's.
// Holidays whose day moves (Пасха, Курбан-айт, Масленица) are not here.

/** A day of the year, or a first and a last day: [month, day] or [month, day, month, day]. */
export type HolidayDays = readonly [number, number] | readonly [number, number, number, number];

export interface Holiday {
  /** every form the name is written in: "день победы", "дня победы", … */
  forms: readonly string[];
  /** days by ISO 3166 country code; "*" for a day kept everywhere */
  days: Readonly<Record<string, HolidayDays>>;
}

/** "день X" in every case: the head noun inflects, the rest stays. */
const day = (rest: string): string[] => ['день', 'дня', 'дню', 'днем', 'дне'].map((d) => `${d} ${rest}`);
/** An adjective and a noun case by case: "новогодние праздники", "новогодних праздников", … */
const cases = (adjectives: readonly string[], nouns: readonly string[]): string[] =>
  adjectives.map((a, i) => `${a} ${nouns[i]!}`);
/** Plural adjective endings, nominative to prepositional. */
const PLURAL = ['ие', 'их', 'им', 'ими', 'их'];
/** A neuter noun in the singular cases: "рождество", "рождества", "рождеству", "рождеством", "рождестве". */
const neuter = (stem: string): string[] => ['о', 'а', 'у', 'ом', 'е'].map((e) => stem + e);

export const HOLIDAYS: readonly Holiday[] = [
  {
    forms: ['новый год', 'нового года', 'новому году', 'новым годом'],
    days: { '*': [1, 1] },
  },
  {
    forms: [
      ...cases(
        PLURAL.map((e) => 'новогодн' + e),
        ['праздники', 'праздников', 'праздникам', 'праздниками', 'праздниках'],
      ),
      ...cases(
        PLURAL.map((e) => 'новогодн' + e),
        ['каникулы', 'каникул', 'каникулам', 'каникулами', 'каникулах'],
      ),
    ],
    days: { KZ: [1, 1, 1, 2], RU: [1, 1, 1, 8], '*': [1, 1, 1, 2] },
  },
  {
    forms: cases(
      ['ое', 'ого', 'ому', 'им', 'ом'].map((e) => 'католическ' + e),
      neuter('рождеств'),
    ),
    days: { '*': [12, 25] },
  },
  { forms: [...neuter('рождеств'), 'рождество христово'], days: { KZ: [1, 7], RU: [1, 7], '*': [1, 7] } },
  { forms: ['сочельник', 'сочельника', 'сочельнику', 'сочельником', 'сочельнике'], days: { '*': [1, 6] } },
  {
    forms: ['наурыз', 'наурыза', 'наурызу', 'наурызом', 'наурызе', 'наурыз мейрамы'],
    days: { '*': [3, 21, 3, 23] },
  },
  {
    forms: cases(
      ['международный', 'международного', 'международному', 'международным', 'международном'],
      ['женский день', 'женского дня', 'женскому дню', 'женским днем', 'женском дне'],
    ),
    days: { '*': [3, 8] },
  },
  { forms: day('победы'), days: { '*': [5, 9] } },
  { forms: day('независимости'), days: { KZ: [12, 16], UA: [8, 24], US: [7, 4], BY: [7, 3], UZ: [9, 1] } },
  { forms: day('россии'), days: { '*': [6, 12] } },
  { forms: day('знаний'), days: { '*': [9, 1] } },
  { forms: day('конституции'), days: { KZ: [8, 30], RU: [12, 12] } },
  { forms: day('республики'), days: { KZ: [10, 25] } },
  { forms: day('столицы'), days: { KZ: [7, 6] } },
  { forms: day('единства народа казахстана'), days: { '*': [5, 1] } },
  { forms: day('народного единства'), days: { '*': [11, 4] } },
  { forms: day('защитника отечества'), days: { KZ: [5, 7], RU: [2, 23] } },
  { forms: day('святого валентина'), days: { '*': [2, 14] } },
];

/** The lemmas a holiday's name is told by ("победа" for "Дня Победы"): every form of them is an anchor. */
export const HOLIDAY_LEMMAS = [
  'новый',
  'новогодний',
  'рождество',
  'сочельник',
  'наурыз',
  'женский',
  'победа',
  'независимость',
  'россия',
  'знание',
  'конституция',
  'республика',
  'столица',
  'единство',
  'защитник',
  'валентин',
];

/** A country named after a holiday, in the genitive: "День независимости Украины". */
export const HOLIDAY_COUNTRIES: Readonly<Record<string, string>> = {
  казахстана: 'KZ',
  рк: 'KZ',
  россии: 'RU',
  рф: 'RU',
  украины: 'UA',
  сша: 'US',
  америки: 'US',
  белоруссии: 'BY',
  беларуси: 'BY',
  узбекистана: 'UZ',
};

/** Country by the outlet's top-level domain. */
export const COUNTRY_DOMAINS: Readonly<Record<string, string>> = {
  kz: 'KZ',
  ru: 'RU',
  ua: 'UA',
  by: 'BY',
  uz: 'UZ',
};

/** Country by the outlet's offset from UTC in minutes, where one country is most likely. */
export const COUNTRY_OFFSETS: Readonly<Record<number, string>> = { 300: 'KZ', 360: 'KZ', 180: 'RU' };

/** The country whose holidays are meant when the text names none. */
export const DEFAULT_COUNTRY = 'KZ';
