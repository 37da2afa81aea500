// URL normalisation: one spelling per page, so a run fetches each page once.
import { isIP } from 'node:net';
import { TRACKING_PARAMS, TRACKING_PREFIXES } from './tracking-params.js';

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' };
const UNRESERVED = /%(2[DdEe]|3[0-9]|4[1-9A-Fa-f]|5[0-9Aa]|5[Ff]|6[1-9A-Fa-f]|7[0-9Aa]|7[Ee])/g;

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/** Percent-escapes of unreserved characters decoded, the others upper-cased, so equal URLs compare equal. */
function normaliseEscapes(part: string): string {
  return part
    .replace(UNRESERVED, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/%[0-9a-f]{2}/gi, (m) => m.toUpperCase());
}

/**
 * The de-duplication key and request URL of a page: no fragment, no tracking parameters,
 * lower-case scheme and host (IDN as punycode), no default port, no trailing dot on the host,
 * "/" for an empty path, canonical percent-escapes. Other trailing slashes are kept ("/a" and
 * "/a/" can be different pages). Throws TypeError on a string that is not a URL.
 */
export function normaliseUrl(url: string): string {
  const u = new URL(url.trim());
  u.hash = '';
  if (u.protocol === 'http:' || u.protocol === 'https:') {
    if (u.hostname.endsWith('.')) u.hostname = u.hostname.replace(/\.+$/, '');
    if (u.port === DEFAULT_PORTS[u.protocol]) u.port = '';
    u.username = '';
    u.password = '';
  }
  if (!u.search) {
    u.search = ''; // drops a bare "?"
  } else {
    const kept: string[] = [];
    for (const pair of u.search.slice(1).split('&')) {
      if (!pair) continue;
      const name = decodeURIComponentSafe(pair.split('=')[0] ?? '');
      if (!isTracking(name)) kept.push(normaliseEscapes(pair));
    }
    u.search = kept.length ? `?${kept.join('&')}` : '';
  }
  u.pathname = normaliseEscapes(u.pathname) || '/';
  return u.href;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
}

/** Whether a string is an absolute http(s) URL. */
export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
  } catch {
    return false;
  }
}

/** The key politeness is counted by: the host name without port or scheme. */
export function hostKey(url: string): string {
  return new URL(url).hostname;
}

/** scheme://host:port, the scope of one robots.txt (RFC 9309). */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/** The host as an IP literal (brackets removed), or null for a name. */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return isIP(bare) ? bare : null;
}
