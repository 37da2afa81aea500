import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { GateSet } from './gates.js';
import { PARSERS } from './index.js';

const gates = PARSERS.map((p) => p.gate);
const set = new GateSet(gates);
const oneByOne = (text: string): number =>
  set.gates.reduce((mask, g, i) => (g.test(text) ? mask | (1 << i) : mask), 0);

describe('gate masks', () => {
  test.each([
    'в 2025 году акимы отчитались перед жителями',
    '26-27 ноября в Астане прошёл форум, на котором обсудили итоги года',
    'через два дня, 15:30, в тот же день — этом году',
    'в 90-х годах, в прошлом месяце и накануне выходных',
    'Никаких дат здесь нет.',
  ])('one pass gives what each gate gives alone: %s', (text) => {
    expect(set.maskOf(text)).toBe(oneByOne(text));
  });

  test('a gate hidden behind another at the same place is still found', () => {
    const s = new GateSet([/год/u, /годом/u]);
    expect(s.maskOf('перед годом')).toBe(0b11);
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
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        const text = ws.join(' ');
        expect(set.maskOf(text)).toBe(oneByOne(text));
      }),
      { numRuns: 300 },
    );
  });
});
