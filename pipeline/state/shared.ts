// The per-URL state as queue workers share it: one interface over the SQLite store (one machine)
// and the PostgreSQL one (any number of machines). Every call is async so either can stand behind it.
import { acquireLock, LockedError } from '../run/lock.js';
import type { CommitRow, PageState, RecordState } from './store.js';
import { StateStore } from './store.js';

export type { CommitRow, PageState, RecordState } from './store.js';

/** What a page was last seen as, for `notePage`. */
export interface PageNote {
  error?: string | null;
  recordId?: string | null;
  /** new validators and body hash; omitted keeps the stored ones */
  validators?: { etag: string | null; lastModified: string | null; bodyHash: string | null };
}

/** A held lock; `release()` when the enqueuing run is over. */
export interface HeldLock {
  release(): Promise<void>;
}

/** The state store of the enqueuing run and the workers. */
export interface SharedState {
  readonly kind: 'sqlite' | 'postgres';
  /** what the last committed work learnt about a URL */
  page(url: string): Promise<PageState | undefined>;
  /** the same for many URLs at once (the enqueuing run decides in batches) */
  pages(urls: readonly string[]): Promise<Map<string, PageState>>;
  /** the committed version of a record */
  record(id: string): Promise<RecordState | undefined>;
  /** a page seen without a new record: not modified, unchanged or failed */
  notePage(url: string, status: string, note?: PageNote): Promise<void>;
  /** record versions delivered to the sinks, committed together */
  commit(rows: readonly CommitRow[]): Promise<void>;
  /** one enqueuing run at a time over this state; null when another holds it */
  tryLock(): Promise<HeldLock | null>;
  close(): Promise<void>;
}

/** Conditional-request validators for a page whose record is committed (as StateStore.validators). */
export function validatorsOf(p: PageState | undefined): { etag?: string; lastModified?: string } | null {
  if (!p || !p.recordId || (!p.etag && !p.lastModified)) return null;
  const v: { etag?: string; lastModified?: string } = {};
  if (p.etag) v.etag = p.etag;
  if (p.lastModified) v.lastModified = p.lastModified;
  return v;
}

/** The SQLite state store behind the shared interface: worker processes of one machine share the file. */
export class SqliteSharedState implements SharedState {
  readonly kind = 'sqlite';
  private readonly store: StateStore;

  constructor(readonly file: string) {
    this.store = new StateStore(file);
  }

  page(url: string): Promise<PageState | undefined> {
    return Promise.resolve(this.store.page(url));
  }

  pages(urls: readonly string[]): Promise<Map<string, PageState>> {
    const out = new Map<string, PageState>();
    for (const url of urls) {
      const p = this.store.page(url);
      if (p) out.set(url, p);
    }
    return Promise.resolve(out);
  }

  record(id: string): Promise<RecordState | undefined> {
    return Promise.resolve(this.store.record(id));
  }

  notePage(url: string, status: string, note: PageNote = {}): Promise<void> {
    this.store.notePage(url, status, note);
    return Promise.resolve();
  }

  commit(rows: readonly CommitRow[]): Promise<void> {
    this.store.commit(rows);
    return Promise.resolve();
  }

  tryLock(): Promise<HeldLock | null> {
    // the same lock file `run` takes, so a queue run and a plain run never overlap on one state
    try {
      const lock = acquireLock(this.file + '.lock');
      return Promise.resolve({ release: () => Promise.resolve(lock.release()) });
    } catch (err) {
      if (err instanceof LockedError) return Promise.resolve(null);
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  close(): Promise<void> {
    this.store.close();
    return Promise.resolve();
  }
}
