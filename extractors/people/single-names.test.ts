import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { nameMentions, peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('single-word names', () => {
  test('the surname of someone already named, in any case', () => {
    const text = 'Ерлан Саиров отметил успехи. Коллеги поддержали Саирова. «Это важно», – сказал Саиров.';
    expect(nameMentions(text)).toEqual(['Ерлан Саиров', 'Саирова', 'Саиров']);
  });
  test('the surname may come before the full name', () => {
    expect(
      peopleIn('Трамп знает о здоровье лидера. Президент США Дональд Трамп заявил об этом.')[0]?.mentions
        .length,
    ).toBeGreaterThanOrEqual(2);
  });
  test('a role noun before a surname', () => {
    expect(nameMentions('Вопрос поднял депутат Жумабеков на заседании.')).toEqual(['Жумабеков']);
  });
  test('the subject of a verb', () => {
    expect(nameMentions('На переговорах Мугабе заявил, что не уйдёт в отставку.')).toEqual(['Мугабе']);
  });
  test('a capitalised common word at a sentence start is not a name', () => {
    expect(peopleIn('Правительство заявило о новых мерах. Сегодня депутаты обсудили бюджет.')).toEqual([]);
  });
  test('an organisation in quotes is not a surname', () => {
    expect(peopleIn('Компания «Казатомпром» сообщила о росте добычи.')).toEqual([]);
  });
  test('a first name alone, mid-sentence', () => {
    expect(nameMentions('Она познакомилась с парнем по имени Тимофей.')).toEqual(['Тимофей']);
  });
});
