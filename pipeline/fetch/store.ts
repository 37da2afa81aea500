// The raw page store: bodies gzip-compressed under their sha256, and per URL a small JSON of
// headers, URLs and time, so extraction can rerun offline and later runs can ask conditionally.
//   <dir>/bodies/ab/<sha256 of body>.gz
//   <dir>/pages/cd/<sha256 of url>.json   (StoredPage)
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb } from 'node:zlib';
import { NewsfactsError } from '../../document/errors.js';
import type { FetchedPage, PageHint } from './types.js';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

/** The metadata kept for the last fetch of one URL. */
export interface StoredPage {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string | null;
  headers: Record<string, string>;
  fetchedAt: string;
  etag: string | null;
  lastModified: string | null;
  /** sha256 (hex) of the decompressed body; the file is bodies/<2>/<sha>.gz */
  body: string;
  bytes: number;
  hint?: PageHint;
}

/** A store read or write that failed. */
export class StoreError extends NewsfactsError {
  override name = 'StoreError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
  }
}

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes via a temporary file and a rename, so a crash never leaves half a file. */
async function writeAtomic(path: string, data: string | Buffer): Promise<void> {
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(tmp, data);
  await rename(tmp, path);
}

/** Headers worth keeping: session cookies are the site's business, not the archive's. */
function storableHeaders(headers: Record<string, string>): Record<string, string> {
  const { 'set-cookie': _cookie, ...rest } = headers;
  return rest;
}

/** A directory of raw pages. */
export class RawStore {
  constructor(readonly dir: string) {}

  private bodyPath(hash: string): string {
    return join(this.dir, 'bodies', hash.slice(0, 2), `${hash}.gz`);
  }

  private pagePath(url: string): string {
    const h = sha256(url);
    return join(this.dir, 'pages', h.slice(0, 2), `${h}.json`);
  }

  /** Saves a fetched page (the body once per distinct content). */
  async save(page: FetchedPage): Promise<StoredPage> {
    try {
      const hash = sha256(page.body);
      const bodyFile = this.bodyPath(hash);
      if (!(await exists(bodyFile))) {
        await mkdir(join(this.dir, 'bodies', hash.slice(0, 2)), { recursive: true });
        await writeAtomic(bodyFile, await gzip(page.body));
      }
      const meta: StoredPage = {
        url: page.url,
        finalUrl: page.finalUrl,
        status: page.status,
        contentType: page.contentType,
        headers: storableHeaders(page.headers),
        fetchedAt: page.fetchedAt,
        etag: page.etag,
        lastModified: page.lastModified,
        body: hash,
        bytes: page.body.length,
        ...(page.hint ? { hint: page.hint } : {}),
      };
      const pageFile = this.pagePath(page.url);
      await mkdir(join(pageFile, '..'), { recursive: true });
      await writeAtomic(pageFile, JSON.stringify(meta, null, 1));
      return meta;
    } catch (err) {
      throw new StoreError(`cannot store ${page.url} in ${this.dir}`, { cause: err });
    }
  }

  /** The metadata of the last stored fetch of a URL, or null. */
  async lookup(url: string): Promise<StoredPage | null> {
    try {
      return JSON.parse(await readFile(this.pagePath(url), 'utf8')) as StoredPage;
    } catch (err) {
      if ((err as { code?: string }).code === 'ENOENT') return null;
      throw new StoreError(`cannot read the stored page of ${url}`, { cause: err });
    }
  }

  /** The stored page of a URL as a FetchedPage (body included), for offline re-extraction. */
  async load(url: string): Promise<FetchedPage | null> {
    const meta = await this.lookup(url);
    return meta ? this.toPage(meta) : null;
  }

  /** A stored page's metadata with its body read back. */
  async toPage(meta: StoredPage): Promise<FetchedPage> {
    let body: Buffer;
    try {
      body = await gunzip(await readFile(this.bodyPath(meta.body)));
    } catch (err) {
      throw new StoreError(`cannot read the stored body ${meta.body}`, { cause: err });
    }
    return {
      url: meta.url,
      finalUrl: meta.finalUrl,
      status: meta.status,
      contentType: meta.contentType,
      headers: meta.headers,
      body,
      fetchedAt: meta.fetchedAt,
      notModified: false,
      etag: meta.etag,
      lastModified: meta.lastModified,
      ...(meta.hint ? { hint: meta.hint } : {}),
    };
  }

  /** Every stored page's metadata (for an offline rerun over the whole store). */
  async *list(): AsyncGenerator<StoredPage> {
    const root = join(this.dir, 'pages');
    let shards: string[];
    try {
      shards = (await readdir(root)).sort();
    } catch {
      return;
    }
    for (const shard of shards) {
      for (const file of (await readdir(join(root, shard))).sort()) {
        if (!file.endsWith('.json')) continue;
        yield JSON.parse(await readFile(join(root, shard, file), 'utf8')) as StoredPage;
      }
    }
  }
}
