// One run at a time per state store. The lock is an exclusive SQLite transaction on a lock file
// beside the state: the operating system drops it when the process dies, even by SIGKILL, so a
// crashed run never leaves a stale lock behind.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { NewsfactsError } from '../../document/errors.js';

/** Another run holds the lock (exit code 75, EX_TEMPFAIL: try again later). */
export class LockedError extends NewsfactsError {
  override name = 'LockedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('locked', message, options);
  }
}

/** A held run lock; release() when the run is over. */
export interface RunLock {
  readonly file: string;
  release(): void;
}

/** Takes the lock on `file` without waiting, or throws LockedError. */
export function acquireLock(file: string): RunLock {
  let db: Db;
  try {
    db = new Database(file);
  } catch (err) {
    throw new NewsfactsError('state', `cannot open the lock file ${file}`, { cause: err });
  }
  try {
    db.pragma('busy_timeout = 0');
    db.pragma('journal_mode = DELETE');
    db.exec('BEGIN EXCLUSIVE');
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      throw new LockedError(`another run holds the lock ${file}`, { cause: err });
    }
    throw new NewsfactsError('state', `cannot lock ${file}`, { cause: err });
  }
  let held = true;
  return {
    file,
    release(): void {
      if (!held) return;
      held = false;
      try {
        db.exec('ROLLBACK');
      } finally {
        db.close();
      }
    },
  };
}
