import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from '@jest/globals';
import { analyse } from '../../../document/analyse/index.js';
import { contextOf } from '../context.js';
import { PUBLISHED, ready } from '../testing.js';
import type { ParseContext, Parser } from '../types.js';
import { bareYearParser, yearParser, yearWordParser } from './year.js';
import { describeUnless, needShared, sharedFile } from '../../../test/skip.js';

beforeAll(ready);

/** The candidates of parsers run over every sentence, as "source start-end value" lines. */
function candidates(ctx: ParseContext, parsers: Parser[]): string[] {
  const out: string[] = [];
  for (const p of parsers) {
    for (const s of ctx.doc.sentences) {
      const text = ctx.doc.lower.slice(s.start, s.end);
      p.pattern.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.pattern.exec(text)) !== null) {
        m.index += s.start;
        const c = p.build(m, ctx);
        if (c) out.push(`${c.source} ${c.start}-${c.end} ${c.value ?? ''} ${JSON.stringify(c.parts)}`);
      }
    }
  }
  return out.sort();
}

describeUnless(needShared('gold'), 'one scan on the dev texts', () => {
  test.each([['year', yearParser, yearWordParser, bareYearParser]])(
    'one scan for %s builds what its two parsers build apart, on the dev texts',
    (_n, merged, a, b) => {
      const texts = ['nerel-dev', 'factru-dev'].flatMap((set) =>
        readFileSync(sharedFile('gold', `${set}.jsonl`), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => (JSON.parse(l) as { text: string }).text),
      );
      let seen = 0;
      for (const text of texts) {
        const ctx = contextOf(analyse(text, { published: PUBLISHED }));
        const together = candidates(ctx, [merged]);
        expect(together).toEqual(candidates(ctx, [a, b]));
        seen += together.length;
      }
      expect(seen).toBeGreaterThan(100);
    },
  );
});

test('a sentence where both alternatives match, one after the other', () => {
  const ctx = contextOf(
    analyse('В 2018-м, после 2017 года, и с 2019 по 2021 год он учился (1994, 1995 и 1996 годы).', {
      published: PUBLISHED,
    }),
  );
  const together = candidates(ctx, [yearParser]);
  expect(together).toEqual(candidates(ctx, [yearWordParser, bareYearParser]));
  expect(together.length).toBeGreaterThan(3);
});
