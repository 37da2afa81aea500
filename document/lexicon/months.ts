// Month names as data: every case and the abbreviations the news writes, keyed by month number.

/** One month's words: its number, its forms in the cases ("марта", "в марте") and its abbreviations. */
export interface MonthWords {
  /** 1 for January … 12 for December */
  month: number;
  /** "март" (the accusative is the same) */
  nominative: string;
  /** "марта": the form after a day number */
  genitive: string;
  /** "марте" */
  prepositional: string;
  /** "марту" */
  dative: string;
  /** "мартом" */
  instrumental: string;
  /** "мар": written without its dot, which stays outside a span */
  abbreviations: readonly string[];
}

/** The twelve months in order: "январь", "5 января", "в январе", "янв". */
export const MONTHS: readonly MonthWords[] = [
  m(1, 'январь', 'января', 'январе', 'январю', 'январем', ['янв']),
  m(2, 'февраль', 'февраля', 'феврале', 'февралю', 'февралем', ['фев', 'февр']),
  m(3, 'март', 'марта', 'марте', 'марту', 'мартом', ['мар']),
  m(4, 'апрель', 'апреля', 'апреле', 'апрелю', 'апрелем', ['апр']),
  m(5, 'май', 'мая', 'мае', 'маю', 'маем', []),
  m(6, 'июнь', 'июня', 'июне', 'июню', 'июнем', ['июн']),
  m(7, 'июль', 'июля', 'июле', 'июлю', 'июлем', ['июл']),
  m(8, 'август', 'августа', 'августе', 'августу', 'августом', ['авг']),
  m(9, 'сентябрь', 'сентября', 'сентябре', 'сентябрю', 'сентябрем', ['сен', 'сент']),
  m(10, 'октябрь', 'октября', 'октябре', 'октябрю', 'октябрем', ['окт']),
  m(11, 'ноябрь', 'ноября', 'ноябре', 'ноябрю', 'ноябрем', ['ноя', 'нояб']),
  m(12, 'декабрь', 'декабря', 'декабре', 'декабрю', 'декабрем', ['дек']),
];

function m(
  month: number,
  nominative: string,
  genitive: string,
  prepositional: string,
  dative: string,
  instrumental: string,
  abbreviations: readonly string[],
): MonthWords {
  return { month, nominative, genitive, prepositional, dative, instrumental, abbreviations };
}
