import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('roles from appositions', () => {
  test('a role phrase before the name', () => {
    const [p] = peopleIn('Министр финансов Ерулан Жамаубаев представил проект бюджета.');
    expect(p?.role).toBe('министр финансов');
    expect(p?.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Министр', 'role'],
      ['Ерулан Жамаубаев', 'name'],
    ]);
  });
  test('a role phrase after the name, set off by commas', () => {
    expect(peopleIn('Ерулан Жамаубаев, министр финансов, представил проект бюджета.')[0]?.role).toBe(
      'министр финансов',
    );
  });
  test('the role noun is put in the nominative with its adjectives', () => {
    expect(peopleIn('Об этом сообщил генеральный директор компании Андрей Варичев.')[0]?.role).toBe(
      'генеральный директор компании',
    );
  });
  test('a plural role noun applies to each coordinated name, with the legislature of the sentence', () => {
    const people = peopleIn(
      'Депутаты Ерлан Саиров и Мархабат Жайымбетов на заседании Мажилиса предложили изменения.',
    );
    expect(people.map((p) => p.role)).toEqual(['депутат Мажилиса', 'депутат Мажилиса']);
    expect(people.flatMap((p) => p.mentions.filter((m) => m.kind === 'role'))).toEqual([]);
  });
  test('a role noun of the other sex is not an apposition', () => {
    const [p] = peopleIn('Отец певицы Аиды Балаевой выступил на концерте.');
    expect(p?.name).toBe('Аида Балаева');
    expect(p?.role).toBe('певица');
  });
  test('a feminine role noun takes feminine adjectives from the dictionary', () => {
    expect(peopleIn('В фильме снялась итальянская актриса Моника Беллуччи.')[0]?.role).toBe(
      'итальянская актриса',
    );
    expect(peopleIn('На церемонии была старшая дочь президента Малия Обама.')[0]?.role).toBe(
      'старшая дочь президента',
    );
  });
  test('possessive and emphatic pronouns stay out of a role', () => {
    expect(peopleIn('Интервью дал его заместитель Асет Исекешев.')[0]?.role).toBe('заместитель');
  });
  test('a Kazakh office the dictionary does not know, after the speech verb', () => {
    expect(peopleIn('Об этом сказал аким области Нурлан Сейтказиев.')[0]?.role).toBe('аким области');
    expect(peopleIn('Встречу провёл с акимом района Ерланом Кошановым.')[0]?.role).toBe('аким района');
  });
  test('a prefixed role noun with coordinated complements', () => {
    expect(peopleIn('Об этом сообщил вице-министр торговли и интеграции Данияр Кенжебаев.')[0]?.role).toBe(
      'вице-министр торговли и интеграции',
    );
  });
  test('a person noun outside the role list right before the name is its role', () => {
    const [p] = peopleIn('Золотую медаль завоевал 19-летний гимнаст Никита Нагорный из Ростова-на-Дону.');
    expect(p?.role).toBe('гимнаст');
    expect(p?.mentions.map((m) => [m.text, m.kind])).toEqual([
      ['гимнаст', 'role'],
      ['Никита Нагорный', 'name'],
    ]);
  });
  test('a feminine person noun goes with a woman, after the name too', () => {
    expect(peopleIn('В финал вышла 15-летняя школьница Камила Валиева.')[0]?.role).toBe('школьница');
    expect(peopleIn('Мохаммед Салах, 25-летний египтянин, забил дважды.')[0]?.role).toBe('египтянин');
  });
  test('a form of address or a word that is also a thing is no role', () => {
    expect(peopleIn('Господин Юсуфов неожиданно отказался от поездки.')[0]?.role ?? null).toBeNull();
    expect(peopleIn('После боя Матиас попал в больницу, сообщил тренер.')[0]?.role ?? null).toBeNull();
  });
});

describe('a noun before two names side by side: the first is its possessor', () => {
  test('the role goes to the second name, not to the possessor', () => {
    const people = peopleIn(
      'Уоррен Баффет выступил на собрании. Компанию возглавит сын Баффета Говард Баффет.',
    );
    expect(people.map((p) => [p.name, p.role])).toEqual([
      ['Уоррен Баффет', null],
      ['Говард Баффет', 'сын Баффета'],
    ]);
  });
  test('so does the role mention', () => {
    const people = peopleIn(
      'Владимир Путин провёл встречу. Остальными акциями компании владеет структура друга Путина Геннадия Тимченко.',
    );
    const roleOf = (name: string): string[] =>
      people
        .find((p) => p.name === name)!
        .mentions.filter((m) => m.kind === 'role')
        .map((m) => m.text);
    expect(roleOf('Геннадий Тимченко')).toEqual(['друга']);
    expect(roleOf('Владимир Путин')).toEqual([]);
  });
});
