// The skip helper (issue 21, item 6): tests needing ../shared find it through one resolver that
// honours NEWSFACTS_SHARED, and a suite that cannot run says why on one line.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test } from '@jest/globals';
import { sharedDir } from '../bench/shared.js';
import { describeUnless, needShared, sharedFile, testUnless } from './skip.js';

const saved = process.env['NEWSFACTS_SHARED'];
const tmp = mkdtempSync(path.join(tmpdir(), 'newsfacts-skip-'));
afterEach(() => {
  if (saved === undefined) delete process.env['NEWSFACTS_SHARED'];
  else process.env['NEWSFACTS_SHARED'] = saved;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// what a test file does at load time when ../shared is hidden: its suites are skipped, saying why
const lines: string[] = [];
const write = process.stderr.write.bind(process.stderr);
process.stderr.write = (chunk: string | Uint8Array): boolean => {
  lines.push(String(chunk));
  return true;
};
try {
  describeUnless('the demo folder is missing', 'a demo suite', () => {
    test('never runs', () => {
      throw new Error('ran a skipped suite');
    });
  });
  testUnless('the demo folder is missing', 'a demo test', () => {
    throw new Error('ran a skipped test');
  });
  testUnless(null, 'a test that can run runs', () => expect(1).toBe(1));
} finally {
  process.stderr.write = write;
}

describe('the shared folder for tests', () => {
  test('NEWSFACTS_SHARED=/nonexistent hides it: every need names the reason', () => {
    process.env['NEWSFACTS_SHARED'] = '/nonexistent';
    expect(sharedDir()).toBeNull();
    expect(sharedFile('gold', 'nerel-dev.jsonl')).toBe('/nonexistent/gold/nerel-dev.jsonl');
    expect(needShared('gold')).toBe(
      'no shared folder at /nonexistent (../shared beside the checkout, or set NEWSFACTS_SHARED)',
    );
  });

  test('a folder given by NEWSFACTS_SHARED is used; a missing part inside it is named', () => {
    mkdirSync(path.join(tmp, 'gold'));
    writeFileSync(path.join(tmp, 'gold', 'nerel-dev.jsonl'), '');
    process.env['NEWSFACTS_SHARED'] = tmp;
    expect(sharedDir()).toBe(tmp);
    expect(needShared('gold', 'gold/nerel-dev.jsonl')).toBeNull();
    expect(needShared('gold', 'pages/MANIFEST.tsv')).toBe(
      `${path.join(tmp, 'pages/MANIFEST.tsv')} is missing`,
    );
  });

  test('a skipped suite prints one line naming the file, the suite and the reason', () => {
    expect(lines).toEqual(['SKIPPED test/skip.test.ts: "a demo suite": the demo folder is missing\n']);
  });
});
