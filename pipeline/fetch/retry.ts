// When to try a URL again, and how long to wait first.

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so retries of many
 * URLs that failed together spread out. attempt = 1 for the first retry.
 */
export function backoffMs(
  attempt: number,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

/** A Retry-After header (seconds or an HTTP date) as milliseconds from now, or null when absent/invalid. */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** The wait before the next attempt: the server's Retry-After when given (capped), else backoff. */
export function retryDelayMs(
  attempt: number,
  retryAfterMs: number | undefined,
  baseMs: number,
  capMs: number,
  random: () => number = Math.random,
): number {
  if (retryAfterMs !== undefined) return Math.min(capMs, retryAfterMs);
  return backoffMs(attempt, baseMs, capMs, random);
}
