// What becomes of a fetched page, decided from what is known of its URL and record: the steps that
// need the run's state. The work between them (parsing, extracting) is done by ./article.ts on this
// thread or by ./page-pool.ts on worker threads; this module loads neither, so a run whose pages go
// to worker threads does not load the extractors on its main thread.
import { createHash } from 'node:crypto';
import type { NewsRecord } from '../../document/record/types.js';
import type { FetchedPage } from '../fetch/types.js';
import type { EmittedRecord, OutRecord } from '../sinks/types.js';
import type { SourceSettings } from './config.js';

/** What became of a page. */
export type PageOutcome =
  | { kind: 'not-modified' }
  | { kind: 'unchanged'; recordId: string | null; bodyHash: string; committed: boolean }
  | { kind: 'failed'; reason: string; detail: string }
  | { kind: 'record'; out: OutRecord; bodyHash: string };

/** The versions a page is compared against: committed ones and those emitted earlier in this run. */
export interface VersionLookup {
  /** the body hash and record id stored for a URL */
  page(url: string): { bodyHash: string | null; recordId: string | null } | undefined;
  /** the latest version and content hash of a record id */
  record(id: string): { version: number; contentHash: string; committed: boolean } | undefined;
}

/** What of a source the parse and extract steps read (plain data: it crosses threads). */
export type PageSource = Pick<SourceSettings, 'outlet' | 'timezone'>;

/** A parsed article whose version is not decided yet. */
export interface ParsedArticle {
  bodyHash: string;
  id: string;
  contentHash: string;
  text: string;
  url: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  fetched: string;
  warnings: string[];
}

/** An article's record, or why none could be made (plain data: it crosses threads). */
export type Extracted = { record: NewsRecord } | { failed: { reason: string; detail: string } };

/** SHA-256 hex of a string or bytes. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The page's bytes are those of a committed record: "unchanged" with nothing to parse, else null. */
export function sameBytes(
  bodyHash: string,
  prev: ReturnType<VersionLookup['page']>,
  prevRecord: ReturnType<VersionLookup['record']>,
): PageOutcome | null {
  return prev?.recordId && prev.bodyHash === bodyHash && prevRecord?.committed
    ? { kind: 'unchanged', recordId: prev.recordId, bodyHash, committed: true }
    : null;
}

/** sameBytes with the page's URL and record looked up in `known`. */
export function sameBytesKnown(
  page: FetchedPage,
  bodyHash: string,
  known: VersionLookup,
): PageOutcome | null {
  const prev = known.page(page.url);
  const maybe = prev?.recordId && prev.bodyHash === bodyHash ? prev.recordId : null;
  return sameBytes(bodyHash, prev, maybe ? known.record(maybe) : undefined);
}

/** "unchanged" when the article's content is that of its last version, else null: it needs extracting. */
export function sameContent(a: ParsedArticle, last: ReturnType<VersionLookup['record']>): PageOutcome | null {
  return last && last.contentHash === a.contentHash
    ? { kind: 'unchanged', recordId: a.id, bodyHash: a.bodyHash, committed: last.committed }
    : null;
}

/** The outcome of an extracted article: the version after `last`, or the failure. */
export function versionOutcome(
  a: ParsedArticle,
  extracted: Extracted,
  last: ReturnType<VersionLookup['record']>,
): PageOutcome {
  if ('failed' in extracted) return { kind: 'failed', ...extracted.failed };
  const { schemaVersion, id: rid, ...rest } = extracted.record;
  const emitted: EmittedRecord = { schemaVersion, id: rid, version: last ? last.version + 1 : 1, ...rest };
  return {
    kind: 'record',
    out: { record: emitted, contentHash: a.contentHash, line: JSON.stringify(emitted) },
    bodyHash: a.bodyHash,
  };
}

/** A parsed article, as opposed to an outcome decided while parsing. */
export const isArticle = (x: ParsedArticle | PageOutcome): x is ParsedArticle => !('kind' in x);
