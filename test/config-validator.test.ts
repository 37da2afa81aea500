// The sources config schema is compiled at development time (bench/config-validator.ts): the generated
// code must be what the schema compiles to now, and judge configs exactly as ajv compiling at start did.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from '@jest/globals';
import { CONFIG_VALIDATOR_FILE, configValidatorModule } from '../bench/config-validator.js';
import { CONFIG_SCHEMA } from '../pipeline/run/config-schema.js';
import { validate as generatedCode } from '../pipeline/run/config-validator.generated.js';
import { configProblems, generatedConfigValidatorIsCurrent } from '../pipeline/run/config.js';

const generated = generatedCode as unknown as import('ajv').ValidateFunction;
const Ajv = createRequire(import.meta.url)('ajv') as typeof import('ajv').default;

const config = {
  sources: [{ name: 'zakon', kind: 'feed', input: 'https://www.zakon.kz/rss.xml', timezone: 'Asia/Almaty' }],
  output: { dir: 'output', sinks: ['jsonl', 'sqlite'] },
};

describe('the generated config validator', () => {
  test('is what the schema compiles to now (else run: node --import tsx bench/config-validator.ts)', async () => {
    expect(readFileSync(CONFIG_VALIDATOR_FILE, 'utf8') === (await configValidatorModule())).toBe(true);
    expect(generatedConfigValidatorIsCurrent()).toBe(true);
  });

  test('finds the same problems as ajv compiling the schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false }).compile(CONFIG_SCHEMA);
    const bad: unknown[] = [
      config,
      { sources: [] },
      { sources: [{ input: '' }] },
      { sources: [{ input: ['a.html', 3] }], output: { sinks: ['csv'] } },
      { ...config, fetch: { concurrency: 0, timeoutMs: 'soon' } },
      { ...config, extra: true },
      null,
      'not a config',
    ];
    for (const c of bad) {
      expect(generated(c)).toBe(ajv(c));
      expect(generated.errors ?? null).toEqual(ajv.errors ?? null);
    }
  });

  test('a config with a wrong field reads as one line per problem', () => {
    expect(configProblems(config)).toEqual([]);
    expect(configProblems({ sources: [{ input: 'a.html', colour: 'red' }] })).toEqual([
      'sources.0: unknown field "colour"',
    ]);
  });
});
