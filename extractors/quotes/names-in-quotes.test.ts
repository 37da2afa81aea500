import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { brief, person, run } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('names in quotation marks are not quotes', () => {
  test('organisations, parties and works', () => {
    const t =
      'Компания «Газпром» и партия «Нур Отан» подписали соглашение. В 2006 году вышел телесериал «В круге первом». «Металлоинвест» — один из крупнейших холдингов.';
    expect(run(t).quotes).toEqual([]);
  });
  test('a film title with a verb inside a sentence', () => {
    const t = 'Его музыка звучала в фильмах: «Люблю тебя, люблю» Алена Рене и «Сияние» Стэнли Кубрика.';
    expect(run(t).quotes).toEqual([]);
  });
  test('an organisation in quotes as the source of a quote', () => {
    const t = 'Медиахолдинг «Башинформ» заявил, что не смог донести до жителей решение властей.';
    expect(brief(run(t))).toEqual([
      'indirect|src:Медиахолдинг «Башинформ|заявить|не смог донести до жителей решение властей',
    ]);
    expect(run(t, [person(t, 'p1', 'Иван Петров', 'Петров')]).people).toHaveLength(1);
  });
});
