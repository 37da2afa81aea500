// The layer rule fails the lint on a deliberate violation, and lets each layer import what it may.
import { describe, expect, test } from '@jest/globals';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { layers } from '../eslint.layers.js';

const eslint = new ESLint({
  cwd: new URL('..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layers],
});

async function problems(filePath: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { x } from '${specifier}';\nexport { x };\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('the layer rule', () => {
  test.each([
    ['extractors/dates/parsers/x.ts', '../../../pipeline/extract/extract.js', 'its own folder'],
    ['extractors/quotes/x.ts', '../people/merge.js', 'its own folder'],
    ['pipeline/extract/x.ts', '../../extractors/dates/context.js', 'only through its index.ts'],
    ['document/record/x.ts', '../../pipeline/log.js', 'bottom layer'],
    ['document/x.ts', '../extractors/people/index.js', 'bottom layer'],
  ])('%s may not import %s', async (file, spec, why) => {
    const found = await problems(file, spec);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(why);
  });

  test.each([
    ['extractors/dates/parsers/x.ts', '../../../document/time/index.js'],
    ['extractors/people/x.ts', './merge.js'],
    ['pipeline/extract/x.ts', '../../extractors/dates/index.js'],
    ['pipeline/run/x.ts', '../../document/record/types.js'],
  ])('%s may import %s', async (file, spec) => {
    expect(await problems(file, spec)).toEqual([]);
  });
});
