import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import Az from 'az';
import { CP1251_BYTE, installDawgFind, type AzDawg } from './az-dawg-find.js';

type FindAll = (
  this: AzDawg,
  str: string,
  replaces?: Record<string, string>,
  mstutter?: number,
  mtypos?: number,
) => unknown[];
interface DawgClass {
  prototype: { findAll: FindAll };
  load(file: string, format: string, cb: (err: unknown, dawg: AzDawg) => void): void;
}
const DAWG = (Az as unknown as { DAWG: DawgClass }).DAWG;
// az's own search, taken before anything replaces it; this file never installs onto az itself
const azFindAll = DAWG.prototype.findAll;
const ours: { findAll: FindAll } = { findAll: azFindAll };
installDawgFind(ours);

const azDir = path.dirname(createRequire(import.meta.url).resolve('az/package.json'));
const load = (file: string, format: string) =>
  new Promise<AzDawg>((resolve, reject) =>
    DAWG.load(path.join(azDir, 'dicts', file), format, (err, d) =>
      err ? reject(new Error(`could not load ${file}`, { cause: err })) : resolve(d),
    ),
  );
let words: AzDawg;
let suffixes: AzDawg;
let probabilities: AzDawg;
beforeAll(async () => {
  [words, suffixes, probabilities] = await Promise.all([
    load('words.dawg', 'words'),
    load('prediction-suffixes-0.dawg', 'probs'),
    load('p_t_given_w.intdawg', 'int'),
  ]);
});

const YO = { е: 'ё' };

/** Both searches on one key: they must return the same entries in the same order. */
function same(
  dawg: AzDawg,
  key: string,
  replaces?: Record<string, string>,
  mstutter?: number,
  mtypos?: number,
) {
  const theirs = azFindAll.call(dawg, key, replaces, mstutter, mtypos);
  expect(ours.findAll.call(dawg, key, replaces, mstutter, mtypos)).toEqual(theirs);
  return theirs;
}

describe('the dictionary search finds what az finds, in the same order', () => {
  test('every word of a news sentence, е read as ё too', () => {
    const sentence = 'Её ещё не нашли: в четверг ёлку привезли в Ереван, сообщает пресс-служба мэрии.';
    for (const w of sentence.toLowerCase().match(/[а-яё-]+/g)!) same(words, w, YO, Infinity);
    expect(same(words, 'елку', YO, Infinity).map((e) => (e as unknown[])[0])).toEqual(['ёлку']);
  });

  test('repeated letters are merged, with and without a hyphen ("ннет", "д-да", "нееет")', () => {
    for (const w of ['ннет', 'д-да', 'нееет', 'сумма', 'касса', 'ааа', 'н-н-нет'])
      same(words, w, YO, Infinity);
    expect(same(words, 'ннет', YO, Infinity).length).toBeGreaterThan(0);
  });

  test('suffix guesses and probabilities, which az reads without merges', () => {
    for (const s of ['ого', 'ами', 'ием', 'ев']) same(suffixes, s, YO, 0);
    const hit = same(probabilities, 'стали:VERB,perf,intr plur,past,indc');
    same(probabilities, 'стали:NOUN,inan,femn sing,gent');
    same(probabilities, 'несуществующее:NOUN');
    expect(hit.length).toBe(1);
  });

  test('letters outside the dictionary alphabet end the search ("iPhone", "Ωmega")', () => {
    expect(same(words, 'iphone', YO, Infinity)).toEqual([]);
    expect(same(words, 'ωmega', YO, Infinity)).toEqual([]);
    same(words, '', YO, Infinity);
  });

  test('a search with typos still goes to az ("слвоо")', () => {
    same(words, 'слвоо', YO, Infinity, 1);
  });
});

test("the code page is az's: windows-1251 without 0x98", () => {
  const source = readFileSync(path.join(azDir, 'dist', 'az.js'), 'utf8');
  const literal = /var CP1251 = \{([^}]*)\}/.exec(source)![1]!;
  const theirs = new Map([...literal.matchAll(/(\d+): (\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
  const mine = new Map<number, number>();
  CP1251_BYTE.forEach((b, code) => {
    if (b >= 0) mine.set(code, b);
  });
  expect(mine).toEqual(theirs);
});
