import { beforeAll, describe, expect, test } from '@jest/globals';
import { datesIn, first, ready } from '../testing.js';

beforeAll(ready);

describe('durations', () => {
  test('"за последние 5 лет" keeps its lead in the span', () => {
    expect(datesIn('Он отметил, что за последние 5 лет Казахстан достиг результатов.')).toEqual([
      ['за последние 5 лет', 'P5Y', 'duration'],
    ]);
  });
  test('"в течение последних пяти лет"', () => {
    expect(first('Реализация велась поэтапно в течение последних пяти лет.')).toMatchObject({
      text: 'в течение последних пяти лет',
      value: 'P5Y',
    });
  });
  test('"два года"', () => {
    expect(first('Им осталось ещё два года до окончания школы.')?.value).toBe('P2Y');
  });
  test('"полтора месяца" is P1.5M', () => {
    expect(first('Ремонт занял полтора месяца.')?.value).toBe('P1.5M');
  });
  test('"не более трёх лет"', () => {
    expect(first('Этот процесс должен занять не более трёх лет.')).toMatchObject({
      text: 'не более трёх лет',
      value: 'P3Y',
    });
  });
  test('"1 час 55 минут"', () => {
    expect(first('Полёт длился 1 час 55 минут.')?.value).toBe('PT1H55M');
  });
  test('"полгода" is six months', () => {
    expect(first('Он провёл в больнице полгода.')?.value).toBe('P6M');
  });
  test('"к 12 годам" of a sentence', () => {
    expect(first('Суд приговорил его к 12 годам лишения свободы.')?.value).toBe('P12Y');
  });
  test('a year with its word is no length of years, and a length after it is still read', () => {
    expect(datesIn('Он работал там с 2012 года.')).toEqual([['с 2012 года', '2012', 'date']]);
    expect(datesIn('В 1983 году и три года спустя завод расширяли.').map((d) => d[0])).toContain('три года');
  });
  test('an age is not a duration', () => {
    expect(datesIn('Он скончался в возрасте 52 лет.')).toEqual([]);
    expect(datesIn('Кравцову 39 лет, он родился в Омске.')).toEqual([]);
    expect(datesIn('В 19 лет он вступил в партию.')).toEqual([]);
  });
  test('counts that are not lengths of time', () => {
    expect(datesIn('В пилотном режиме проведены выборы 52 районных акимов.')).toEqual([]);
    expect(datesIn('На это выделено 1,5 млн тенге.')).toEqual([]);
  });
  test('"ровно месяц" and "сутки"', () => {
    expect(first('Прошёл ровно месяц.')?.value).toBe('P1M');
    expect(first('Спасатели искали туристов сутки.')?.value).toBe('P1D');
  });
  test('an adjectival length before a thing', () => {
    expect(first('Он отбывает 23-летний срок.')).toMatchObject({ value: 'P23Y', kind: 'duration' });
  });
  test('an adjectival length in the neuter: "трёхлетнее соглашение"', () => {
    expect(first('Стороны подписали трёхлетнее соглашение о поставках газа.')).toMatchObject({
      text: 'трёхлетнее',
      value: 'P3Y',
    });
  });
  test('an adjectival age before a person is left to the numbers extractor', () => {
    expect(datesIn('55-летний премьер выписан из больницы.')).toEqual([]);
  });
});

describe('a length of time after a name is not an age', () => {
  test('"в течение пяти лет" can never be an age', () => {
    expect(first('Ранее Фриден в течение пяти лет работал в Индии.')).toEqual(
      expect.objectContaining({ text: 'в течение пяти лет', value: 'P5Y' }),
    );
  });
  test('a lead word and a verb after: "Попова уже шесть лет ведёт"', () => {
    expect(first('Попова уже шесть лет ведёт модельную карьеру.')?.value).toBe('P6Y');
  });
  test('a dative name with a lead and an infinitive: "Младичу более 15 лет скрываться"', () => {
    expect(first('Это позволило Младичу более 15 лет скрываться в подполье.')?.value).toBe('P15Y');
  });
  test('without a lead word it stays an age: "Девочка 8 лет пропала"', () => {
    expect(datesIn('Девочка 8 лет пропала в лесу.')).toEqual([]);
  });
  test('an age verb keeps it an age: "Ему уже 15 лет исполнилось"', () => {
    expect(datesIn('Ему уже 15 лет исполнилось.')).toEqual([]);
  });
});

describe('ages are not durations', () => {
  test.each([
    'Им было 30, 20 и 19 лет.',
    'До юбилея — 4 февраля ей должно было исполниться 80 лет.',
    'Маккарти, которой сейчас 51 год, была признана виновной.',
    'Тогда Рено было 54 года.',
    'Мишель Бачелет — 54 года, врач, мать-одиночка.',
    'Кружок занимается обучением детей от 13 до 18 лет.',
    'Исследование охватило добровольцев в возрасте 19-32 лет.',
    'Чиновник дожил до 90 лет и скончался.',
    'Его возлюбленная младше его на год.',
    'Новый глава ведомства на несколько месяцев старше своего коллеги.',
  ])('%s', (sentence) => {
    expect(datesIn(sentence).filter(([, , kind]) => kind === 'duration')).toEqual([]);
  });
});

describe('periods counted from now are durations, as the seed reads "за последние 5 лет"', () => {
  test.each([
    ['Цены не изменятся в ближайшие три месяца.', 'в ближайшие три месяца', 'P3M'],
    ['Ответ дадут в течение трёх дней.', 'в течение трёх дней', 'P3D'],
    ['Следующие пять лет компания будет строить завод.', 'Следующие пять лет', 'P5Y'],
    ['В свои права на следующие пять лет политик вступит 1 января.', 'на следующие пять лет', 'P5Y'],
    ['Доллары выпускаются более чем за 100 лет.', 'более чем за 100 лет', 'P100Y'],
    ['Выплаты начнутся не позднее 14 дней со дня введения моратория.', 'не позднее 14 дней', 'P14D'],
    ['Закон вступит в силу по истечении 180 дней после публикации.', 'по истечении 180 дней', 'P180D'],
  ])('%s', (sentence, text, value) => {
    expect(first(sentence)).toEqual(expect.objectContaining({ text, value, kind: 'duration' }));
  });
});

test('"в течение полугода", the genitive of "полгода"', () => {
  expect(first('Выборы должны состояться в течение полугода.')).toEqual(
    expect.objectContaining({ text: 'в течение полугода', value: 'P6M' }),
  );
});

test('a collective numeral: "двое суток"', () => {
  expect(first('Полёт к МКС займёт двое суток.')).toEqual(
    expect.objectContaining({ text: 'двое суток', value: 'P2D' }),
  );
});
