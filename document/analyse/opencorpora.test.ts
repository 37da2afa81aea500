// The port of az's analyser (./opencorpora.ts) against az itself: the same readings, scores,
// lemmas and inflections for every word form of the bundled pages (and NEREL dev where ../shared is).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { needShared, sharedFile, testUnless } from '../../test/skip.js';
import { loadOpenCorpora, morph } from './opencorpora.js';

const require = createRequire(import.meta.url);
interface AzLike {
  Morph: ((word: string) => ReadingLike[]) & { init(dir: string, cb: (err: unknown) => void): void };
}
const Az = require('az') as AzLike;
const dicts = path.join(path.dirname(require.resolve('az/package.json')), 'dicts');

beforeAll(async () => {
  await new Promise((resolve) => Az.Morph.init(dicts, resolve));
  loadOpenCorpora(dicts);
});

interface ReadingLike {
  word: string | undefined;
  tag: { stat: readonly string[]; flex: readonly string[]; toString(): string };
  toString(): string;
  score: number;
  parser?: string;
  stutterCnt: number;
  typosCnt: number;
  normalize(): ReadingLike | false;
  inflect(grammemes: string[]): ReadingLike | false;
}

/** Everything a caller can read of a reading, as plain data. */
function describeReading(p: ReadingLike): unknown[] {
  const attempt = (f: () => ReadingLike | false): unknown => {
    try {
      const r = f();
      return r ? [r.word, String(r.tag)] : false;
    } catch {
      return 'throws';
    }
  };
  return [
    p.word,
    String(p.tag),
    p.tag.stat.join(','),
    p.tag.flex.join(','),
    p.score,
    p.parser,
    p.stutterCnt,
    p.typosCnt,
    p.toString(),
    attempt(() => p.normalize()),
    ...[
      ['sing', 'gent'],
      ['femn', 'sing', 'nomn'],
      ['plur', 'nomn'],
    ].map((g) => attempt(() => p.inflect(g))),
  ];
}

/** Each form's readings as az gives them and as the port does, for the forms that differ. */
function differences(forms: Iterable<string>): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (const f of forms) {
    const a = JSON.stringify(Az.Morph(f).map((p) => describeReading(p)));
    const b = JSON.stringify(morph(f).map((p) => describeReading(p)));
    if (a !== b) out.push([f, a, b]);
  }
  return out;
}

/** The word forms of texts, as written, lower-cased, and each part of a hyphenated one. */
function formsOf(texts: Iterable<string>): Set<string> {
  const forms = new Set<string>();
  for (const text of texts) {
    for (const [m] of text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|\S/gu)) {
      forms.add(m);
      forms.add(m.toLowerCase());
      if (m.includes('-')) for (const part of m.split('-')) forms.add(part);
    }
  }
  return forms;
}

describe('the OpenCorpora analyser reads as az does', () => {
  test('odd forms: stutter, ё, hyphens, particles, abbreviations, initials, numbers, Latin', () => {
    const odd = [
      'нееет',
      'д-да',
      'интернет-магазин',
      'человек-паук',
      'серо-буро-малиновый',
      'по-западному',
      'смотри-ка',
      'кто-то',
      'вице-премьер',
      'Иванов-Петров',
      'ВК',
      'ОАО',
      'ЛенСпецСМУ',
      'А',
      'XIV',
      '12,5',
      '−5',
      '2025',
      '«',
      'iPhone',
      'сверхзвуковой',
      'антивирусный',
      'Ёлка',
      'ещё',
      'еще',
      'Шмырклов',
      'наиважнейший',
      'попрыгунчики',
    ];
    expect(differences(odd)).toEqual([]);
    const [hyphenPair] = morph('человек-паук');
    expect(hyphenPair?.word).toBeUndefined(); // az's combined reading has no word either
  });

  test('every word form of the bundled pages', () => {
    const dir = path.join(import.meta.dirname, '../../fixtures/site');
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8').replace(/<[^>]*>/g, ' '));
    const forms = formsOf(pages);
    expect(forms.size).toBeGreaterThan(500);
    expect(differences(forms)).toEqual([]);
  });

  testUnless(needShared('gold/nerel-dev.jsonl'), 'every word form of NEREL dev', () => {
    const texts = readFileSync(sharedFile('gold/nerel-dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
    const forms = formsOf(texts);
    expect(forms.size).toBeGreaterThan(10_000);
    expect(differences(forms)).toEqual([]);
  });
});
