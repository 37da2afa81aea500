// The run summary: a JSON file in the output folder and one human line on stderr.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describeError, NewsfactsError } from '../../document/errors.js';

/** The summary's file name in the output folder. */
export const SUMMARY_FILE = 'run-summary.json';

/** What one run did. */
export interface RunSummary {
  runId: string;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  status: 'ok' | 'partial' | 'interrupted' | 'fatal';
  exitCode: number;
  sources: number;
  /** pages asked for (fetched + not modified + failed at fetch) */
  requested: number;
  /** pages whose bytes came back */
  fetched: number;
  /** 304 or unchanged file: nothing fetched */
  notModified: number;
  /** fetched, but the same bytes or the same article as last time */
  unchanged: number;
  /** records emitted: new ids plus new versions of known ids */
  extracted: number;
  new: number;
  updated: number;
  failed: number;
  byReason: Record<string, number>;
  /** pages received after a stop was asked for, left for the next run */
  cancelled: number;
  /** completed JSON Lines files written by this run */
  files: string[];
  sinks: string[];
  /** what the run repaired after a killed predecessor */
  recovered: { runs: number; committed: number; dropped: number };
  /** failed pages with their reasons (the first 500) */
  failures: { url: string; reason: string; detail: string }[];
  error?: string;
}

const plural = (n: number, word: string): string => `${n} ${word}`;

/** The one human line for stderr. */
export function summaryLine(s: RunSummary): string {
  const reasons = Object.entries(s.byReason)
    .sort((a, b) => b[1] - a[1])
    .map(([r, n]) => `${r} ${n}`)
    .join(', ');
  const parts = [
    plural(s.fetched, 'fetched'),
    `${s.notModified + s.unchanged} skipped unchanged`,
    `${s.extracted} extracted (${s.new} new, ${s.updated} updated)`,
    `${s.failed} failed${reasons ? ` (${reasons})` : ''}`,
  ];
  const secs = (s.durationMs / 1000).toFixed(1);
  let tail = '';
  if (s.status === 'fatal') tail = ` — stopped: ${s.error ?? 'fatal error'}`;
  else if (s.status === 'interrupted') tail = ' — interrupted; the next run goes on from here';
  else if (s.extracted === 0 && s.failed === 0) tail = ' — nothing new';
  return `newsfacts run: ${parts.join(', ')} in ${secs} s${tail}`;
}

/** The file system calls an atomic write makes (a test passes failing ones in). */
export interface AtomicWriteFs {
  openSync: (file: string, flags: string) => number;
  writeSync: (fd: number, buf: Buffer, offset: number, length: number) => number;
  fsyncSync: (fd: number) => void;
  closeSync: (fd: number) => void;
  renameSync: (from: string, to: string) => void;
  unlinkSync: (file: string) => void;
}

const NODE_FS: AtomicWriteFs = { openSync, writeSync, fsyncSync, closeSync, renameSync, unlinkSync };

/** A file that could not be written; the previous one, if any, is left as it was. */
export class AtomicWriteError extends NewsfactsError {
  override name = 'AtomicWriteError';
  constructor(
    readonly file: string,
    options: { cause?: unknown },
  ) {
    super('output', `cannot write ${file}`, options);
  }
}

/**
 * Writes a file by a temporary name, fsync and a rename, so readers never see half of it. On any
 * failure (a full disk) the temporary file is removed and the old file stays: never an empty one.
 */
export function writeFileAtomic(file: string, text: string, fs: AtomicWriteFs = NODE_FS): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  const buf = Buffer.from(text, 'utf8');
  let fd: number | null = null;
  try {
    fd = fs.openSync(tmp, 'w');
    for (let off = 0; off < buf.length;) {
      const n = fs.writeSync(fd, buf, off, buf.length - off);
      if (n <= 0) throw new Error(`wrote ${off} of ${buf.length} bytes`);
      off += n;
    }
    fs.fsyncSync(fd); // a full disk may only tell at fsync; the rename must not come first
    const open = fd;
    fd = null;
    fs.closeSync(open);
    fs.renameSync(tmp, file);
  } catch (err) {
    if (fd !== null) {
      try {
        fs.closeSync(fd);
      } catch {
        // the write already failed; that error is the one to report
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // never created, or already gone
    }
    throw new AtomicWriteError(file, { cause: err });
  }
}

/** Writes the summary as run-summary.json in the output folder, atomically. */
export function writeRunSummary(dir: string, s: RunSummary, fs: AtomicWriteFs = NODE_FS): string {
  const file = path.join(dir, SUMMARY_FILE);
  writeFileAtomic(file, JSON.stringify(s, null, 2) + '\n', fs);
  return file;
}

/** What ending a run or an enqueuing run writes into its summary. */
export interface RunEnding {
  finishedAt: string;
  durationMs: number;
  status: 'ok' | 'partial' | 'interrupted' | 'fatal';
  exitCode: number;
  failed: number;
  error?: string;
}

/**
 * Stamps the end time and decides status and exit code: fatal (1) on an error that stopped the run,
 * else interrupted or partial (3) when stopped by a signal or when something failed, else as it was.
 */
export function endRun(s: RunEnding, started: Date, fatal: unknown, interrupted: boolean): void {
  const finished = new Date();
  s.finishedAt = finished.toISOString();
  s.durationMs = finished.getTime() - started.getTime();
  if (fatal) {
    s.status = 'fatal';
    s.exitCode = 1;
    s.error = describeError(fatal);
  } else if (interrupted) {
    s.status = 'interrupted';
    s.exitCode = 3;
  } else if (s.failed > 0) {
    s.status = 'partial';
    s.exitCode = 3;
  }
}
