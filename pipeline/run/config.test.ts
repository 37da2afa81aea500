// Sources configs: the example validates, each wrong field gets its own readable line.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from '@jest/globals';
import { configProblems, loadConfigFile, resolveSettings, runSettings } from './config.js';
import { tzOffsetMinutes } from '../../document/time/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLE = path.join(ROOT, 'fixtures', 'site', 'newsfacts.config.json');

describe('config', () => {
  test('the shipped example validates and resolves paths against its folder', () => {
    const { config, baseDir } = loadConfigFile(EXAMPLE);
    const s = resolveSettings(config, baseDir);
    expect(s.sources).toHaveLength(1); // the feed source is disabled
    expect(s.sources[0]?.inputs).toEqual([path.join(ROOT, 'fixtures', 'site')]);
    expect(s.sources[0]?.outlet).toBe('Степной вестник');
    expect(s.sources[0]?.crawl).toMatchObject({ minDelayMs: 1000, perHostConcurrency: 2, concurrency: 8 });
    expect(s.output).toMatchObject({
      dir: path.join(ROOT, 'output', 'site'),
      sinks: ['jsonl', 'sqlite'],
      jsonlMode: 'per-run',
      stateFile: path.join(ROOT, 'output', 'site', '.newsfacts', 'state.sqlite'),
    });
  });

  test('one line per wrong field', () => {
    const problems = configProblems({
      sources: [{ input: 'a', timezone: 'Mars/Olympus', politeness: { minDelayMs: -1 } }, { outlet: 'X' }],
      output: { sinks: ['jsonl', 'kafka'], jsonl: { mode: 'sometimes' } },
      extra: true,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        '(top level): unknown field "extra"',
        'sources.0.politeness.minDelayMs: must be >= 0',
        'sources.1: missing field "input"',
        'output.sinks.1: must be one of "jsonl", "sqlite", "postgres", "stdout"',
        'output.jsonl.mode: must be one of "per-run", "append"',
      ]),
    );
    expect(configProblems({ sources: [{ input: 'a', timezone: 'Mars/Olympus' }] })).toEqual([
      'sources.0.timezone: unknown time zone "Mars/Olympus" (use a UTC offset like "+05:00" or an IANA zone like "Asia/Almaty")',
    ]);
  });

  test('command-line runs need sources; without --out they pipe records to stdout; flags override the config', () => {
    expect(() => runSettings(undefined, [], {})).toThrow(/give sources/);
    const piped = runSettings(undefined, ['x'], {});
    expect(piped.output.sinks).toEqual(['stdout']);
    expect(piped.output.dir).toContain('newsfacts-run-');
    expect(() => runSettings(EXAMPLE, ['x'], {})).toThrow(/not both/);
    const s = runSettings(EXAMPLE, [], { out: 'tmp-out', sink: 'stdout', delay: 0, tz: '+06:00' });
    expect(s.output.dir).toBe(path.resolve('tmp-out'));
    expect(s.output.sinks).toEqual(['stdout']);
    expect(s.sources[0]?.crawl.minDelayMs).toBe(0);
    expect(s.sources[0]?.timezone).toBe('+06:00');
    expect(() => runSettings(undefined, ['x'], { out: 'o', sink: 'jsonl,kafka' })).toThrow(
      /unknown sink\(s\) kafka/,
    );
  });

  test('time zones: offsets and IANA zones', () => {
    const at = new Date('2026-11-25T12:00:00Z');
    expect(tzOffsetMinutes('+05:00', at)).toBe(300);
    expect(tzOffsetMinutes('UTC+3', at)).toBe(180);
    expect(tzOffsetMinutes('-0330', at)).toBe(-210);
    expect(tzOffsetMinutes('Asia/Almaty', at)).toBe(300);
    expect(tzOffsetMinutes('Europe/Moscow', at)).toBe(180);
    expect(tzOffsetMinutes('Europe/Berlin', new Date('2026-07-01T12:00:00Z'))).toBe(120);
    expect(tzOffsetMinutes('Mars/Olympus', at)).toBeNull();
  });
});
