// Words around a figure that decide what it is, or that it is no NumberItem at all.
import { MONTHS } from '../../../document/lexicon/index.js';

/** Time units: "N лет/дней/месяцев" is a duration, which the dates extractor owns. By lemma. */
export const TIME_UNIT_LEMMAS: ReadonlySet<string> = new Set([
  'год',
  'лет',
  'месяц',
  'неделя',
  'день',
  'сутки',
  'час',
  'минута',
  'секунда',
  'век',
  'столетие',
  'десятилетие',
  'тысячелетие',
  'квартал',
  'полугодие',
  'полгода',
  'полчаса',
  // the dictionary lemmatises "месяца" as the abbreviation "мес"
  'мес',
]);

/** Time unit abbreviations by normalised form. */
export const TIME_UNIT_FORMS: ReadonlySet<string> = new Set([
  'лет',
  'г',
  'гг',
  'ч',
  'мин',
  'сек',
  'дн',
  'мес',
]);

// An abbreviation this extractor has never taken for a month; reading it would change which figures are dates.
const NOT_MONTH_HERE = 'февр';

/** Month forms as they follow a day number ("12 октября", "5 окт"): nominative, genitive, abbreviations. */
export const MONTH_FORMS: ReadonlySet<string> = new Set(
  MONTHS.flatMap((m) => [m.genitive, m.nominative, ...m.abbreviations]).filter((f) => f !== NOT_MONTH_HERE),
);

/** Words after which a figure names a legal provision or a document: never a NumberItem. */
export const REFERENCE_CUES: ReadonlySet<string> = new Set([
  'статья',
  'ст',
  'часть',
  'ч',
  'пункт',
  'п',
  'пп',
  'подпункт',
  'параграф',
  'глава',
  'гл',
  'раздел',
  'абзац',
  'приложение',
  'номер',
  'no',
  '№',
  'n',
  'тел',
  'версия',
  'протокол',
  'постановление',
  'приказ',
  'указ',
  'закон',
  'фз',
  'резолюция',
]);

/**
 * Words after which a bare figure names a thing ("дом 5", "школа № 12", "трасса 120"), but a figure
 * with a unit or a counted noun is still a quantity ("трассы 120 км").
 */
export const NAMING_CUES: ReadonlySet<string> = new Set([
  'дом',
  'д',
  'корпус',
  'корп',
  'кв',
  'квартира',
  'офис',
  'стр',
  'строение',
  'рейс',
  'трасса',
  'маршрут',
  'линия',
  'школа',
  'гимназия',
  'лицей',
  'колония',
  'ик',
  'сизо',
  'больница',
  'поликлиника',
  'палата',
  'кабинет',
  'аудитория',
  'шоссе',
  'сезон',
]);

/** Nouns after an ordinal that make it a reference, not an ordinal fact ("228-й статьи"). */
export const REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  'статья',
  'пункт',
  'часть',
  'глава',
  'подпункт',
  'абзац',
  'раздел',
]);

/** Codes of law after a number ("ст. 105 УК", "228 УК РФ"): the number is an article. */
export const LAW_CODES: ReadonlySet<string> = new Set([
  'ук',
  'упк',
  'гк',
  'гпк',
  'коап',
  'нк',
  'тк',
  'апк',
  'жк',
  'зк',
]);

/** Words that make "N лет/года" an age: dative pronouns and verbs of turning an age. */
export const AGE_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'исполниться',
  'исполняться',
  'стукнуть',
  'возраст',
  'он',
  'она',
  'который',
]);

/** Forms of the dative pronouns that carry an age ("ему 61 год"). */
export const AGE_DATIVE_FORMS: ReadonlySet<string> = new Set([
  'ему',
  'ей',
  'им',
  'которому',
  'которой',
  'которым',
  'мне',
  'тебе',
  'нам',
  'вам',
]);

/** Nouns that carry an age in the construction "на N-м году жизни". */
export const LIFE_WORDS: ReadonlySet<string> = new Set(['жизни']);

/** Adjectives that give an age without a figure: value and qualifier. */
export const AGE_WORDS: ReadonlyArray<[string, number, 'under' | 'at_least' | null]> = [
  ['несовершеннолетн', 18, 'under'],
  ['совершеннолетн', 18, 'at_least'],
  ['полуторагодовал', 1.5, null],
  ['годовал', 1, null],
];

/** Vague amounts that the news counts with: "десятки тысяч", "сотни", "несколько тысяч". Value = lower bound. */
export const VAGUE_LEMMAS: ReadonlyMap<string, number> = new Map([
  ['десяток', 10],
  ['десятки', 10],
  ['сотня', 100],
  ['тысяча', 1000],
  ['миллион', 1e6],
  ['миллиард', 1e9],
]);

/** The word "несколько" before a multiplier ("несколько тысяч"). */
export const SEVERAL = new Set(['несколько', 'нескольких', 'нескольким', 'несколькими']);

/** Nouns after a Roman numeral that make it an ordinal ("IV степени", "XX съезд"). */
export const ROMAN_CUE_LEMMAS: ReadonlySet<string> = new Set([
  'степень',
  'съезд',
  'созыв',
  'класс',
  'категория',
  'разряд',
  'этап',
  'тур',
  'сессия',
  'конгресс',
  'пленум',
  'форум',
  'чемпионат',
  'олимпиада',
  'фестиваль',
  'кинофестиваль',
  'конкурс',
  'турнир',
  'саммит',
  'выставка',
  'группа',
  'дивизион',
]);

/** Nouns after a Roman numeral that make it a date ("XX век"): the dates extractor's. */
export const ROMAN_DATE_LEMMAS: ReadonlySet<string> = new Set(['век', 'тысячелетие', 'квартал', 'столетие']);

/**
 * Nouns after an ordinal that make a title or a fixed phrase, not a rank the news counts:
 * "в первую очередь", "первый заместитель", "первая леди", "Первая мировая", "во второй половине".
 * By the ordinal's value, then the noun's lemma.
 */
export const ORDINAL_FIXED: ReadonlyMap<number, ReadonlySet<string>> = new Map([
  [
    1,
    new Set([
      'очередь',
      'заместитель',
      'зам',
      'замминистра',
      'зампред',
      'замглава',
      'замсекретарь',
      'вице-президент',
      'вице-премьер',
      'вице-спикер',
      'леди',
      'помощь',
      'время',
      'взгляд',
      'канал',
      'лицо',
    ]),
  ],
]);

/** Words around "один" that make it a pronoun: "один из", "ни один", "ещё один" (another), "один и тот же". */
export const ONE_AS_PRONOUN_AFTER: ReadonlySet<string> = new Set(['из']);
export const ONE_AS_PRONOUN_BEFORE: ReadonlySet<string> = new Set(['ни', 'еще']);

/**
 * Time units after an ordinal that make it a date or a duration ("пятый день", "в первые часы",
 * "двадцатого века"): the dates extractor's. Quarters and minutes stay ordinals ("в 3-м квартале",
 * "на 35-й минуте"), as the news annotates them.
 */
export const ORDINAL_TIME_LEMMAS: ReadonlySet<string> = new Set(
  [...TIME_UNIT_LEMMAS].filter((l) => !['квартал', 'полугодие', 'минута', 'секунда'].includes(l)),
);

/** Nouns an age adjective may describe although they are things: "80-летнего юбилея", "в 63-летнем возрасте". */
export const AGE_THING_NOUNS: ReadonlySet<string> = new Set([
  'юбилей',
  'возраст',
  'годовщина',
  'день',
  'рождение',
]);

/** Words after "N лет" that make it a span of time, not an age ("5 лет назад", "10 лет тюрьмы"). */
export const DURATION_AFTER: ReadonlySet<string> = new Set([
  'назад',
  'спустя',
  'подряд',
  'тюрьмы',
  'колонии',
  'заключения',
  'лишения',
  'работы',
  'службы',
  'стажа',
  'брака',
]);

/** Nouns after which a cardinal in digits reads as an ordinal when it does not agree ("занял 26 место", "во 2 туре"). */
export const RANK_NOUNS: ReadonlySet<string> = new Set([
  'место',
  'тур',
  'класс',
  'созыв',
  'позиция',
  'строчка',
  'этаж',
  'ряд',
  'этап',
  'раунд',
  'сезон',
]);
