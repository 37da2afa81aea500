// The fetch stage: polite, resumable, safe fetching of news pages, feeds and sitemaps.
export { crawl } from './crawl.js';
export { normaliseUrl, isHttpUrl } from './url.js';
export { decodeHtml, detectEncoding, type DecodedDocument } from './decode.js';
export { RawStore, StoreError, type StoredPage } from './store.js';
export { FetchStageError, type FailureCode } from './errors.js';
export { DEFAULT_USER_AGENT } from './options.js';
export { isNonPublicAddress } from './address.js';
export type { CrawlOptions, FetchedPage, FetchFailure, CrawlStats, PageHint } from './types.js';
