// Where the parse stage's data files (profiles, word lists) live, both when run from source
// (tsx, jest) and from the tsc build: tsc does not copy JSON beside the compiled modules, so a
// module under dist/ reads them from the mirrored source folder.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Absolute path of a data file or folder given relative to pipeline/parse/. */
export function dataPath(rel: string): string {
  const local = path.join(here, rel);
  if (existsSync(local)) return local;
  const marker = `${path.sep}dist${path.sep}`;
  const i = here.lastIndexOf(marker);
  if (i < 0) return local;
  return path.join(here.slice(0, i) + path.sep + here.slice(i + marker.length), rel);
}

/** Parsed JSON of one data file relative to pipeline/parse/. */
export function readJsonData<T>(rel: string): T {
  return JSON.parse(readFileSync(dataPath(rel), 'utf8')) as T;
}

/** Parsed JSON of every *.json file in a data folder, sorted by file name. */
export function readJsonFolder<T>(rel: string): T[] {
  const dir = dataPath(rel);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as T);
}
