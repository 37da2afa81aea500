import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../document/analyse/index.js';
import { pairQuoteMarks } from './quote-marks.js';

beforeAll(async () => {
  await loadMorphology();
});

const inner = (text: string): string[] =>
  pairQuoteMarks(analyse(text)).map((p) => text.slice(p.open + 1, p.close));

describe('quotation pairing', () => {
  test('guillemets', () => {
    expect(inner('«Это важная инициатива», – сказал Саиров.')).toEqual(['Это важная инициатива']);
  });
  test('straight quotes open after a space and close before punctuation', () => {
    expect(inner('"Мы должны урегулировать вопрос", – сказал он.')).toEqual([
      'Мы должны урегулировать вопрос',
    ]);
  });
  test('nested „…“ inside «…»', () => {
    expect(inner('«Партия „Нур Отан“ поддержит закон», – заявил депутат.')).toEqual([
      'Партия „Нур Отан“ поддержит закон',
      'Нур Отан',
    ]);
  });
  test('a quote over several paragraphs re-opened at each paragraph', () => {
    const text = '«Первый абзац речи.\n\n«Второй абзац речи», – сказал министр.';
    expect(inner(text)).toEqual(['Первый абзац речи.\n\n«Второй абзац речи']);
  });
  test('one straight mark closing two quotes at once', () => {
    const text = '"Он обнял меня и шепнул: "Мам, я не делал!" - цитирует издание мать.';
    expect(inner(text)).toEqual(['Он обнял меня и шепнул: "Мам, я не делал!', 'Мам, я не делал!']);
  });
  test('an unclosed mark pairs with nothing', () => {
    expect(inner('Он сказал «да и ушёл.\n\nНовый абзац.')).toEqual([]);
  });
});
