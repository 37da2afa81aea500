import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import Az from 'az';
import type { AzParse } from 'az';
import type { AzDawg } from './az-dawg-find.js';
import { installSuffixGuess } from './az-suffix-guess.js';

type Parser = (word: string, config: object) => AzParse[];
const az = Az as unknown as {
  DAWG: { fromArrayBuffer(data: ArrayBuffer, format: string): AzDawg };
  Morph: typeof Az.Morph & { Parsers: Record<string, Parser> };
};
const dicts = path.join(path.dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
const DEFAULTS = { ignoreCase: false, replacements: { е: 'ё' }, stutter: Infinity, typos: 0 };

// az's own guesser, and ours installed into a copy of the parser table (az itself is left as it is)
let azGuess: Parser;
const ours: Record<string, Parser> = {};
beforeAll(async () => {
  await new Promise<void>((resolve, reject) =>
    az.Morph.init(dicts, (err) => (err ? reject(new Error('az did not load', { cause: err })) : resolve())),
  );
  azGuess = az.Morph.Parsers['SuffixKnown']!;
  ours['SuffixKnown'] = azGuess;
  const dictionaryParse = (Object.getPrototypeOf(az.Morph('дом')[0]) as { constructor: unknown }).constructor;
  installSuffixGuess(ours, dictionaryParse as Parameters<typeof installSuffixGuess>[1], az.DAWG, dicts);
});

/** Both guessers on one word: the same readings (class, word, paradigm, score) in the same order. */
function same(word: string, config: object = DEFAULTS): AzParse[] {
  const theirs = azGuess(word, config);
  expect(ours['SuffixKnown']).not.toBe(azGuess);
  expect(ours['SuffixKnown']!(word, config)).toEqual(theirs);
  return theirs;
}

describe('suffix guesses are az’s, reading for reading', () => {
  test('a surname the dictionary lacks is guessed as one when capitalised ("Кудайбергенова")', () => {
    const guesses = same('Кудайбергенова');
    expect(guesses.some((p) => p.tag['Surn'])).toBe(true);
    expect(same('кудайбергенова').some((p) => p.tag['Surn'])).toBe(false);
  });

  test('a rare word, with "по" and "наи" stripped before guessing ("поразбежались", "наикрутейший")', () => {
    expect(same('поразбежались').length).toBeGreaterThan(0);
    expect(same('наикрутейший').length).toBeGreaterThan(0);
    same('Шмырклов');
    same('ШМЫРКЛОВ');
  });

  test('with case ignored, and for words too short to guess ("ёж")', () => {
    same('кудайбергенова', { ...DEFAULTS, ignoreCase: true });
    expect(same('ёж')).toEqual([]);
  });

  test('a missing parser is refused', () => {
    expect(() => installSuffixGuess({}, Object as never, az.DAWG, dicts)).toThrow(TypeError);
  });
});
