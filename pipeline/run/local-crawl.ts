// A stand-in for the fetch stage's crawl() over local HTML files and folders, with the same
// signature: used when the fetch stage is not available, and for tests that need no network.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CrawlOptions, CrawlStats, FetchedPage, FetchFailure } from '../fetch/types.js';

const HTML = /\.x?html?$/i;

/** Every HTML file under the inputs, in a stable order. */
function htmlFiles(input: string, out: string[], failures: FetchFailure[]): void {
  let st;
  try {
    st = statSync(input);
  } catch (err) {
    failures.push({ url: input, code: 'not-found', reason: (err as Error).message, attempts: 1 });
    return;
  }
  if (st.isDirectory()) {
    for (const name of readdirSync(input).sort()) {
      if (name.startsWith('.')) continue;
      const p = path.join(input, name);
      if (HTML.test(name) || statSync(p).isDirectory()) htmlFiles(p, out, failures);
    }
  } else out.push(input);
}

/** A file's validator: changes whenever its size or modification time does. */
function fileEtag(size: number, mtimeMs: number): string {
  return `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}

/** Reads local HTML files as pages; an unchanged file (same size and mtime) comes back notModified. */
export async function crawlLocal(
  inputs: string[],
  options: CrawlOptions,
  onPage: (page: FetchedPage) => Promise<void>,
  onFailure: (f: FetchFailure) => void | Promise<void>,
): Promise<CrawlStats> {
  const started = Date.now();
  const stats: CrawlStats = {
    requested: 0,
    fetched: 0,
    notModified: 0,
    failed: 0,
    byReason: {},
    durationMs: 0,
    expanded: 0,
    duplicates: 0,
    skipped: 0,
    cancelled: 0,
    retries: 0,
    bytes: 0,
    merged: 0,
  };
  const failures: FetchFailure[] = [];
  const files: string[] = [];
  for (const input of inputs) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      failures.push({ url: input, code: 'unsupported', reason: 'URLs need the fetch stage', attempts: 0 });
    } else htmlFiles(path.resolve(input), files, failures);
  }
  const fail = async (f: FetchFailure): Promise<void> => {
    stats.failed++;
    stats.byReason[f.code] = (stats.byReason[f.code] ?? 0) + 1;
    await onFailure(f);
  };
  for (const f of failures) {
    stats.requested++;
    await fail(f);
  }
  const seen = new Set<string>();
  for (const file of files) {
    if (options.signal?.aborted) {
      stats.cancelled++;
      continue;
    }
    const url = pathToFileURL(file).href;
    if (seen.has(url)) {
      stats.duplicates++;
      continue;
    }
    seen.add(url);
    stats.requested++;
    try {
      const st = statSync(file);
      const etag = fileEtag(st.size, st.mtimeMs);
      const lastModified = st.mtime.toUTCString();
      const known = options.validators?.(url);
      const notModified = known?.etag === etag;
      const body = notModified ? Buffer.alloc(0) : readFileSync(file);
      stats.bytes += body.length;
      if (notModified) stats.notModified++;
      else stats.fetched++;
      await onPage({
        url,
        finalUrl: url,
        status: notModified ? 304 : 200,
        contentType: 'text/html',
        headers: {},
        body,
        fetchedAt: new Date().toISOString(),
        notModified,
        etag,
        lastModified,
      });
    } catch (err) {
      await fail({ url, code: 'read-error', reason: (err as Error).message, attempts: 1 });
    }
  }
  stats.durationMs = Date.now() - started;
  return stats;
}
