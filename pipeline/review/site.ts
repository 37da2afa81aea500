// Writes the static review site: index, overview, one page and one JSON file per record, and the
// hand-written client script and stylesheet. Opens from the file system; no server.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NewsfactsError } from '../../document/errors.js';
import type { NewsRecord } from '../../document/record/types.js';
import { articlePage } from './article-page.js';
import { indexPage, type IndexEntry } from './index-page.js';
import { ASSETS, recordFileBase } from './layout.js';
import { overviewPage } from './overview-page.js';

/** What was written, for the command's summary. */
export interface SiteSummary {
  dir: string;
  index: string;
  records: number;
  files: number;
  ms: number;
}

/** The folder holding review.js and review.css: beside this module in the source tree, or found by
 * walking up from the compiled dist/ tree to the project's pipeline/review/assets. */
export function assetDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const tried: string[] = [];
  for (let dir = here, up = 0; up < 6; up++) {
    for (const c of [path.join(dir, 'assets'), path.join(dir, 'pipeline', 'review', 'assets')]) {
      if (existsSync(path.join(c, 'review.js'))) return c;
      tried.push(c);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new NewsfactsError('install', `review assets not found (looked in ${tried.join(', ')})`);
}

/** Page file names for records, unique even when ids repeat or differ only in case. */
export function pageFiles(records: readonly NewsRecord[]): string[] {
  const used = new Set<string>();
  return records.map((r) => {
    const base = recordFileBase(r.id);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}~${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** Writes in flight at once: the thread pool writes files while the main thread renders pages. */
const WRITES_IN_FLIGHT = 32;

/** Writes the whole site for these records into dir (created when missing). */
export async function writeSite(records: readonly NewsRecord[], dir: string): Promise<SiteSummary> {
  const t0 = performance.now();
  const recDir = path.join(dir, 'records');
  const assetOut = path.join(dir, 'assets');
  mkdirSync(recDir, { recursive: true });
  mkdirSync(assetOut, { recursive: true });
  const src = assetDir();
  copyFileSync(path.join(src, 'review.js'), path.join(dir, ASSETS.script));
  copyFileSync(path.join(src, 'review.css'), path.join(dir, ASSETS.style));
  const names = pageFiles(records);
  const entries: IndexEntry[] = [];
  let pending: Promise<void>[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as NewsRecord;
    const base = names[i] as string;
    pending.push(
      writeFile(path.join(recDir, `${base}.json`), JSON.stringify(record, null, 2) + '\n'),
      writeFile(path.join(recDir, `${base}.html`), articlePage(record, `${base}.json`)),
    );
    entries.push({ record, file: `${base}.html` });
    if (pending.length >= WRITES_IN_FLIGHT) {
      await Promise.all(pending);
      pending = [];
    }
  }
  const index = path.join(dir, 'index.html');
  pending.push(
    writeFile(index, indexPage(entries)),
    writeFile(path.join(dir, 'overview.html'), overviewPage(records)),
  );
  await Promise.all(pending);
  return { dir, index, records: records.length, files: records.length * 2 + 4, ms: performance.now() - t0 };
}
