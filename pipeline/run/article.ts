// One fetched page to one outcome on this thread: parse it, decide its version (./page-outcome.ts),
// extract it. ./page-worker.ts runs the same parse and extract steps on worker threads.
import { describeError, SchemaError } from '../../document/errors.js';
import { extractRecord } from '../extract/extract.js';
import type { FetchedPage } from '../fetch/types.js';
import { parseHtml } from '../parse/index.js';
import { notTextReason, textTooLongReason } from '../../document/text-check.js';
import { recordId } from '../../document/record/id.js';
import { tzOffsetMinutes } from '../../document/time/index.js';
import { isArticle, sameBytes, sameBytesKnown, sameContent, sha256, versionOutcome } from './page-outcome.js';
import type { Extracted, PageOutcome, PageSource, ParsedArticle, VersionLookup } from './page-outcome.js';

export type { PageOutcome, ParsedArticle, VersionLookup } from './page-outcome.js';
export { sha256 } from './page-outcome.js';

/** The source's UTC offset at an instant (daylight saving), or null when the source sets no zone. */
function zoneOffset(source: PageSource, iso: string): number | null {
  if (!source.timezone) return null;
  const at = new Date(iso);
  return tzOffsetMinutes(source.timezone, Number.isNaN(at.getTime()) ? new Date() : at);
}

/**
 * Parses a fetched page into an article (or a failed outcome); the record's version is decided
 * later. `maxTextBytes` defaults to the limit `run --max-text-bytes` set for this process.
 */
export function readArticle(
  page: FetchedPage,
  source: PageSource,
  bodyHash: string,
  maxTextBytes?: number,
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
  const tooLong = textTooLongReason(text, maxTextBytes);
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

/** The record of a parsed article, or why none could be made; never throws. */
export function extractArticle(a: ParsedArticle, source: PageSource): Extracted {
  try {
    return {
      record: extractRecord({
        text: a.text,
        url: a.url,
        outlet: a.outlet,
        title: a.title,
        published: a.published,
        fetched: a.fetched,
        tzOffsetMinutes: zoneOffset(source, a.published ?? a.fetched),
        warnings: a.warnings,
      }),
    };
  } catch (err) {
    // extractRecord repairs what it can; a SchemaError means no valid record could be made
    const reason = err instanceof SchemaError ? 'invalid-record' : 'extract-error';
    return { failed: { reason, detail: describeError(err) } };
  }
}

/** Decides what a fetched page yields; never throws (a broken page is a "failed" outcome). */
export function processPage(page: FetchedPage, source: PageSource, known: VersionLookup): PageOutcome {
  if (page.notModified) return { kind: 'not-modified' };
  const bodyHash = sha256(page.body);
  const same = sameBytesKnown(page, bodyHash, known);
  if (same) return same;
  const article = readArticle(page, source, bodyHash);
  if (!isArticle(article)) return article;
  const last = known.record(article.id);
  return sameContent(article, last) ?? versionOutcome(article, extractArticle(article, source), last);
}

/** VersionLookup whose answers come from a shared store (the queue workers' PostgreSQL state). */
export interface AsyncVersionLookup {
  page(url: string): Promise<ReturnType<VersionLookup['page']>>;
  record(id: string): Promise<ReturnType<VersionLookup['record']>>;
}

/** processPage with the lookups awaited: the same steps, for stores that answer asynchronously. */
export async function processPageAsync(
  page: FetchedPage,
  source: PageSource,
  known: AsyncVersionLookup,
): Promise<PageOutcome> {
  if (page.notModified) return { kind: 'not-modified' };
  const bodyHash = sha256(page.body);
  const prev = await known.page(page.url);
  const maybe = prev?.recordId && prev.bodyHash === bodyHash ? prev.recordId : null;
  const same = sameBytes(bodyHash, prev, maybe ? await known.record(maybe) : undefined);
  if (same) return same;
  const article = readArticle(page, source, bodyHash);
  if (!isArticle(article)) return article;
  const last = await known.record(article.id);
  return sameContent(article, last) ?? versionOutcome(article, extractArticle(article, source), last);
}
