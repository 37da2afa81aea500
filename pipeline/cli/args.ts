// Checks of command-line values shared by the subcommands: a bad value is a usage error (exit 2)
// that names the option, never a record that fails the schema later.
import { InvalidArgumentError } from 'commander';

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * Whether a string is an ISO 8601 date or date-time that exists: 2025-11-26, 2025-11-26T12:00,
 * 2025-11-26T12:00:00+05:00, ...Z; 2025-02-30 and 2025-13-45T99:00:00 are not.
 */
export function isIsoTimestamp(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second, , offH, offM] = m
    .slice(1)
    .map((g) => (g === undefined ? 0 : Number(g)));
  if (year === undefined || month === undefined || day === undefined) return false;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return false;
  return (offH ?? 0) <= 14 && (offM ?? 0) <= 59;
}

/** Commander parser for an ISO 8601 option value. */
export function isoArgument(value: string): string {
  if (!isIsoTimestamp(value))
    throw new InvalidArgumentError('Not an ISO 8601 date or time, e.g. 2025-11-26T12:00:00+05:00');
  return value;
}

/** Commander parser for a size in bytes (--max-text-bytes): a whole number from 1. */
export function bytesArgument(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError('Give a whole number of bytes, at least 1');
  return n;
}

/** The log levels --log-level takes. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** Commander parser for --log-level. */
export function logLevelArgument(value: string): string {
  if (!(LOG_LEVELS as readonly string[]).includes(value))
    throw new InvalidArgumentError(`Use one of ${LOG_LEVELS.join(', ')}`);
  return value;
}
