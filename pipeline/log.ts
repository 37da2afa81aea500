// Logs are JSON lines on stderr (stdout carries data only).
import { pino } from 'pino';
import type { Logger } from 'pino';

let logger: Logger | null = null;

/** The process logger; the level comes from --log-level or NEWSFACTS_LOG_LEVEL (default "warn"). */
export function getLogger(): Logger {
  logger ??= pino({ level: process.env['NEWSFACTS_LOG_LEVEL'] ?? 'warn', base: null }, pino.destination(2));
  return logger;
}

/** Sets the log level for the rest of the process. */
export function setLogLevel(level: string): void {
  getLogger().level = level;
}
