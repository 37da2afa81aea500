import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from './index.js';

beforeAll(async () => {
  await loadMorphology();
});

const sentences = (text: string): string[] => analyse(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentences', () => {
  test('abbreviations and initials do not end a sentence', () => {
    expect(
      sentences('Глава ведомства Е. Саиров заявил, что т.е. всё хорошо. В г. Алматы прошёл форум им. Абая.'),
    ).toEqual([
      'Глава ведомства Е. Саиров заявил, что т.е. всё хорошо.',
      'В г. Алматы прошёл форум им. Абая.',
    ]);
  });
  test('decimals and multipliers stay inside', () => {
    expect(sentences('Рост составил 1.5%. Выделено 3 млрд. тенге на ремонт.')).toEqual([
      'Рост составил 1.5%.',
      'Выделено 3 млрд. тенге на ремонт.',
    ]);
  });
  test('a question inside quotes followed by an attribution does not end the sentence', () => {
    expect(sentences('«Что делать дальше?» – спросил министр. Ответа не было.')).toEqual([
      '«Что делать дальше?» – спросил министр.',
      'Ответа не было.',
    ]);
  });
  test('a year abbreviation after a number may end a sentence', () => {
    expect(sentences('Закон принят в 2025 г. Президент его подписал.')).toEqual([
      'Закон принят в 2025 г.',
      'Президент его подписал.',
    ]);
  });
  test('line breaks end paragraphs and sentences', () => {
    const doc = analyse('Заголовок новости\n\nПервый абзац. Второе предложение.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences).toHaveLength(3);
  });
});

describe('tokens', () => {
  test('offsets point into the original text and views keep its length', () => {
    const text = 'Ёлка\u00a0стоит — «1 000» тенге, 2-й раз, 12,3%, 83-летнего 😀 конец';
    const doc = analyse(text);
    expect(doc.view).toHaveLength(text.length);
    expect(doc.lower).toHaveLength(text.length);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.kind)).toContain('numword');
    expect(doc.tokens.find((t) => t.text === '12,3')?.kind).toBe('num');
    expect(doc.tokens.find((t) => t.text === '😀')).toBeDefined();
  });
  test('morphology gives lemmas, cases and name tags', () => {
    const doc = analyse('Ерлан Саиров встретился с депутатами');
    const [erlan, , , , deputies] = doc.tokens;
    expect(erlan?.morph[0]?.name).toBe('first');
    expect(deputies?.morph[0]?.lemma).toBe('депутат');
    expect(deputies?.morph[0]?.case).toBe('ablt');
  });
});
