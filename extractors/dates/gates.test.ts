import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { GateSet } from './gates.js';
import { PARSERS } from './index.js';

const set = new GateSet(PARSERS);
/** What the tests give one by one; a gate with a hint counts only where its hint passed too. */
const oneByOne = (text: string): number =>
  set.tests.reduce((mask, re, i) => (re.test(text) ? mask | (1 << i) : mask), 0);
const parsersPassing = (mask: number): string[] =>
  PARSERS.filter((p) => (mask & set.bitsOf(p)) === set.bitsOf(p)).map((p) => p.name);

describe('gate masks', () => {
  test.each([
    'в 2025 году акимы отчитались перед жителями',
    '26-27 ноября в Астане прошёл форум, на котором обсудили итоги года',
    'через два дня, 15:30, в тот же день — этом году, в 10 часов утра',
    'в 90-х годах, в прошлом месяце и накануне выходных, ежегодно с 2020 по 2025 год',
    'Никаких дат здесь нет.',
  ])('one pass picks the parsers the tests pick one by one: %s', (text) => {
    expect(parsersPassing(set.maskOf(text))).toEqual(parsersPassing(oneByOne(text)));
  });

  test('a test hidden behind another at the same place is still found', () => {
    const s = new GateSet([{ gate: /год/u }, { gate: /годом/u }]);
    expect(s.maskOf('перед годом')).toBe(0b11);
  });

  test('a gate that spans words is tried only where its hint passed', () => {
    const s = new GateSet([{ gate: /в +\d+ +часов/u, hint: /час/u }]);
    expect(s.maskOf('в 10 часов')).toBe(0b11);
    expect(s.maskOf('в 10 минут')).toBe(0);
  });

  test('a hint must match within one word', () => {
    expect(() => new GateSet([{ gate: /в +\d/u, hint: /в \d/u }])).toThrow(/one word/);
  });

  test('the same on arbitrary text made of date words', () => {
    const words = [
      'в',
      '2025',
      'году',
      'ноября',
      'тот',
      'этом',
      'назад',
      '15:00',
      '90-х',
      'полчаса',
      'дня',
      ',',
      'ежегодно',
      'утра',
      'по',
      '10',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        expect(parsersPassing(set.maskOf(text))).toEqual(parsersPassing(oneByOne(text)));
      }),
      { numRuns: 300 },
    );
  });
});
