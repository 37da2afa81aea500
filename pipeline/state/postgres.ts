// The per-URL state in PostgreSQL, shared by every queue worker on every machine: the tables
// state_pages and state_records (schema/sql/postgres/002_queue_state.sql), beside the sink's tables
// and migrated with them. Commits are upserts in which an older version never overwrites a newer one.
import pg from 'pg';
import { NewsfactsError } from '../../document/errors.js';
import { connectPostgres, migratePostgres, redactUrl } from '../sinks/postgres.js';
import type { PostgresOptions } from '../sinks/postgres.js';
import type { CommitRow, HeldLock, PageNote, PageState, RecordState, SharedState } from './shared.js';

const quoteIdent = (name: string): string => '"' + name.replace(/"/g, '""') + '"';

interface PageRow {
  url: string;
  record_id: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  last_status: string;
  last_error: string | null;
  last_checked: Date | null;
}

const PAGE_COLUMNS = 'url, record_id, etag, last_modified, body_hash, last_status, last_error, last_checked';

function pageState(r: PageRow): PageState {
  return {
    url: r.url,
    recordId: r.record_id,
    etag: r.etag,
    lastModified: r.last_modified,
    bodyHash: r.body_hash,
    lastStatus: r.last_status,
    lastError: r.last_error,
    lastChecked: r.last_checked ? r.last_checked.toISOString() : null,
  };
}

/** PostgreSQL error codes of two sessions creating one schema or table at the same moment. */
const RACED = new Set(['23505', '42P06', '42P07']);

/** Creates the schema and applies the migrations; retried once when another worker did it at the same time. */
async function prepare(options: PostgresOptions): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let client: pg.Client | null = null;
    try {
      client = await connectPostgres(options);
      await migratePostgres(client);
      return;
    } catch (err) {
      const code = (err as { cause?: { code?: unknown } }).cause?.code;
      if (attempt >= 3 || typeof code !== 'string' || !RACED.has(code)) throw err;
    } finally {
      await client?.end().catch(() => undefined);
    }
  }
}

/** The shared state in PostgreSQL. */
export class PostgresState implements SharedState {
  readonly kind = 'postgres';

  private constructor(
    private readonly pool: pg.Pool,
    private readonly lockKey: string,
  ) {}

  /** Connects (a small pool), creating the schema and its tables when missing. */
  static async open(options: PostgresOptions, poolSize = 4): Promise<PostgresState> {
    await prepare(options);
    const pool = new pg.Pool({
      connectionString: options.url,
      max: poolSize,
      connectionTimeoutMillis: 10000,
      // every connection starts in the schema (a startup option: no query races the first one)
      ...(options.schema
        ? { options: `-c search_path=${quoteIdent(options.schema).replace(/[\\ ]/g, '\\$&')}` }
        : {}),
    });
    pool.on('error', () => undefined); // an idle client's lost connection: the pool replaces it
    try {
      await pool.query('SELECT 1 FROM state_pages LIMIT 1');
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new NewsfactsError('state', `cannot open the state in PostgreSQL at ${redactUrl(options.url)}`, {
        cause: err,
      });
    }
    return new PostgresState(pool, `${options.schema ?? 'public'}/newsfacts-enqueue`);
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[]): Promise<R[]> {
    try {
      return (await this.pool.query<R>(sql, params)).rows;
    } catch (err) {
      throw new NewsfactsError('state', 'PostgreSQL state query failed', { cause: err });
    }
  }

  async page(url: string): Promise<PageState | undefined> {
    const [r] = await this.query<PageRow>(`SELECT ${PAGE_COLUMNS} FROM state_pages WHERE url = $1`, [url]);
    return r ? pageState(r) : undefined;
  }

  async pages(urls: readonly string[]): Promise<Map<string, PageState>> {
    const out = new Map<string, PageState>();
    if (urls.length === 0) return out;
    const rows = await this.query<PageRow>(
      `SELECT ${PAGE_COLUMNS} FROM state_pages WHERE url = ANY($1::text[])`,
      [urls],
    );
    for (const r of rows) out.set(r.url, pageState(r));
    return out;
  }

  async record(id: string): Promise<RecordState | undefined> {
    const [r] = await this.query<{ id: string; version: number; content_hash: string }>(
      'SELECT id, version, content_hash FROM state_records WHERE id = $1',
      [id],
    );
    return r ? { id: r.id, version: r.version, contentHash: r.content_hash } : undefined;
  }

  async notePage(url: string, status: string, note: PageNote = {}): Promise<void> {
    const v = note.validators;
    await this.query(
      `INSERT INTO state_pages (url, record_id, etag, last_modified, body_hash, last_status, last_error)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (url) DO UPDATE SET
         record_id = coalesce(EXCLUDED.record_id, state_pages.record_id),
         etag = CASE WHEN $8 THEN state_pages.etag ELSE EXCLUDED.etag END,
         last_modified = CASE WHEN $8 THEN state_pages.last_modified ELSE EXCLUDED.last_modified END,
         body_hash = CASE WHEN $8 THEN state_pages.body_hash ELSE EXCLUDED.body_hash END,
         last_status = EXCLUDED.last_status, last_error = EXCLUDED.last_error, last_checked = now()`,
      [
        url,
        note.recordId ?? null,
        v?.etag ?? null,
        v?.lastModified ?? null,
        v?.bodyHash ?? null,
        status,
        note.error ?? null,
        !v,
      ],
    );
  }

  async commit(rows: readonly CommitRow[]): Promise<void> {
    if (rows.length === 0) return;
    // one row per id (the highest version) and per URL, in key order, so concurrent commits of
    // overlapping batches take their row locks in the same order and cannot deadlock
    const byId = new Map<string, CommitRow>();
    const byUrl = new Map<string, CommitRow>();
    for (const r of rows) {
      const a = byId.get(r.recordId);
      if (!a || a.version <= r.version) byId.set(r.recordId, r);
      const b = byUrl.get(r.pageUrl);
      if (!b || b.version <= r.version) byUrl.set(r.pageUrl, r);
    }
    const records = [...byId.values()].sort((a, b) => (a.recordId < b.recordId ? -1 : 1));
    const pages = [...byUrl.values()].sort((a, b) => (a.pageUrl < b.pageUrl ? -1 : 1));
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(
        `INSERT INTO state_records (id, url, version, content_hash)
         SELECT * FROM unnest($1::text[], $2::text[], $3::int4[], $4::text[])
         ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, version = EXCLUDED.version,
           content_hash = EXCLUDED.content_hash, updated_at = now()
         WHERE EXCLUDED.version >= state_records.version`,
        [
          records.map((r) => r.recordId),
          records.map((r) => r.recordUrl),
          records.map((r) => r.version),
          records.map((r) => r.contentHash),
        ],
      );
      await client.query(
        `INSERT INTO state_pages (url, record_id, etag, last_modified, body_hash, last_status, last_changed)
         SELECT u.url, u.record_id, u.etag, u.last_modified, u.body_hash, u.status, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int4[])
           AS u(url, record_id, etag, last_modified, body_hash, status, version)
         -- a late repeat of an older version (a job redone after a kill) leaves the page as it is
         WHERE NOT EXISTS (SELECT 1 FROM state_records r WHERE r.id = u.record_id AND r.version > u.version)
         ON CONFLICT (url) DO UPDATE SET record_id = EXCLUDED.record_id, etag = EXCLUDED.etag,
           last_modified = EXCLUDED.last_modified, body_hash = EXCLUDED.body_hash,
           last_status = EXCLUDED.last_status, last_error = NULL, last_checked = now(),
           last_changed = now()`,
        [
          pages.map((r) => r.pageUrl),
          pages.map((r) => r.recordId),
          pages.map((r) => r.etag),
          pages.map((r) => r.lastModified),
          pages.map((r) => r.bodyHash),
          pages.map((r) => (r.version === 1 ? 'new' : 'updated')),
          pages.map((r) => r.version),
        ],
      );
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw new NewsfactsError('state', 'PostgreSQL state commit failed', { cause: err });
    } finally {
      client.release();
    }
  }

  async tryLock(): Promise<HeldLock | null> {
    // a session-level advisory lock: PostgreSQL drops it when the holder's connection dies
    const client = await this.pool.connect();
    try {
      const { rows } = await client.query<{ ok: boolean }>(
        'SELECT pg_try_advisory_lock(hashtext($1)) AS ok',
        [this.lockKey],
      );
      if (!rows[0]?.ok) {
        client.release();
        return null;
      }
    } catch (err) {
      client.release(true);
      throw new NewsfactsError('state', 'cannot take the enqueuing lock in PostgreSQL', { cause: err });
    }
    const key = this.lockKey;
    return {
      release: async () => {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', [key]).catch(() => undefined);
        client.release();
      },
    };
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}
