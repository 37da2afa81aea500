import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, loadMorphology } from '../../../document/analyse/index.js';
import { ruleMentions } from './rule-hits.js';
import { tokenInfo, type TokenInfo } from './token-info.js';

beforeAll(async () => {
  await loadMorphology();
});

function infoOf(text: string): TokenInfo {
  const doc = analyse(text);
  const rules = ruleMentions(doc);
  return tokenInfo(doc, rules.ctx.f, rules);
}

const ARRAYS = ['shape', 'az', 'posCase', 'low', 'lemma', 'nf', 'rule', 'initial'] as const;

describe('token codes kept per word form', () => {
  test('a text seen again (every form remembered) gets the same codes', () => {
    const text =
      'Глава МИД Сергей Лавров заявил в Москве, что Ёлкин и Елкин — однофамильцы. ÉCOLE Σοφία мэр.';
    const first = infoOf(text);
    const again = infoOf(text);
    for (const k of ARRAYS) expect(Array.from(again[k])).toEqual(Array.from(first[k]));
    expect(again.keys).toEqual(first.keys);
  });

  test('ё and е spellings of one form share its codes and key', () => {
    const info = infoOf('Ёлкин пришёл. Елкин ушел.');
    expect(info.az[0]).toBe(info.az[3]);
    expect(info.shape[0]).toBe(info.shape[3]);
    expect(info.keys[0]).toBe(info.keys[3]);
    expect(info.keys[0]).toBe('елкин');
  });

  test('letter case outside Russian and Latin follows toLowerCase: all-caps and mixed case', () => {
    const info = infoOf('ÉCOLE Σοφία ΣΟΦΙΑ');
    const allCaps = (i: number): number => (info.shape[i]! >> 4) & 1;
    expect([allCaps(0), allCaps(1), allCaps(2)]).toEqual([1, 0, 1]);
  });
});
