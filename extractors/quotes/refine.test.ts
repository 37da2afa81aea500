import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../document/analyse/index.js';
import { brief, person, run } from './test-support.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('refinement', () => {
  test("the outlet's own byline is not a quote", () => {
    const t = 'В Алматы открылся новый мост через реку, сообщает Zakon.kz.';
    expect(run(t, [], 'Zakon.kz').quotes).toEqual([]);
    expect(brief(run(t, [], 'Tengrinews.kz'))).toEqual([
      'indirect|src:Zakon.kz|сообщать|В Алматы открылся новый мост через реку',
    ]);
  });
  test("a joint proposal of two people is not one speaker's quote", () => {
    const t = 'Депутаты Ерлан Саиров и Мархабат Жайымбетов предложили пересмотреть механизм выборов.';
    const r = run(t, [
      person(t, 'p1', 'Ерлан Саиров', 'Ерлан Саиров'),
      person(t, 'p2', 'Мархабат Жайымбетов', 'Мархабат Жайымбетов'),
    ]);
    expect(r.quotes).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
  test('"Как передаёт РИА, X заявил, что Q": the quote is X\'s', () => {
    const t =
      'Как передаёт РИА «Новости», Владислав Челах заявил своей матери во время свидания, что никого не убивал.';
    expect(brief(run(t, [person(t, 'p1', 'Владислав Челах', 'Владислав Челах')]))).toEqual([
      'indirect|Владислав Челах|заявить|никого не убивал',
    ]);
  });
});
