// Site profiles: per-outlet selectors and time zone, as data files in ./profiles/*.json, so an
// outlet's redesign is fixed by editing JSON, not code.
import { readJsonFolder } from './data-files.js';

/** One outlet's extraction hints. */
export interface SiteProfile {
  /** short id, the file name */
  id: string;
  /** the outlet's name as the product shows it */
  outlet: string;
  /** host names; a page matches when its host is one of them or a subdomain of one */
  hosts: string[];
  /** minutes east of UTC of the outlet's visible times */
  tzOffsetMinutes?: number;
  /** earlier offsets: local times before `until` used `offsetMinutes` */
  tzChanges?: { until: string; offsetMinutes: number }[];
  /** CSS selectors of the article body, tried in order; all matches of the first that yields text are used */
  body?: string[];
  /** CSS selectors of elements inside the page that are never article text */
  drop?: string[];
  /** CSS selectors of the visible publication date (datetime/content attribute or text) */
  date?: string[];
  /** CSS selectors of author names */
  authors?: string[];
  /** CSS selectors of the headline */
  title?: string[];
}

const profiles = readJsonFolder<SiteProfile>('profiles');

/** All profiles shipped with the parse stage. */
export function allProfiles(): readonly SiteProfile[] {
  return profiles;
}

/** The host of a URL, lower-cased and without "www.", or null. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The profile of the outlet serving `host`, if we have one. */
export function profileForHost(host: string | null): SiteProfile | null {
  if (!host) return null;
  for (const p of profiles) for (const h of p.hosts) if (host === h || host.endsWith('.' + h)) return p;
  return null;
}
