// One fetched page to one outcome: unchanged, failed (with its reason), or a new record version.
import { createHash } from 'node:crypto';
import { describeError, SchemaError } from '../../document/errors.js';
import { extractRecord } from '../extract/extract.js';
import type { FetchedPage } from '../fetch/types.js';
import { parseHtml } from '../parse/index.js';
import { notTextReason, textTooLongReason } from '../../document/text-check.js';
import { recordId } from '../../document/record/id.js';
import type { NewsRecord } from '../../document/record/types.js';
import type { EmittedRecord, OutRecord } from '../sinks/types.js';
import type { SourceSettings } from './config.js';
import { tzOffsetMinutes } from '../../document/time/index.js';

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

/** SHA-256 hex of a string or bytes. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** The source's UTC offset at an instant (daylight saving), or null when the source sets no zone. */
function zoneOffset(source: SourceSettings, iso: string): number | null {
  if (!source.timezone) return null;
  const at = new Date(iso);
  return tzOffsetMinutes(source.timezone, Number.isNaN(at.getTime()) ? new Date() : at);
}

/** A parsed article whose version is not decided yet: what `processPage` compares and extracts. */
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

/** The page's bytes are those of a committed record: nothing to parse. */
function sameBytes(
  page: FetchedPage,
  bodyHash: string,
  prev: ReturnType<VersionLookup['page']>,
  prevRecord: ReturnType<VersionLookup['record']>,
): PageOutcome | null {
  if (prev?.recordId && prev.bodyHash === bodyHash && prevRecord?.committed) {
    return { kind: 'unchanged', recordId: prev.recordId, bodyHash, committed: true };
  }
  return null;
}

/** Parses a fetched page into an article (or a failed outcome); the record's version is decided later. */
function readArticle(
  page: FetchedPage,
  source: SourceSettings,
  bodyHash: string,
): ParsedArticle | PageOutcome {
  const binary = notTextReason(page.body);
  if (binary) return { kind: 'failed', reason: 'not-text', detail: binary };
  let parsed;
  try {
    // a saved file's page URL is its canonical one: better than file:// for choosing a site profile
    const where = !page.finalUrl || page.finalUrl.startsWith('file:') ? page.url : page.finalUrl;
    parsed = parseHtml(page.body, {
      url: where,
      contentType: page.contentType,
      tzOffsetMinutes: zoneOffset(source, page.hint?.published ?? page.fetchedAt),
      now: new Date(page.fetchedAt),
    });
  } catch (err) {
    return { kind: 'failed', reason: 'parse-error', detail: describeError(err) };
  }
  const text = parsed.text;
  if (!text.trim())
    return { kind: 'failed', reason: 'no-text', detail: parsed.warnings.join('; ') || 'no body text' };
  const tooLong = textTooLongReason(text); // the limit `run --max-text-bytes` set
  if (tooLong) return { kind: 'failed', reason: 'too-long', detail: tooLong };

  const url = parsed.url ?? page.url;
  const title = parsed.title ?? page.hint?.title ?? null;
  const published = parsed.published ?? page.hint?.published ?? null;
  const outlet = source.outlet ?? parsed.outlet ?? page.hint?.outlet ?? null;
  return {
    bodyHash,
    id: recordId(url, text),
    contentHash: sha256(JSON.stringify([url, title, published, outlet, text])),
    text,
    url,
    title,
    published,
    outlet,
    fetched: page.fetchedAt,
    warnings: parsed.warnings,
  };
}

/** The record version of an article, or "unchanged" when its content is that of the last version. */
function emitVersion(
  a: ParsedArticle,
  source: SourceSettings,
  last: ReturnType<VersionLookup['record']>,
): PageOutcome {
  if (last && last.contentHash === a.contentHash) {
    return { kind: 'unchanged', recordId: a.id, bodyHash: a.bodyHash, committed: last.committed };
  }
  const version = last ? last.version + 1 : 1;
  const tz = zoneOffset(source, a.published ?? a.fetched);

  let record: NewsRecord;
  try {
    record = extractRecord({
      text: a.text,
      url: a.url,
      outlet: a.outlet,
      title: a.title,
      published: a.published,
      fetched: a.fetched,
      tzOffsetMinutes: tz,
      warnings: a.warnings,
    });
  } catch (err) {
    // extractRecord repairs what it can; a SchemaError means no valid record could be made
    const reason = err instanceof SchemaError ? 'invalid-record' : 'extract-error';
    return { kind: 'failed', reason, detail: describeError(err) };
  }
  const { schemaVersion, id: rid, ...rest } = record;
  const emitted: EmittedRecord = { schemaVersion, id: rid, version, ...rest };
  return {
    kind: 'record',
    out: { record: emitted, contentHash: a.contentHash, line: JSON.stringify(emitted) },
    bodyHash: a.bodyHash,
  };
}

const isArticle = (x: ParsedArticle | PageOutcome): x is ParsedArticle => !('kind' in x);

/** Decides what a fetched page yields; never throws (a broken page is a "failed" outcome). */
export function processPage(page: FetchedPage, source: SourceSettings, known: VersionLookup): PageOutcome {
  if (page.notModified) return { kind: 'not-modified' };
  const bodyHash = sha256(page.body);
  const prev = known.page(page.url);
  const maybe = prev?.recordId && prev.bodyHash === bodyHash ? prev.recordId : null;
  const same = sameBytes(page, bodyHash, prev, maybe ? known.record(maybe) : undefined);
  if (same) return same;
  const article = readArticle(page, source, bodyHash);
  if (!isArticle(article)) return article;
  return emitVersion(article, source, known.record(article.id));
}

/** VersionLookup whose answers come from a shared store (the queue workers' PostgreSQL state). */
export interface AsyncVersionLookup {
  page(url: string): Promise<ReturnType<VersionLookup['page']>>;
  record(id: string): Promise<ReturnType<VersionLookup['record']>>;
}

/** processPage with the lookups awaited: the same steps, for stores that answer asynchronously. */
export async function processPageAsync(
  page: FetchedPage,
  source: SourceSettings,
  known: AsyncVersionLookup,
): Promise<PageOutcome> {
  if (page.notModified) return { kind: 'not-modified' };
  const bodyHash = sha256(page.body);
  const prev = await known.page(page.url);
  const maybe = prev?.recordId && prev.bodyHash === bodyHash ? prev.recordId : null;
  const same = sameBytes(page, bodyHash, prev, maybe ? await known.record(maybe) : undefined);
  if (same) return same;
  const article = readArticle(page, source, bodyHash);
  if (!isArticle(article)) return article;
  return emitVersion(article, source, await known.record(article.id));
}
