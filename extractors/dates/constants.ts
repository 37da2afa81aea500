// Word tables for Russian date expressions: data only, read by the patterns and result builders.
// Month names, cardinal number words and ordinal stems come from the shared document/lexicon.
import {
  CARDINAL_FORMS,
  CARDINAL_VARIANTS,
  ORDINAL_STEMS,
  type CardinalForm,
} from '../../document/lexicon/index.js';

/** Weekday word forms (Monday = 1 … Sunday = 7). */
export const WEEKDAY_FORMS: Readonly<Record<number, readonly string[]>> = {
  1: ['понедельник', 'понедельника', 'понедельнику', 'понедельником', 'понедельнике'],
  2: ['вторник', 'вторника', 'вторнику', 'вторником', 'вторнике'],
  3: ['среда', 'среду', 'среды', 'среде', 'средой'],
  4: ['четверг', 'четверга', 'четвергу', 'четвергом', 'четверге'],
  5: ['пятница', 'пятницу', 'пятницы', 'пятнице', 'пятницей'],
  6: ['суббота', 'субботу', 'субботы', 'субботе', 'субботой'],
  7: ['воскресенье', 'воскресенья', 'воскресенью', 'воскресеньем'],
};

/** Time units of durations and relative shifts; `iso` is the ISO 8601 designator, `time` marks the T part. */
export interface UnitInfo {
  grain: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
  iso: string;
  time: boolean;
  /** how many of the ISO unit one of these is (a decade is 10 years) */
  factor: number;
}

export const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { grain: 'second', iso: 'S', time: true, factor: 1 },
  minute: { grain: 'minute', iso: 'M', time: true, factor: 1 },
  hour: { grain: 'hour', iso: 'H', time: true, factor: 1 },
  day: { grain: 'day', iso: 'D', time: false, factor: 1 },
  week: { grain: 'week', iso: 'W', time: false, factor: 1 },
  month: { grain: 'month', iso: 'M', time: false, factor: 1 },
  quarter: { grain: 'quarter', iso: 'M', time: false, factor: 3 },
  year: { grain: 'year', iso: 'Y', time: false, factor: 1 },
  decade: { grain: 'decade', iso: 'Y', time: false, factor: 10 },
  century: { grain: 'century', iso: 'Y', time: false, factor: 100 },
};

/** Unit word forms (every case, both numbers, the usual abbreviations and diminutives) -> unit key. */
export const UNIT_FORMS: Readonly<Record<string, readonly string[]>> = {
  second: [
    'секунда',
    'секунды',
    'секунде',
    'секунду',
    'секундой',
    'секунд',
    'секундам',
    'секундами',
    'секундах',
    'сек',
    'секундочка',
    'секундочку',
    'секундочки',
  ],
  minute: [
    'минута',
    'минуты',
    'минуте',
    'минуту',
    'минутой',
    'минут',
    'минутам',
    'минутами',
    'минутах',
    'мин',
    'минутка',
    'минутку',
    'минутки',
    'минуток',
    'минуточка',
    'минуточку',
    'минуточки',
    'минуточек',
  ],
  hour: [
    'час',
    'часа',
    'часу',
    'часом',
    'часе',
    'часы',
    'часов',
    'часам',
    'часами',
    'часах',
    'ч',
    'часик',
    'часика',
    'часиков',
    'часок',
    'часочек',
    'часочка',
    'часочков',
  ],
  day: [
    'день',
    'дня',
    'дню',
    'днем',
    'дне',
    'дни',
    'дней',
    'дням',
    'днями',
    'днях',
    'сутки',
    'суток',
    'суткам',
    'сутками',
    'сутках',
    'денек',
  ],
  week: [
    'неделя',
    'недели',
    'неделе',
    'неделю',
    'неделей',
    'недель',
    'неделям',
    'неделями',
    'неделях',
    'нед',
  ],
  month: [
    'месяц',
    'месяца',
    'месяцу',
    'месяцем',
    'месяце',
    'месяцы',
    'месяцев',
    'месяцам',
    'месяцами',
    'месяцах',
    'мес',
  ],
  quarter: [
    'квартал',
    'квартала',
    'кварталу',
    'кварталом',
    'квартале',
    'кварталы',
    'кварталов',
    'кварталам',
    'кварталами',
    'кварталах',
  ],
  year: [
    'год',
    'года',
    'году',
    'годом',
    'годе',
    'годы',
    'годов',
    'годам',
    'годами',
    'годах',
    'лет',
    'летам',
    'летами',
    'летах',
    'годик',
    'годика',
  ],
  decade: [
    'десятилетие',
    'десятилетия',
    'десятилетию',
    'десятилетием',
    'десятилетии',
    'десятилетий',
    'десятилетиям',
    'десятилетиями',
    'десятилетиях',
  ],
  century: [
    'век',
    'века',
    'веку',
    'веком',
    'веке',
    'веков',
    'векам',
    'веками',
    'веках',
    'столетие',
    'столетия',
    'столетий',
    'столетиям',
  ],
};

/** Cardinal number words in every case -> value (compounds like "двадцать пять" are summed). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = buildNumberWords();

// Of the shared cardinals this extractor reads 1–500, and of the hundreds not the instrumental or
// locative ("двумястами", "пятистах") nor the dative past 300 ("пятистам"): what it read before.
function readHere({ value, cases }: CardinalForm): boolean {
  if (value < 1 || value > 500) return false;
  return value < 200 || !cases.some((c) => c === 'ablt' || c === 'loct' || (c === 'datv' && value > 300));
}

function buildNumberWords(): Record<string, number> {
  const out: Record<string, number> = {};
  // in order of value, so that the patterns built from these words come out character for character
  const byValue = [...CARDINAL_FORMS, ...CARDINAL_VARIANTS].sort((a, b) => a.value - b.value);
  for (const w of byValue) if (readHere(w)) out[w.form] = w.value;
  for (const f of ['тысяча', 'тысячи', 'тысячу', 'тысячей']) out[f] = 1000;
  // collective numerals, as in "двое суток", "трое суток"
  const collective = ['дво', 'тро', 'четвер', 'пятер', 'шестер', 'семер'];
  collective.forEach((stem, i) => {
    for (const end of stem.endsWith('р') ? ['о', 'ых', 'ым', 'ыми'] : ['е', 'их', 'им', 'ими'])
      out[stem + end] = i + 2;
  });
  // a misspelling of "восьми" that the patterns have always matched
  out['восеми'] = 8;
  return out;
}

/** "полтора" and its forms: one and a half. */
export const ONE_AND_HALF = ['полтора', 'полторы', 'полутора'];

/** Words for an unknown small count: the duration keeps its span and unit but gets no value. */
export const VAGUE_COUNTS = [
  'несколько',
  'нескольких',
  'нескольким',
  'несколькими',
  'много',
  'многих',
  'многие',
  'многими',
  'пару',
  'пара',
  'пары',
  'считанные',
  'считанных',
  'ряд',
];

/** Words that open a duration and belong to its span ("за последние 5 лет", "не более трёх лет"). */
export const DURATION_LEADS = [
  'более чем за',
  'менее чем за',
  'более чем',
  'менее чем',
  'чуть более',
  'чуть менее',
  'чуть больше',
  'чуть меньше',
  'не позднее чем через',
  'не позднее',
  'не ранее',
  'по истечении',
  'в следующие',
  'на следующие',
  'за следующие',
  'в течение следующих',
  'следующие',
  'следующих',
  'за последние',
  'за последних',
  'за прошедшие',
  'за минувшие',
  'в последние',
  'в течение последних',
  'в течение ближайших',
  'в ближайшие',
  'в течение',
  'на протяжении',
  'в продолжение',
  'не более',
  'не менее',
  'не больше',
  'не меньше',
  'более',
  'менее',
  'больше',
  'меньше',
  'свыше',
  'около',
  'почти',
  'примерно',
  'приблизительно',
  'порядка',
  'где-то',
  'ровно',
  'целых',
  'целые',
  'целый',
  'целую',
  'всего',
  'лишь',
  'уже',
  'еще',
  'спустя',
  'последние',
  'последних',
  'ближайшие',
  'долгие',
  'долгих',
  'до',
  'за',
  'на',
  'от',
];

/** Phrases before "N лет" that make it an age, which the numbers extractor owns. */
export const AGE_CUES = [
  'в возрасте',
  'возрастом',
  'исполнилось',
  'исполнится',
  'исполняется',
  'ему было',
  'ей было',
  'ему',
  'ей',
  'им было',
  'которому',
  'которой',
  'которым',
  'в свои',
  'достигший',
  'достигшие',
  'старше',
  'младше',
  'моложе',
];

/** Words that may stand between a person and "N лет" in an age ("ему было уже 63 года"). */
export const AGE_SKIP_WORDS = [
  'было',
  'был',
  'была',
  'были',
  'будет',
  'бы',
  'уже',
  'всего',
  'почти',
  'около',
  'сейчас',
  'тогда',
  'теперь',
  'только',
  'лишь',
  'исполнилось',
  'исполнился',
  'исполнилась',
  'исполнится',
  'исполняется',
  'исполнялось',
  'стукнуло',
  'более',
  'менее',
  'свыше',
  'примерно',
];

/** Nouns of punishment and terms after which "до N лет" is a length of time, not an age limit. */
export const TERM_NOUN_LEMMAS = [
  'свобода',
  'заключение',
  'срок',
  'тюрьма',
  'арест',
  'колония',
  'лишение',
  'работа',
  'штраф',
  'наказание',
  'запрет',
  'срока',
];

/** Relative determiners: which way "этом / прошлом / следующем" shifts from the publication date. */
export const RELATIVE_SHIFT: Readonly<Record<string, number>> = {
  этот: 0,
  этом: 0,
  этого: 0,
  этой: 0,
  эту: 0,
  это: 0,
  текущий: 0,
  текущем: 0,
  текущего: 0,
  текущей: 0,
  текущую: 0,
  нынешний: 0,
  нынешнем: 0,
  нынешнего: 0,
  нынешней: 0,
  сей: 0,
  сего: 0,
  прошлый: -1,
  прошлом: -1,
  прошлого: -1,
  прошлой: -1,
  прошлую: -1,
  минувший: -1,
  минувшем: -1,
  минувшего: -1,
  минувшей: -1,
  минувшую: -1,
  прошедший: -1,
  прошедшем: -1,
  прошедшего: -1,
  прошедшей: -1,
  прошедшую: -1,
  позапрошлый: -2,
  позапрошлом: -2,
  позапрошлого: -2,
  позапрошлой: -2,
  следующий: 1,
  следующем: 1,
  следующего: 1,
  следующей: 1,
  следующую: 1,
  будущий: 1,
  будущем: 1,
  будущего: 1,
  будущей: 1,
  грядущем: 1,
  грядущего: 1,
  грядущей: 1,
  наступающем: 1,
  наступающего: 1,
  наступившем: 0,
};

/** Parts of a period: where in the year or month "в начале / середине / конце" points. */
export const PERIOD_PARTS: Readonly<Record<string, 'start' | 'middle' | 'end'>> = {
  начале: 'start',
  начала: 'start',
  начало: 'start',
  началу: 'start',
  середине: 'middle',
  середины: 'middle',
  середину: 'middle',
  конце: 'end',
  конца: 'end',
  конец: 'end',
  концу: 'end',
};

/** Ordinals for quarters and halves ("в первом квартале", "во второй половине"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  первый: 1,
  первом: 1,
  первого: 1,
  первая: 1,
  первой: 1,
  первую: 1,
  '1-м': 1,
  '1-й': 1,
  '1-го': 1,
  i: 1,
  второй: 2,
  втором: 2,
  второго: 2,
  вторая: 2,
  вторую: 2,
  '2-м': 2,
  '2-й': 2,
  '2-го': 2,
  ii: 2,
  третий: 3,
  третьем: 3,
  третьего: 3,
  третья: 3,
  третьей: 3,
  '3-м': 3,
  '3-й': 3,
  '3-го': 3,
  iii: 3,
  четвертый: 4,
  четвертом: 4,
  четвертого: 4,
  четвертая: 4,
  четвертой: 4,
  '4-м': 4,
  '4-й': 4,
  '4-го': 4,
  iv: 4,
};

/** Seasons -> first and last month ("зимой 2019 года" is December 2019 to February 2020: the start month is 12 of the previous year). */
export const SEASONS: Readonly<Record<string, [number, number]>> = {
  весной: [3, 5],
  весна: [3, 5],
  весны: [3, 5],
  весну: [3, 5],
  летом: [6, 8],
  лето: [6, 8],
  лета: [6, 8],
  осенью: [9, 11],
  осень: [9, 11],
  осени: [9, 11],
  зимой: [12, 2],
  зима: [12, 2],
  зимы: [12, 2],
  зиму: [12, 2],
};

/** Multipliers of an amount: "11.29 миллиарда" and "370 тысяч тонн в год" count, they are no clock or date. */
export const AMOUNT_WORD = /^(?:тыс|тысяч\p{L}*|млн|миллион\p{L}*|млрд|миллиард\p{L}*|трлн|триллион\p{L}*)$/u;

/** The end of a text before a match score ("со счётом 15:13", "счёт стал 14:13"): two counts, not a clock. */
export const SCORE_BEFORE = /сч[её]т(?:ом|а|у|е)?(?: +[\p{L}]+)? *$/u;

/** Parts of the day: hour ranges used to read "в 10 часов вечера" (hour + 12) and "утром 4 марта". */
export const DAY_PARTS: Readonly<Record<string, 'morning' | 'day' | 'evening' | 'night'>> = {
  утра: 'morning',
  утром: 'morning',
  дня: 'day',
  днем: 'day',
  вечера: 'evening',
  вечером: 'evening',
  ночи: 'night',
  ночью: 'night',
};

/**
 * The hours a part of the day covers on its day, [from, to): morning 06–12, day 12–18, evening
 * 18–24 (ends at the next day's 00:00), night 00–06 (the night into the day), lunch 12–14.
 */
export const DAY_PART_HOURS: Readonly<
  Record<'morning' | 'day' | 'evening' | 'night' | 'lunch', [number, number]>
> = {
  morning: [6, 12],
  day: [12, 18],
  evening: [18, 24],
  night: [0, 6],
  lunch: [12, 14],
};

/** Words naming a part of the day by themselves ("утром", "в обед"), with what they name. */
export const DAY_PART_WORDS: Readonly<Record<string, keyof typeof DAY_PART_HOURS>> = {
  утром: 'morning',
  днем: 'day',
  вечером: 'evening',
  ночью: 'night',
  обед: 'lunch',
  обеда: 'lunch',
};

/** Words that sharpen a part of the day without moving it ("рано утром", "поздним вечером"). */
export const DAY_PART_LEADS = ['рано', 'поздно', 'ранним', 'поздним', 'поздней', 'глубокой', 'глубоко'];

/** Cues that a sentence speaks of the future, so "1 декабря" without a year is read forward. */
export const FUTURE_CUES = [
  'планируется',
  'планирует',
  'планируют',
  'запланирован',
  'запланирована',
  'запланировано',
  'запланированы',
  'намечен',
  'намечена',
  'намечено',
  'намечены',
  'состоится',
  'состоятся',
  'будет',
  'будут',
  'предстоит',
  'ожидается',
  'ожидаются',
  'пройдет',
  'пройдут',
  'начнется',
  'начнутся',
  'вступит',
  'вступят',
  'откроется',
  'откроются',
  'стартует',
  'назначен',
  'назначена',
  'назначено',
];

/** The ordinal stems as a regex alternation, longest first. */
export const ORDINAL_STEM_ALT = ORDINAL_STEMS.map(([s]) => s)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of an ordinal stem, or undefined. */
export const ordinalStemValue = (stem: string): number | undefined =>
  ORDINAL_STEMS.find(([s]) => s === stem)?.[1];

/** Stems of month adjectives ("декабрьском", "мартовских") -> month. */
export const MONTH_ADJECTIVES: Readonly<Record<string, number>> = {
  январск: 1,
  февральск: 2,
  мартовск: 3,
  апрельск: 4,
  майск: 5,
  июньск: 6,
  июльск: 7,
  августовск: 8,
  сентябрьск: 9,
  октябрьск: 10,
  ноябрьск: 11,
  декабрьск: 12,
};

/** Stems of adjectives of a day or year counted from publication ("сегодняшнего", "прошлогоднем"). */
export const DAY_ADJECTIVES: Readonly<Record<string, { unit: 'day' | 'year'; by: number }>> = {
  сегодняшн: { unit: 'day', by: 0 },
  вчерашн: { unit: 'day', by: -1 },
  завтрашн: { unit: 'day', by: 1 },
  прошлогодн: { unit: 'year', by: -1 },
};

/** Endings of full adjectives, hard and soft stems ("-ий", "-ого", "-ему", "-ая", "-юю"…). */
export const ADJECTIVE_FORMS = [
  'ий',
  'ый',
  'ой',
  'его',
  'ого',
  'ему',
  'ому',
  'им',
  'ым',
  'ем',
  'ом',
  'яя',
  'ая',
  'ей',
  'ую',
  'юю',
  'ее',
  'ое',
  'ие',
  'ые',
  'их',
  'ых',
  'ими',
  'ыми',
];
/** ADJECTIVE_FORMS as a pattern. */
export const ADJECTIVE_ENDINGS = `(?:${ADJECTIVE_FORMS.join('|')})`;
