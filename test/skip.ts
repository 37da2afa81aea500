// Tests that cannot run say so: a skipped suite or test carries its reason in its name (so it shows
// in jest's list and counts as skipped in the summary) and prints one line on stderr. Also the one way
// tests find the read-only ../shared folder (honouring $NEWSFACTS_SHARED, like eval and bench).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { sharedPath } from '../bench/shared.js';

type Body = () => void | Promise<unknown>;

/** A file or folder in the shared folder (which may be absent: see `needShared`). */
export function sharedFile(...parts: string[]): string {
  return path.join(sharedPath(), ...parts);
}

/** Why tests that read these shared files cannot run (the first one missing), or null when they can. */
export function needShared(...parts: string[]): string | null {
  const root = sharedPath();
  if (!existsSync(root))
    return `no shared folder at ${root} (../shared beside the checkout, or set NEWSFACTS_SHARED)`;
  const missing = parts.find((p) => !existsSync(path.join(root, p)));
  return missing === undefined ? null : `${path.join(root, missing)} is missing`;
}

const said = new Set<string>();

/** Prints one console line saying what is skipped and why: once per reason in a test file (later ones
 * skipped for the same reason show in jest's list by name). */
export function sayWhySkipped(what: string, reason: string): void {
  if (said.has(reason)) return;
  said.add(reason);
  const file = expect.getState().testPath;
  const where = file ? `${path.relative(process.cwd(), file)}: ` : '';
  // straight to stderr, not console: jest hides the console of a file whose tests are all skipped
  process.stderr.write(`SKIPPED ${where}"${what}": ${reason}\n`);
}

/** `describe` when `reason` is null; otherwise the suite is skipped with the reason in its name, and said once. */
export function describeUnless(reason: string | null, name: string, body: () => void): void {
  if (reason === null) return describe(name, body);
  sayWhySkipped(name, reason);
  describe.skip(`${name} [skipped: ${reason}]`, body);
}

/** `test` when `reason` is null; otherwise the test is skipped with the reason in its name, and said once. */
export function testUnless(reason: string | null, name: string, body: Body, timeout?: number): void {
  if (reason === null) return test(name, body, timeout);
  sayWhySkipped(name, reason);
  test.skip(`${name} [skipped: ${reason}]`, body);
}
