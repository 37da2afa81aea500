import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('merging mentions into people', () => {
  test('full name, surname and its genitive are one person, named in the nominative', () => {
    const people = peopleIn(
      'Ерлан Саиров выступил первым. По мнению Саирова, выборы нужны. Саиров добавил, что это важно.',
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Ерлан Саиров');
    expect(people[0]?.mentions.map((m) => m.text)).toEqual(['Ерлан Саиров', 'Саирова', 'Саиров']);
  });
  test('a woman’s surname stays in the nominative', () => {
    const [p] = peopleIn('Аида Балаева заявила, что министерство готово. Балаева добавила подробности.');
    expect(p?.name).toBe('Аида Балаева');
    expect(p?.mentions).toHaveLength(2);
  });
  test('the genitive of a man’s name is restored', () => {
    expect(peopleIn('Предложение Алишера Усманова поддержали акционеры.')[0]?.name).toBe('Алишер Усманов');
  });
  test('different first names with one surname stay apart', () => {
    const people = peopleIn(
      'Песни Юрия Визбора звучали весь вечер. Внучка барда Варвара Визбор рассказала о деде.',
    );
    expect(people.map((p) => p.name)).toEqual(['Юрий Визбор', 'Варвара Визбор']);
  });
  test('initials join the person whose first name they abbreviate', () => {
    const people = peopleIn(
      'Министр финансов Алексей Кудрин выступил в Думе. Как сообщил А. Кудрин, бюджет сбалансирован.',
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.name).toBe('Алексей Кудрин');
  });
  test('people are sorted by first mention and numbered', () => {
    const people = peopleIn('Барак Обама встретился с Ангелой Меркель. Меркель и Обама обсудили торговлю.');
    expect(people.map((p) => [p.id, p.name])).toEqual([
      ['p1', 'Барак Обама'],
      ['p2', 'Ангела Меркель'],
    ]);
  });
  test('a surname in another spelling is the same person and keeps their name', () => {
    const people = peopleIn(
      'Бывший губернатор Калифорнии Арнольд Шварценеггер поздравил избирателей. Позже Шварцнеггер ' +
        'добавил, что не собирается возвращаться.',
    );
    expect(people.map((p) => [p.name, p.mentions.filter((m) => m.kind === 'name').length])).toEqual([
      ['Арнольд Шварценеггер', 2],
    ]);
  });
  test('a surname only somewhat alike is another person', () => {
    const people = peopleIn('Сергей Смирнов выступил на форуме. Смирнитский сказал, что согласен с ним.');
    expect(people.map((p) => p.name)).toEqual(['Сергей Смирнов', 'Смирнитский']);
  });
});
