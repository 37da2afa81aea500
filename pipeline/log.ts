// Logs are JSON lines on stderr (stdout carries data only), one shape for every command: pino's
// {"level":40,"time":...,"msg":"page failed","url"|"line":...,"reason":...,"detail":...}.
import { pino } from 'pino';
import type { Logger } from 'pino';

let logger: Logger | null = null;
let destination: NodeJS.WritableStream | null = null;

/** The process logger; the level comes from --log-level or NEWSFACTS_LOG_LEVEL (default "warn"). */
export function getLogger(): Logger {
  logger ??= pino(
    { level: process.env['NEWSFACTS_LOG_LEVEL'] ?? 'warn', base: null },
    destination ?? pino.destination(2),
  );
  return logger;
}

/** Sets the log level for the rest of the process. */
export function setLogLevel(level: string): void {
  getLogger().level = level;
}

/** Sends logs to a stream instead of stderr (null: back to stderr); for a CLI run in-process. */
export function setLogDestination(stream: NodeJS.WritableStream | null): void {
  if (stream === destination && logger) return;
  const level = logger?.level;
  destination = stream;
  logger = null;
  if (level) getLogger().level = level;
}
