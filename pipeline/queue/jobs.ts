// A page job: what the enqueuing run hands a worker, and when a page is worth a job at all.
import { createHash } from 'node:crypto';
import type { CrawlOptions, PageHint } from '../fetch/types.js';
import type { SourceSettings } from '../run/config.js';
import type { PageState } from '../state/shared.js';

/** The crawl settings a job carries: CrawlOptions without the callbacks, which cannot travel. */
export type JobCrawl = Omit<CrawlOptions, 'validators' | 'skip' | 'signal' | 'onRequest' | 'lookup'>;

/** A source as a job carries it (its settings travel with each page, so workers need no config). */
export interface JobSource {
  name: string;
  outlet: string | null;
  timezone: string | null;
  profile: string | null;
  crawl: JobCrawl;
}

/** The data of one page job. */
export interface PageJob {
  /** the normalised page URL (a saved page: its canonical URL, else its file:// URL) */
  url: string;
  /** a saved page: the file to read instead of fetching */
  file?: string;
  hint?: PageHint;
  source: JobSource;
  /** the enqueuing run that added the job */
  runId: string;
}

/** What a worker returns for a completed job (kept with the job in Redis for a while). */
export interface PageResult {
  outcome: 'new' | 'updated' | 'unchanged' | 'not-modified';
  id?: string;
  version?: number;
}

/** The job id of a page: from its normalised URL, so one page is one job however often it is offered. */
export function pageJobId(url: string): string {
  // BullMQ refuses ":" and plain integers in custom ids; a hash has neither and bounds the length
  return 'p' + createHash('sha256').update(url).digest('hex').slice(0, 40);
}

/** A source's settings as a job carries them. */
export function jobSource(s: SourceSettings): JobSource {
  const crawl: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.crawl)) if (typeof v !== 'function' && k !== 'signal') crawl[k] = v;
  return {
    name: s.name,
    outlet: s.outlet,
    timezone: s.timezone,
    profile: s.profile,
    crawl: crawl,
  };
}

/** A job's source back as the settings processPage takes. */
export function sourceSettings(s: JobSource): SourceSettings {
  return {
    name: s.name,
    inputs: [],
    outlet: s.outlet,
    timezone: s.timezone,
    profile: s.profile,
    crawl: s.crawl,
  };
}

/** Why a discovered page gets a job, or null when the state says it is unchanged. */
export type DueReason = 'new' | 'failed' | 'changed' | 'recheck';

/** Failures that another try may cure soon (the codes the fetch stage retries, 429, 408, a sink). */
const TRANSIENT = /^(network|timeout|connection|http-5xx|dns|sink|state)\b|^http-4xx: HTTP (429|408)\b/;

/**
 * Whether a page needs a job. A page with a committed record is left out unless the feed or
 * sitemap (or the saved file's time) says it changed after it was last checked, or it was last
 * checked `recheckMs` ago or more. A page never seen gets a job; so does one whose last failure may
 * pass (a timeout, a 5xx, a 429), while one that failed for good (robots.txt, a 404, not HTML)
 * waits for the recheck like an unchanged page.
 */
export function pageDue(
  state: PageState | undefined,
  modified: string | null | undefined,
  now: number,
  recheckMs: number,
): DueReason | null {
  if (!state) return 'new';
  const checked = state.lastChecked ? Date.parse(state.lastChecked) : NaN;
  const stale = Number.isNaN(checked) || now - checked >= recheckMs;
  if (state.lastStatus === 'failed') return TRANSIENT.test(state.lastError ?? '') || stale ? 'failed' : null;
  if (!state.recordId) return 'new';
  if (modified && !Number.isNaN(checked)) {
    const m = Date.parse(modified);
    if (!Number.isNaN(m) && m > checked) return 'changed';
  }
  return stale ? 'recheck' : null;
}
