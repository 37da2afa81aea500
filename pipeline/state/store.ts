// The incremental state of a run folder, in SQLite (WAL): what each URL gave last time (validators,
// body hash, record id) and each record's version, plus the "pending" rows of records written to
// the sinks but not yet known to be delivered. A record moves from pending to committed only once
// its JSON Lines output is durable, so a run killed at any moment is repaired by the next one.
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { NewsfactsError } from '../../document/errors.js';

/** What the state remembers of one URL. */
export interface PageState {
  url: string;
  recordId: string | null;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  lastStatus: string;
  lastError: string | null;
  /** ISO 8601: when the page was last fetched or read (null in states written before this field) */
  lastChecked: string | null;
}

/** The committed version of one record. */
export interface RecordState {
  id: string;
  version: number;
  contentHash: string;
}

/** A record written to the sinks whose delivery is not confirmed yet. */
export interface PendingRow {
  runId: string;
  /** where the JSON Lines copy goes: "segment:<final file>", "append:<file>" or "none" */
  target: string;
  /** the temporary file of a segment target, removed when the run died before its rename */
  tmp: string | null;
  pageUrl: string;
  recordId: string;
  recordUrl: string | null;
  version: number;
  contentHash: string;
  bodyHash: string | null;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: string | null;
}

/** A delivered record version to commit, with what its page looked like. */
export type CommitRow = Omit<PendingRow, 'target' | 'tmp' | 'fetchedAt'>;

/** A run as the state remembers it. */
export interface RunRow {
  id: string;
  pid: number;
  startedAt: string;
  finishedAt: string | null;
  status: string;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS pages (
  url           TEXT PRIMARY KEY,
  record_id     TEXT,
  etag          TEXT,
  last_modified TEXT,
  body_hash     TEXT,
  last_status   TEXT NOT NULL,
  last_error    TEXT,
  first_seen    TEXT NOT NULL,
  last_checked  TEXT NOT NULL,
  last_changed  TEXT
);
CREATE TABLE IF NOT EXISTS records (
  id            TEXT PRIMARY KEY,
  url           TEXT,
  version       INTEGER NOT NULL,
  content_hash  TEXT NOT NULL,
  first_seen    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  run_id        TEXT
);
CREATE TABLE IF NOT EXISTS pending (
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  run_id        TEXT NOT NULL,
  target        TEXT NOT NULL,
  tmp           TEXT,
  page_url      TEXT NOT NULL,
  record_id     TEXT NOT NULL,
  record_url    TEXT,
  version       INTEGER NOT NULL,
  content_hash  TEXT NOT NULL,
  body_hash     TEXT,
  etag          TEXT,
  last_modified TEXT,
  fetched_at    TEXT
);
CREATE INDEX IF NOT EXISTS pending_target ON pending (target);
CREATE TABLE IF NOT EXISTS runs (
  id            TEXT PRIMARY KEY,
  pid           INTEGER NOT NULL,
  started_at    TEXT NOT NULL,
  finished_at   TEXT,
  status        TEXT NOT NULL,
  summary       TEXT
);
CREATE TABLE IF NOT EXISTS meta (
  key           TEXT PRIMARY KEY,
  value         TEXT NOT NULL
);
`;

interface PageDbRow {
  url: string;
  record_id: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  last_status: string;
  last_error: string | null;
  last_checked: string | null;
}

interface PendingDbRow {
  run_id: string;
  target: string;
  tmp: string | null;
  page_url: string;
  record_id: string;
  record_url: string | null;
  version: number;
  content_hash: string;
  body_hash: string | null;
  etag: string | null;
  last_modified: string | null;
  fetched_at: string | null;
}

/** The state store of one output folder (or --state FILE). */
export class StateStore {
  private readonly db: Db;
  private readonly getPage: Statement;
  private readonly getRecord: Statement;
  private readonly insertPending: Statement;
  private readonly upsertRecord: Statement;
  private readonly upsertPageCommitted: Statement;
  private readonly touchPage: Statement;
  private readonly deletePendingTarget: Statement;

  constructor(readonly file: string) {
    try {
      this.db = new Database(file);
      this.db.pragma('journal_mode = WAL');
      // FULL: a committed state row must survive a power cut as surely as the fsynced output does
      this.db.pragma('synchronous = FULL');
      this.db.pragma('busy_timeout = 5000');
      this.db.exec(SCHEMA);
    } catch (err) {
      throw new NewsfactsError('state', `cannot open the state store ${file}`, { cause: err });
    }
    this.getPage = this.db.prepare('SELECT * FROM pages WHERE url = ?');
    this.getRecord = this.db.prepare('SELECT id, version, content_hash FROM records WHERE id = ?');
    this.insertPending = this.db.prepare(
      `INSERT INTO pending (run_id, target, tmp, page_url, record_id, record_url, version, content_hash,
         body_hash, etag, last_modified, fetched_at)
       VALUES (@runId, @target, @tmp, @pageUrl, @recordId, @recordUrl, @version, @contentHash,
         @bodyHash, @etag, @lastModified, @fetchedAt)`,
    );
    this.upsertRecord = this.db.prepare(
      `INSERT INTO records (id, url, version, content_hash, first_seen, updated_at, run_id)
       VALUES (@record_id, @record_url, @version, @content_hash, @now, @now, @run_id)
       ON CONFLICT (id) DO UPDATE SET url = excluded.url, version = excluded.version,
         content_hash = excluded.content_hash, updated_at = excluded.updated_at, run_id = excluded.run_id
       WHERE excluded.version >= records.version`,
    );
    this.upsertPageCommitted = this.db.prepare(
      `INSERT INTO pages (url, record_id, etag, last_modified, body_hash, last_status, last_error,
         first_seen, last_checked, last_changed)
       VALUES (@page_url, @record_id, @etag, @last_modified, @body_hash, @status, NULL, @now, @now, @now)
       ON CONFLICT (url) DO UPDATE SET record_id = excluded.record_id, etag = excluded.etag,
         last_modified = excluded.last_modified, body_hash = excluded.body_hash,
         last_status = excluded.last_status, last_error = NULL, last_checked = excluded.last_checked,
         last_changed = excluded.last_changed`,
    );
    this.touchPage = this.db.prepare(
      `INSERT INTO pages (url, record_id, etag, last_modified, body_hash, last_status, last_error,
         first_seen, last_checked)
       VALUES (@url, @recordId, @etag, @lastModified, @bodyHash, @status, @error, @now, @now)
       ON CONFLICT (url) DO UPDATE SET
         record_id = coalesce(excluded.record_id, pages.record_id),
         etag = CASE WHEN @keepValidators THEN pages.etag ELSE excluded.etag END,
         last_modified = CASE WHEN @keepValidators THEN pages.last_modified ELSE excluded.last_modified END,
         body_hash = CASE WHEN @keepValidators THEN pages.body_hash ELSE excluded.body_hash END,
         last_status = excluded.last_status, last_error = excluded.last_error,
         last_checked = excluded.last_checked`,
    );
    this.deletePendingTarget = this.db.prepare('DELETE FROM pending WHERE target = ?');
  }

  /** What the last committed run learnt about a URL. */
  page(url: string): PageState | undefined {
    const r = this.getPage.get(url) as PageDbRow | undefined;
    if (!r) return undefined;
    return {
      url: r.url,
      recordId: r.record_id,
      etag: r.etag,
      lastModified: r.last_modified,
      bodyHash: r.body_hash,
      lastStatus: r.last_status,
      lastError: r.last_error,
      lastChecked: r.last_checked,
    };
  }

  /** Conditional-request validators for a URL whose record is committed, else null. */
  validators(url: string): { etag?: string; lastModified?: string } | null {
    const p = this.page(url);
    if (!p || !p.recordId || (!p.etag && !p.lastModified)) return null;
    const v: { etag?: string; lastModified?: string } = {};
    if (p.etag) v.etag = p.etag;
    if (p.lastModified) v.lastModified = p.lastModified;
    return v;
  }

  /** The committed version of a record, if any. */
  record(id: string): RecordState | undefined {
    const r = this.getRecord.get(id) as { id: string; version: number; content_hash: string } | undefined;
    return r ? { id: r.id, version: r.version, contentHash: r.content_hash } : undefined;
  }

  /** Records a page seen without a new record: unchanged, failed, or changed bytes with the same content. */
  notePage(
    url: string,
    status: string,
    options: {
      error?: string | null;
      recordId?: string | null;
      /** new validators and body hash; omitted keeps the stored ones */
      validators?: { etag: string | null; lastModified: string | null; bodyHash: string | null };
    } = {},
  ): void {
    const v = options.validators;
    this.touchPage.run({
      url,
      recordId: options.recordId ?? null,
      etag: v?.etag ?? null,
      lastModified: v?.lastModified ?? null,
      bodyHash: v?.bodyHash ?? null,
      keepValidators: v ? 0 : 1,
      status,
      error: options.error ?? null,
      now: new Date().toISOString(),
    });
  }

  /** Records, in one transaction, the intent to deliver a batch. */
  addPending(rows: readonly PendingRow[]): void {
    this.db
      .transaction(() => {
        for (const r of rows) this.insertPending.run(r);
      })
      .immediate();
  }

  /** Commits the pending rows of a target (all, or only the delivered id/versions) and drops the rest. */
  settle(target: string, delivered?: ReadonlySet<string>, meta?: Record<string, string>): number {
    let promoted = 0;
    this.db
      .transaction(() => {
        const rows = this.db
          .prepare('SELECT * FROM pending WHERE target = ? ORDER BY seq')
          .all(target) as PendingDbRow[];
        const now = new Date().toISOString();
        for (const r of rows) {
          if (delivered && !delivered.has(`${r.record_id}@${r.version}`)) continue;
          this.upsertRecord.run({ ...r, now });
          this.upsertPageCommitted.run({ ...r, status: r.version === 1 ? 'new' : 'updated', now });
          promoted++;
        }
        this.deletePendingTarget.run(target);
        for (const [k, v] of Object.entries(meta ?? {})) this.setMeta(k, v);
      })
      .immediate();
    return promoted;
  }

  /**
   * Commits delivered record versions at once, without the pending step: for queue workers, whose
   * sinks are written before this and whose job is acknowledged after it (a repeat is an upsert).
   */
  commit(rows: readonly CommitRow[]): void {
    this.db
      .transaction(() => {
        const now = new Date().toISOString();
        for (const r of rows) {
          const row = {
            page_url: r.pageUrl,
            record_id: r.recordId,
            record_url: r.recordUrl,
            version: r.version,
            content_hash: r.contentHash,
            body_hash: r.bodyHash,
            etag: r.etag,
            last_modified: r.lastModified,
            run_id: r.runId,
            now,
          };
          this.upsertRecord.run(row);
          // a late repeat of an older version (a job redone after a kill) leaves the page as it is
          const stored = this.getRecord.get(r.recordId) as { version: number } | undefined;
          if (stored && stored.version > r.version) continue;
          this.upsertPageCommitted.run({ ...row, status: r.version === 1 ? 'new' : 'updated' });
        }
      })
      .immediate();
  }

  /** The distinct targets that have pending rows, with the temporary files they name. */
  pendingTargets(): { target: string; tmp: string | null; count: number }[] {
    return this.db
      .prepare('SELECT target, max(tmp) AS tmp, count(*) AS count FROM pending GROUP BY target')
      .all() as { target: string; tmp: string | null; count: number }[];
  }

  /** Starts a run row. */
  beginRun(id: string, startedAt: string): void {
    this.db
      .prepare('INSERT INTO runs (id, pid, started_at, status) VALUES (?, ?, ?, ?)')
      .run(id, process.pid, startedAt, 'running');
  }

  /** Closes a run row with its summary. */
  finishRun(id: string, status: string, summary: unknown): void {
    this.db
      .prepare('UPDATE runs SET finished_at = ?, status = ?, summary = ? WHERE id = ?')
      .run(new Date().toISOString(), status, JSON.stringify(summary), id);
  }

  /** Runs that never finished (killed), oldest first; marks them as such. */
  abandonRuns(): RunRow[] {
    const rows = (
      this.db
        .prepare(
          "SELECT id, pid, started_at, finished_at, status FROM runs WHERE status = 'running' ORDER BY started_at",
        )
        .all() as {
        id: string;
        pid: number;
        started_at: string;
        finished_at: string | null;
        status: string;
      }[]
    ).map((r) => ({
      id: r.id,
      pid: r.pid,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      status: r.status,
    }));
    this.db.prepare("UPDATE runs SET status = 'killed' WHERE status = 'running'").run();
    return rows;
  }

  /** The run that is (or was last) running, for the "locked" message. */
  lastRunning(): RunRow | undefined {
    const r = this.db
      .prepare(
        "SELECT id, pid, started_at, status FROM runs WHERE status = 'running' ORDER BY started_at DESC LIMIT 1",
      )
      .get() as { id: string; pid: number; started_at: string; status: string } | undefined;
    return r
      ? { id: r.id, pid: r.pid, startedAt: r.started_at, finishedAt: null, status: r.status }
      : undefined;
  }

  getMeta(key: string): string | undefined {
    return (this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)
      ?.value;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(key, value);
  }

  /** Counts for reports and tests. */
  counts(): { pages: number; records: number; pending: number } {
    const one = (sql: string): number => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      pages: one('SELECT count(*) AS n FROM pages'),
      records: one('SELECT count(*) AS n FROM records'),
      pending: one('SELECT count(*) AS n FROM pending'),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
