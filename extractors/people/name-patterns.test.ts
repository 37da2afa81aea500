import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { nameMentions, peopleIn } from './testing.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('name constructions', () => {
  test('first name and surname, Kazakh names', () => {
    expect(
      peopleIn('Мархабат Жайымбетов отметил, что необходимо изучить вопрос.').map((p) => p.name),
    ).toEqual(['Мархабат Жайымбетов']);
  });
  test('first name, patronymic and surname', () => {
    const [p] = peopleIn('Первый президент Нурсултан Абишевич Назарбаев выступил в Астане.');
    expect(p?.name).toBe('Нурсултан Абишевич Назарбаев');
  });
  test('initials before the surname', () => {
    expect(nameMentions('Как сообщил Н.А. Назарбаев, решение принято.')).toEqual(['Н.А. Назарбаев']);
    expect(nameMentions('Об этом рассказал Е. Саиров на брифинге.')).toEqual(['Е. Саиров']);
  });
  test('initials after the surname', () => {
    expect(nameMentions('Протокол подписал Саиров Е.Б. в присутствии комиссии.')[0]).toMatch(/^Саиров Е\.Б/);
  });
  test('surname before the first name and patronymic', () => {
    const [p] = peopleIn('Кандидатуру Грызлова Бориса Вячеславовича поддержали депутаты.');
    expect(p?.name).toBe('Борис Вячеславович Грызлов');
  });
  test('foreign names in Cyrillic, in oblique cases', () => {
    const names = peopleIn(
      'Музыка звучала в фильмах Стэнли Кубрика и Дэвида Линча, а Эммануэль Макрон её хвалил.',
    ).map((p) => p.name);
    expect(names).toEqual(['Стэнли Кубрик', 'Дэвид Линч', 'Эммануэль Макрон']);
  });
  test('particles inside foreign names', () => {
    expect(peopleIn('Оркестр исполнил симфонию Людвига ван Бетховена.')[0]?.name).toBe('Людвиг ван Бетховен');
  });
  test('double surnames', () => {
    expect(peopleIn('В театре поставили оперу, которую написал Николай Римский-Корсаков.')[0]?.name).toBe(
      'Николай Римский-Корсаков',
    );
  });
  test('East Asian surname-first names', () => {
    expect(nameMentions('Председатель КНР Си Цзиньпин прибыл в Астану.')).toEqual(['Си Цзиньпин']);
  });
  test('two unknown capitalised words mid-sentence are a foreign name', () => {
    expect(nameMentions('Суд освободил 65-летнего Винченцино Яннаццо из тюрьмы.')).toEqual([
      'Винченцино Яннаццо',
    ]);
  });
  test('a nickname in quotes stays inside the name', () => {
    expect(nameMentions('Тренер Джеймс «Бадди» Макгирт заявил, что бой надо было остановить.')).toEqual([
      'Джеймс «Бадди» Макгирт',
    ]);
  });
  test('places and organisations are not people', () => {
    expect(peopleIn('12 октября 2025 года в Семее прошли выборы, сообщает «Газпром» и Казахстан.')).toEqual(
      [],
    );
  });
});
