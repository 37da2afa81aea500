import { beforeAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { analyse } from '../../pipeline/analyse/index.js';
import { GateSet } from './gates.js';
import { PARSERS } from './index.js';
import { ready } from './testing.js';

beforeAll(ready);

const set = new GateSet(PARSERS);
const parsersPassing = (mask: number): string[] =>
  PARSERS.filter((p) => (mask & set.bitsOf(p)) === set.bitsOf(p)).map((p) => p.name);

/** Per sentence: the parsers the masks let through, and those the tests let through one by one. */
function compare(text: string): Array<[string[], string[]]> {
  const doc = analyse(text, {});
  return doc.sentences.map((s) => {
    const sentence = doc.lower.slice(s.start, s.end);
    return [parsersPassing(set.sentenceMask(doc, s, sentence)), parsersPassing(set.maskOfText(sentence))];
  });
}

describe('gate masks', () => {
  test.each([
    'В 2025 году акимы отчитались перед жителями.',
    '26-27 ноября в Астане прошёл форум, на котором обсудили итоги года.',
    'Через два дня, в 15:30, в тот же день — в этом году, в 10 часов утра.',
    'В 90-х годах, в прошлом месяце и накануне выходных, ежегодно с 2020 по 2025 год.',
    'В XX в. страна изменилась; 5лет назад и 83-летнего пенсионера.',
    'Никаких дат здесь нет.',
  ])('token by token they pick what the tests pick one by one: %s', (text) => {
    for (const [byTokens, oneByOne] of compare(text)) expect(byTokens).toEqual(oneByOne);
  });

  test('a gate that spans words is tried only where its hint passed', () => {
    const s = new GateSet([{ gate: /в +\d+ +часов/u, hint: /час/u }]);
    const doc = analyse('в 10 часов; в 10 минут', {});
    expect(s.maskOfText('в 10 часов')).toBe(0b11);
    expect(s.maskOfText('в 10 минут')).toBe(0);
    const sent = doc.sentences[0]!;
    expect(s.sentenceMask(doc, sent, doc.lower.slice(sent.start, sent.end))).toBe(0b11);
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
      'XX',
      'в.',
      'веке',
      'девяностые',
      'годы',
      'летом',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (ws) => {
        for (const [byTokens, oneByOne] of compare(ws.join(' '))) expect(byTokens).toEqual(oneByOne);
      }),
      { numRuns: 200 },
    );
  });
});
