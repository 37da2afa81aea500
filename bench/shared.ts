// Locating the read-only ../shared folder and the project root, for eval, bench and tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, whether running from source or from dist/. */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return dir;
}

/** Where the shared folder should be: $NEWSFACTS_SHARED, else ../shared beside the checkout (it may be absent). */
export function sharedPath(): string {
  return path.resolve(process.env['NEWSFACTS_SHARED'] || path.resolve(projectRoot(), '..', 'shared'));
}

/** ../shared beside the checkout, or $NEWSFACTS_SHARED; null when absent. */
export function sharedDir(): string | null {
  const dir = sharedPath();
  return existsSync(dir) ? dir : null;
}

/** Reads a JSON Lines file into objects. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The number after `--name` in a script's arguments, or `fallback` when absent or not a number. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const k = args.indexOf(name);
  const v = k >= 0 ? Number(args[k + 1]) : NaN;
  return Number.isFinite(v) ? v : fallback;
}
