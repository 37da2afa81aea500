import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse } from '../../document/analyse/index.js';
import { contextOf } from './context.js';
import { GateSet, byLengthOnly, passes } from './gates.js';
import type { GateSpec } from './gates.js';
import { PARSERS, parseAll } from './index.js';
import { PUBLISHED, ready, ungated, devTexts } from './testing.js';
import { needShared, testUnless } from '../../test/skip.js';

beforeAll(ready);

const set = new GateSet(PARSERS);

/** Whether a one-sentence text passes a spec's gate and hint, by the masks of a set made of it alone. */
function passesAlone(spec: GateSpec, text: string): boolean {
  const set = new GateSet([spec]);
  const doc = analyse(text, {});
  const sent = doc.sentences[0]!;
  return passes(set.sentenceMask(doc, sent, doc.lower.slice(sent.start, sent.end)), set.bitsOf(spec));
}

/** Per sentence: the parsers the masks let through, and those the tests let through one by one. */
function compare(text: string): Array<[string[], string[]]> {
  const doc = analyse(text, {});
  return doc.sentences.map((s) => {
    const mask = set.sentenceMask(doc, s, doc.lower.slice(s.start, s.end));
    return [
      PARSERS.filter((p) => passes(mask, set.bitsOf(p))).map((p) => p.name),
      PARSERS.filter((p) => set.runsOneByOne(p, doc, s)).map((p) => p.name),
    ];
  });
}

describe('gate masks', () => {
  test.each([
    'В 2025 году акимы отчитались перед жителями.',
    '26-27 ноября в Астане прошёл форум, на котором обсудили итоги года.',
    'Через два дня, в 15:30, в тот же день — в этом году, в 10 часов утра.',
    'В 90-х годах, в прошлом месяце и накануне выходных, ежегодно с 2020 по 2025 год.',
    'В XX в. страна изменилась; 5лет назад и 83-летнего пенсионера.',
    'С 1 по 5 февр. работали 3 ч. 20 мин., в двадцатых годах — по три часа.',
    'Около полуночи, в тридцатых-сороковых годах прошлого века, пол-года.',
    'Никаких дат здесь нет.',
  ])('token by token they pick what the tests pick one by one: %s', (text) => {
    for (const [byTokens, oneByOne] of compare(text)) expect(byTokens).toEqual(oneByOne);
  });

  test('a gate that spans words is tried only where its hint passed', () => {
    const spec = { gate: /в +\d+ +часов/u, hint: /час/u };
    const runs = (text: string): boolean => passesAlone(spec, text);
    expect(runs('Встреча в 10 часов.')).toBe(true);
    expect(runs('Встреча в 10 минут.')).toBe(false);
    expect(runs('Встреча в 10 утра, через 5 часов.')).toBe(false);
  });

  test('a hint anchored with "^" is tried on each token from its start', () => {
    const spec = { gate: /\d +(?:лет|год)/u, hint: /^(?:лет|года?)(?![а-я])/u };
    const maskOf = (text: string): boolean => passesAlone(spec, text);
    expect(maskOf('Ему 5 лет.')).toBe(true);
    expect(maskOf('В 5 летних лагерях.')).toBe(false);
  });

  test('a test that starts with a digit but can see a blank is tried on the whole sentence', () => {
    // remembered by the number alone ("5"), /\d[^а-я]г/ would miss "5 г."
    expect(passesAlone({ gate: /\d[^а-я]г/u }, 'Это было в 5 г. до нашей эры, а не в 5г.')).toBe(true);
  });

  test('a digit test gives the same on a number whatever follows its blank', () => {
    const runs = (text: string): boolean => passesAlone({ gate: /\d{4}(?!\p{L})/u }, text);
    expect(runs('В 2025 году.')).toBe(true);
    expect(runs('В 2025г.')).toBe(false);
    expect(runs('В 2025 г.')).toBe(true);
    expect(runs('Сумма 2025тыс и 2025 рублей.')).toBe(true);
  });

  test('a hint must match within one word', () => {
    expect(() => new GateSet([{ gate: /в +\d/u, hint: /в \d/u }])).toThrow(/one word/);
  });

  test('the same on arbitrary sentences made of date words', () => {
    const words = [
      'в',
      '2025',
      'году',
      'ноября',
      'мая',
      'май,',
      'сент.',
      'тот',
      'этом',
      'назад',
      '15:00',
      '90-х',
      'полчаса',
      'полудня',
      'дня',
      ',',
      'ежегодно',
      'утра',
      'по',
      '10',
      'XX',
      'в.',
      'веке',
      'девяностые',
      'двадцатых',
      'годы',
      'лет',
      'летом',
      'среду',
      'вчера',
      'прошлую',
      'ч',
      'мин',
      'человек',
      'секунд',
      '5лет',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        for (const [byTokens, oneByOne] of compare(ws.join(' '))) expect(byTokens).toEqual(oneByOne);
      }),
      { numRuns: 300 },
    );
  });

  testUnless(
    needShared('gold'),
    'on the dev texts they lose no candidate that every parser on every sentence builds',
    () => {
      const texts = devTexts();
      expect(texts.length).toBeGreaterThan(50);
      for (const text of texts) {
        const doc = analyse(text, { published: PUBLISHED });
        const gated = parseAll(contextOf(doc))
          .map((c) => `${c.source} ${c.start}-${c.end}`)
          .sort();
        expect(gated).toEqual(ungated(doc));
      }
    },
  );
});

describe('digit tests read by length on digits alone', () => {
  test('a test that names no digit gives the same on all digit texts of one length', () => {
    const tests = PARSERS.flatMap((p) => [p.gate, ...(p.hint ? [p.hint] : [])]).filter(
      (re) => re.source.startsWith('\\d') && byLengthOnly(re),
    );
    expect(tests.length).toBeGreaterThanOrEqual(4);
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }).chain((n) => fc.tuple(digits(n), digits(n))),
        ([a, b]) => {
          for (const re of tests) expect(re.test(a.join(''))).toBe(re.test(b.join('')));
        },
      ),
      { numRuns: 2000 },
    );
  });
  test('a test that names a digit is not read so', () => {
    expect([/\d{4}/u, /\d[:.]\d\d/u, /\d{1,3}/u].map(byLengthOnly)).toEqual([true, true, true]);
    expect([/19\d\d/u, /[1-5]\d/u, /(\d)\1/u, /\d\u0030/u].map(byLengthOnly)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
