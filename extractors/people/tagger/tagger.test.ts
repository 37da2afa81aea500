import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../../document/analyse/index.js';
import { tagPersons } from './index.js';

beforeAll(async () => {
  await loadMorphology();
});

/** The texts of the person spans the tagger finds. */
function tagged(text: string): string[] {
  return tagPersons(analyse(text)).map((s) => text.slice(s.start, s.end));
}

describe('the person tagger', () => {
  test('a hyphenated first name after a title and a place', () => {
    expect(tagged('Президент Казахстана Касым-Жомарт Токаев заявил о новых реформах.')).toEqual([
      'Касым-Жомарт Токаев',
    ]);
  });

  test('a surname opening a sentence, after the full name earlier in the article', () => {
    expect(
      tagged('Вокалист группы The Prodigy Кит Флинт умер в 49 лет. Флинт родился в Лондоне в 1969 году.'),
    ).toEqual(['Кит Флинт', 'Флинт']);
  });

  test('a possessor surname before another full name is a name of its own ("Промоутер Фьюри Фрэнк Уоррен")', () => {
    expect(
      tagged(
        'Боксёр Тайсон Фьюри отменил бой. Промоутер Фьюри Фрэнк Уоррен сообщил, что поединок перенесут.',
      ),
    ).toEqual(['Тайсон Фьюри', 'Фьюри', 'Фрэнк Уоррен']);
  });

  test('a possessor surname before a first name the person never has ("сын Баффета Говард")', () => {
    expect(
      tagged('Инвестор Уоррен Баффет продал акции. Наследником станет старший сын Баффета Говард.'),
    ).toEqual(['Уоррен Баффет', 'Баффета', 'Говард']);
  });

  test('a full name in reverse order is one name ("Путин Владимир Владимирович")', () => {
    expect(tagged('Владимир Путин провёл совещание. Путин Владимир Владимирович подписал указ.')).toEqual([
      'Владимир Путин',
      'Путин Владимир Владимирович',
    ]);
  });

  test('a surname before a first name and patronymic in its case is one name ("внучке Тихоновой Татьяне Васильевне")', () => {
    expect(
      tagged('Умер актёр Виктор Тихонов. Соболезнования получила его внучка Тихонова Татьяна Васильевна.'),
    ).toEqual(['Виктор Тихонов', 'Тихонова Татьяна Васильевна']);
  });

  test('two full names side by side in different cases are two names ("Тимом Бернерсом-Ли Аарон Шварц")', () => {
    expect(tagged('Вместе с изобретателем Тимом Бернерсом-Ли Аарон Шварц написал несколько работ.')).toEqual([
      'Тимом Бернерсом-Ли',
      'Аарон Шварц',
    ]);
  });

  test('a Latin-script name with a hyphenated particle keeps the particle ("al-Sharif")', () => {
    expect(
      tagged('Корреспондент Халед аль-Шариф (Khaled al-Sharif) освобождён из-под ареста в Каире.'),
    ).toEqual(['Халед аль-Шариф', 'Khaled al-Sharif']);
  });

  test('a Kazakh name the dictionary does not know', () => {
    expect(tagged('Аким Алматы Ерболат Досаев провёл совещание с предпринимателями.')).toEqual([
      'Ерболат Досаев',
    ]);
  });

  // NEREL, the training data, marks the eponym in "Мариинского театра" and "Нобелевской премии" as a
  // PERSON (4 of 5 "Мариинск-" in its train split), so the tagger may take the adjective; the building
  // as a whole is never a person span
  test('a theatre named after a person is not a person span', () => {
    const text = 'Премьеру балета покажут в Мариинском театре в Санкт-Петербурге в декабре.';
    const spans = tagged(text);
    expect(spans).not.toContain('Мариинском театре');
    expect(spans.every((s) => !s.includes('театр'))).toBe(true);
  });

  test('the same document gives the same spans twice', () => {
    const doc = analyse(
      'Министр финансов Антон Силуанов встретился с Эльвирой Набиуллиной. Силуанов заявил…',
    );
    expect(tagPersons(doc)).toEqual(tagPersons(doc));
  });
});
