// Stable record ids: the same article gives the same id on every run.
import { createHash } from 'node:crypto';

/** "nf-" + 20 hex digits of SHA-256 over the canonical URL, or over the text when there is no URL. */
export function recordId(url: string | null, text: string): string {
  const key = url ? 'url:' + url : 'text:' + text;
  return 'nf-' + createHash('sha256').update(key).digest('hex').slice(0, 20);
}
