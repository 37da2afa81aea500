import { beforeAll, describe, expect, test } from '@jest/globals';
import { loadMorphology } from '../../../document/analyse/index.js';
import { brief, person, run } from '../test-support.js';
import { LEARNED_SPEECH_VERBS, SPEECH_VERB_BY_LEMMA } from './speech-verbs.js';

beforeAll(async () => {
  await loadMorphology();
});

describe('speech verbs learned from NEREL train', () => {
  test('the generated verbs join the lexicon without overriding a hand-written entry', () => {
    expect(SPEECH_VERB_BY_LEMMA.get('постановить')?.learned).toBe(true);
    expect(SPEECH_VERB_BY_LEMMA.get('заявить')?.learned).toBeUndefined();
    expect(SPEECH_VERB_BY_LEMMA.get('заявить')?.about).toBe(true);
  });
  test('a verb seldom with a subject of its own is impersonal', () => {
    expect(LEARNED_SPEECH_VERBS.find((v) => v.lemma === 'выясниться')?.impersonal).toBe(true);
    expect(LEARNED_SPEECH_VERBS.find((v) => v.lemma === 'постановить')?.impersonal).toBeUndefined();
  });
  test('X постановил, что Q: a verb no one listed by hand', () => {
    const t =
      'Судья окружного суда Рэймонд Дири постановил, что Насир должен быть оставлен под стражей и не может быть выпущен под залог.';
    expect(brief(run(t, [person(t, 'p1', 'Рэймонд Дири', 'Рэймонд Дири')]))).toEqual([
      'indirect|Рэймонд Дири|постановить|Насир должен быть оставлен под стражей и не может быть выпущен под залог',
    ]);
  });
  test('X вспоминает: «Q»', () => {
    const t = 'Журналист Кевин Аллен вспоминает: «Никто не был так вежлив, как он».';
    expect(brief(run(t, [person(t, 'p1', 'Кевин Аллен', 'Кевин Аллен')]))).toEqual([
      'direct|Кевин Аллен|вспоминать|Никто не был так вежлив, как он',
    ]);
  });
  test('a learned verb closing a sentence after a comma is not a postposed attribution', () => {
    const t = 'Многие пытались понять, как это работает, но так и не поняли.';
    expect(brief(run(t))).toEqual([]);
  });
  test('a verb often followed by an infinitive in the data reports with it: "просил отказать"', () => {
    const t =
      'Байден просил отказать Сноудену в предоставлении убежища. Корреа в ответ заявил, что судьба Сноудена в российских руках.';
    expect(
      brief(run(t, [person(t, 'p1', 'Джо Байден', 'Байден'), person(t, 'p2', 'Рафаэль Корреа', 'Корреа')])),
    ).toEqual([
      'indirect|Джо Байден|просить|отказать Сноудену в предоставлении убежища',
      'indirect|Рафаэль Корреа|заявить|судьба Сноудена в российских руках',
    ]);
  });
  test('an impersonal learned verb with an infinitive: "Милицию предлагается переименовать"', () => {
    const t = 'Милицию предлагается переименовать в полицию.';
    expect(brief(run(t))).toEqual(['indirect|-|предлагаться|переименовать в полицию']);
  });
});
