// Reading review input: several files and folders, latest version of each record (issue 21, item 5).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { latestVersions, readInputs, recordFiles } from './records.js';

const dir = mkdtempSync(path.join(tmpdir(), 'newsfacts-review-records-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One JSON Lines line of a minimal record. */
function line(id: string, version: number | undefined, text: string): string {
  return JSON.stringify({ id, text, ...(version === undefined ? {} : { version }) }) + '\n';
}

// two runs of `newsfacts run` into one folder: the second re-extracted a changed article
const runs = path.join(dir, 'demo');
mkdirSync(runs);
writeFileSync(
  path.join(runs, 'records-2026-12-01T10-00-00Z.jsonl'),
  line('nf-a', 1, 'Первая версия.') + line('nf-b', 1, 'Статья Б.'),
);
writeFileSync(
  path.join(runs, 'records-2026-12-02T10-00-00Z.jsonl'),
  line('nf-a', 2, 'Вторая версия.') + line('nf-c', 1, 'Статья В.'),
);
writeFileSync(path.join(runs, '.records-2026-12-03T10-00-00Z.jsonl.tmp'), 'half a line');
writeFileSync(path.join(runs, 'summary.json'), '{}');

describe('review input', () => {
  test('a folder gives its *.jsonl files by name, not hidden or other files', () => {
    expect(recordFiles(runs).map((f) => path.basename(f))).toEqual([
      'records-2026-12-01T10-00-00Z.jsonl',
      'records-2026-12-02T10-00-00Z.jsonl',
    ]);
  });

  test('two run files (the README shell glob) give the latest version of each record', () => {
    const files = recordFiles(runs);
    const { records, problems } = readInputs(files);
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.id, r.version, r.text])).toEqual([
      ['nf-a', 2, 'Вторая версия.'],
      ['nf-b', 1, 'Статья Б.'],
      ['nf-c', 1, 'Статья В.'],
    ]);
  });

  test('a folder and a file in it are read once; all versions when asked', () => {
    const again = path.join(runs, 'records-2026-12-01T10-00-00Z.jsonl');
    const { records, files } = readInputs([runs, again], false);
    expect(files).toBe(2);
    expect(records.map((r) => `${r.id}@${r.version}`)).toEqual(['nf-a@1', 'nf-b@1', 'nf-a@2', 'nf-c@1']);
  });

  test('a higher version wins whatever the order; on a tie or no version the later one', () => {
    const recs = readInputs([path.join(runs, 'records-2026-12-02T10-00-00Z.jsonl')], false).records;
    const older = readInputs([path.join(runs, 'records-2026-12-01T10-00-00Z.jsonl')], false).records;
    expect(latestVersions([...recs, ...older]).map((r) => `${r.id}@${r.version}`)).toEqual([
      'nf-a@2',
      'nf-c@1',
      'nf-b@1',
    ]);
    const noVersion = path.join(dir, 'plain.jsonl');
    writeFileSync(noVersion, line('nf-x', undefined, 'раз') + line('nf-x', undefined, 'два'));
    expect(readInputs([noVersion]).records.map((r) => r.text)).toEqual(['два']);
  });

  test('an empty folder and a missing path are input errors', () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    expect(() => recordFiles(empty)).toThrow(`no .jsonl files in ${empty}`);
    expect(() => recordFiles(path.join(dir, 'absent'))).toThrow('cannot read');
  });
});
