import { beforeAll, describe, expect, test } from '@jest/globals';
import { analyse, analyseWord, inflectWord } from '../../document/analyse/index.js';
import { AnchorIndex } from './anchors.js';
import { contextOf } from './context.js';
import { PARSERS, parseAll } from './index.js';
import { PUBLISHED, devTexts, ready, ungated } from './testing.js';
import { needShared, testUnless } from '../../test/skip.js';

beforeAll(ready);

const index = new AnchorIndex(PARSERS);
const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];
const INFLECTING = new Set(['NOUN', 'ADJF', 'PRTF', 'NUMR', 'NPRO']);

/** Every form az gives of a lemma: all cases, both numbers (and the genders of adjectives). */
function allForms(lemma: string): string[] {
  const out = new Set<string>();
  for (const r of analyseWord(lemma)) {
    if (r.lemma !== lemma || r.pos === null || !INFLECTING.has(r.pos)) continue;
    for (const c of CASES)
      for (const n of ['sing', 'plur'])
        for (const g of r.pos === 'NOUN' || n === 'plur' ? [[]] : [['masc'], ['femn'], ['neut']]) {
          const f = inflectWord(lemma, r.pos, [c, n, ...g]);
          // az may inflect a homonym's paradigm ("век" as "веко"): only forms read back as this lemma
          if (f && analyseWord(f).some((x) => x.lemma === lemma)) out.add(f);
        }
  }
  return [...out];
}

describe('anchors', () => {
  test('"Отчёт сдадут перед маем." is found: every form of a month is an anchor', () => {
    const doc = analyse('Отчёт сдадут перед маем.', { published: PUBLISHED, tzOffsetMinutes: 300 });
    expect(parseAll(contextOf(doc)).map((c) => doc.text.slice(c.start, c.end))).toContain('перед маем');
  });

  test('every form of every anchor lemma passes as an anchor of its parser (az inflection)', () => {
    const lost: string[] = [];
    PARSERS.forEach((p, i) => {
      for (const w of p.anchors.lemmas ?? []) {
        for (const form of allForms(w)) {
          const doc = analyse(`${form} `, {});
          const t = doc.tokens[0]!;
          if (!index.isAnchor(t, i)) lost.push(`${p.name}: ${form} (of ${w})`);
        }
      }
    });
    expect(lost).toEqual([]);
  });
});

describe('parsing around anchors', () => {
  testUnless(
    needShared('gold/nerel-dev.jsonl', 'gold/factru-dev.jsonl'),
    'finds on the dev texts what every parser finds over every whole sentence',
    () => {
      for (const text of devTexts()) {
        const doc = analyse(text, { published: PUBLISHED, tzOffsetMinutes: 300 });
        const found = parseAll(contextOf(doc))
          .map((c) => `${c.source} ${c.start}-${c.end}`)
          .sort();
        expect(found).toEqual(ungated(doc));
      }
    },
    120_000,
  );
});
