// A link found in a feed or sitemap, made absolute and normalised, or dropped.
import { normaliseUrl } from './url.js';

/** The normalised absolute http(s) URL of a link relative to the document it is in, or null. */
export function resolveLink(href: string | null | undefined, base: string): string | null {
  const h = (href ?? '').trim();
  if (!h) return null;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return normaliseUrl(u.href);
  } catch {
    return null;
  }
}

/** One page link with what its feed or sitemap entry said about it. */
export interface LinkEntry {
  url: string;
  published: string | null;
  modified: string | null;
  title: string | null;
  outlet: string | null;
}
