import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

const roleMentions = (text: string): string[][] =>
  peopleIn(text).map((p) => p.mentions.filter((m) => m.kind === 'role').map((m) => m.text));

describe('role nouns referring back to a person', () => {
  test('a role noun of the same office resolves to the nearest person who holds it', () => {
    const text =
      'Депутаты Ерлан Саиров и Мархабат Жайымбетов выступили в Мажилисе. Саиров отметил успехи. ' +
      'В этой связи депутат подчеркнул, что нужно действовать взвешенно. По словам мажилисмена, выборы дороги.';
    expect(roleMentions(text)).toEqual([['депутат', 'мажилисмена'], []]);
  });
  test('a plural role noun refers to nobody', () => {
    const text = 'Депутат Ерлан Саиров внёс предложение. Предложение было поддержано и другими депутатами.';
    expect(roleMentions(text)).toEqual([['Депутат']]);
  });
  test('an office with a different complement is someone else', () => {
    const text = 'Депутат Ерлан Саиров выступил. Образование не подчиняется акиму района, сказал депутат.';
    expect(roleMentions(text)).toEqual([['Депутат', 'депутат']]);
  });
  test('an occupation noun of the right sex', () => {
    const text = 'Мадонна сообщила о тесте на антитела. Позже певица рассказала о планах.';
    expect(roleMentions(text)).toEqual([['певица']]);
  });
});

describe('role nouns that name an office or a relative, not the person named before', () => {
  const roleTexts = (text: string): string[] =>
    peopleIn(text).flatMap((p) => p.mentions.filter((m) => m.kind === 'role').map((m) => m.text));
  test('"пост главного тренера" names the office', () => {
    expect(
      roleTexts('Алекс Фергюсон заявил об уходе. Он покинет пост главного тренера летом.'),
    ).not.toContain('тренера');
  });
  test('a predicative instrumental: "перестанет быть тренером"', () => {
    expect(roleTexts('Алекс Фергюсон заявил, что после матча перестанет быть тренером.')).not.toContain(
      'тренером',
    );
  });
  test('"его отец" is the relative, not the man named', () => {
    expect(
      roleTexts('Полиция задержала Эверитта Джеймсона. Его отец сказал, что сын изменился.'),
    ).not.toContain('отец');
  });
  test('the noun a person was introduced with refers back to them, an age before it allowed', () => {
    const text =
      'Серебряную медаль завоевал чебоксарский гимнаст Денис Игнатьев. «Я доволен», – признался ' +
      'юный гимнаст после награждения. Ещё через год 18-летний гимнаст выступил на чемпионате Европы.';
    expect(roleMentions(text)).toEqual([['гимнаст', 'гимнаст', 'гимнаст']]);
  });
  test('a person noun outside the list refers back to the man just named, as quotes-train marks it', () => {
    const text = 'Денис Игнатьев выиграл турнир. Парень признался, что не ожидал победы.';
    expect(roleMentions(text)).toEqual([['Парень']]);
  });
});
