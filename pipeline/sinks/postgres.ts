// PostgreSQL sink: the same tables as SQLite, created by the shipped migrations, written in batches
// (one transaction and one statement per table per batch) with the same idempotent upsert.
import pg from 'pg';
import { NewsfactsError } from '../../document/errors.js';
import { loadMigrations } from './migrations.js';
import { ARTICLE_COLUMNS, CHILD_COLUMNS, CHILD_TABLES, recordRows } from './rows.js';
import type { ChildTable, RecordRows } from './rows.js';
import type { OutRecord, Sink } from './types.js';

export interface PostgresOptions {
  /** postgres://user@host:port/db */
  url: string;
  /** a schema to create and write into instead of the connection's default */
  schema?: string | null;
}

/** PostgreSQL array types of the columns, for unnest(). */
const ARTICLE_TYPES: Record<(typeof ARTICLE_COLUMNS)[number], string> = {
  id: 'text',
  version: 'int4',
  url: 'text',
  outlet: 'text',
  title: 'text',
  published: 'text',
  published_at: 'timestamptz',
  fetched: 'text',
  lang: 'text',
  text: 'text',
  warnings: 'text',
  content_hash: 'text',
};
const COLUMN_TYPES: Record<string, string> = {
  article_id: 'text',
  person_id: 'text',
  name: 'text',
  role: 'text',
  quoted: 'bool',
  seq: 'int4',
  start_offset: 'int4',
  end_offset: 'int4',
  text: 'text',
  kind: 'text',
  speaker: 'text',
  cue: 'text',
  source: 'text',
  value: 'text',
  currency: 'text',
  unit: 'text',
  counts: 'text',
  counts_start: 'int4',
  counts_end: 'int4',
  approx: 'text',
  min_value: 'float8',
  max_value: 'float8',
  grain: 'text',
  relative: 'bool',
};
/** numbers.value is a double, dates.value is text */
const typeOf = (table: ChildTable, col: string): string =>
  table === 'numbers' && col === 'value' ? 'float8' : (COLUMN_TYPES[col] ?? 'text');

const quoteIdent = (name: string): string => '"' + name.replace(/"/g, '""') + '"';

/** Applies the shipped PostgreSQL migrations not yet recorded in newsfacts_migrations. */
export async function migratePostgres(client: pg.ClientBase): Promise<string[]> {
  const applied: string[] = [];
  await client.query('BEGIN');
  try {
    // one migrator at a time across processes
    await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '/newsfacts_migrations'))");
    await client.query(
      'CREATE TABLE IF NOT EXISTS newsfacts_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set(
      (await client.query<{ name: string }>('SELECT name FROM newsfacts_migrations')).rows.map((r) => r.name),
    );
    for (const m of loadMigrations('postgres')) {
      if (done.has(m.name)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO newsfacts_migrations (name) VALUES ($1)', [m.name]);
      applied.push(m.name);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new NewsfactsError('sink', 'PostgreSQL migration failed', { cause: err });
  }
  return applied;
}

/** Opens a client on the schema (created when missing). */
export async function connectPostgres(options: PostgresOptions): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    if (options.schema) {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(options.schema)}`);
      await client.query(`SET search_path TO ${quoteIdent(options.schema)}`);
    }
  } catch (err) {
    await client.end().catch(() => undefined);
    throw new NewsfactsError('sink', `cannot connect to PostgreSQL at ${redactUrl(options.url)}`, {
      cause: err,
    });
  }
  return client;
}

/** The connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** PostgreSQL storage of records, batched; an older version never overwrites a newer one. */
export class PostgresSink implements Sink {
  readonly name = 'postgres';
  private constructor(private readonly client: pg.Client) {}

  /** Connects, migrates and returns a ready sink. */
  static async open(options: PostgresOptions): Promise<PostgresSink> {
    const client = await connectPostgres(options);
    try {
      await migratePostgres(client);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    }
    return new PostgresSink(client);
  }

  /** Writes the batch in one transaction: upsert articles, replace their children. */
  async write(batch: readonly OutRecord[]): Promise<void> {
    if (batch.length === 0) return;
    // the same id twice in one statement is an error: keep the highest version
    const byId = new Map<string, RecordRows>();
    for (const out of batch) {
      const prev = byId.get(out.record.id);
      if (!prev || prev.article.version <= out.record.version) byId.set(out.record.id, recordRows(out));
    }
    const all = [...byId.values()];
    const c = this.client;
    try {
      await c.query('BEGIN');
      const cols = ARTICLE_COLUMNS.join(', ');
      const arrays = ARTICLE_COLUMNS.map((col, i) => `$${i + 1}::${ARTICLE_TYPES[col]}[]`).join(', ');
      const select = ARTICLE_COLUMNS.map((col) =>
        col === 'warnings' ? 'u.warnings::jsonb' : 'u.' + col,
      ).join(', ');
      const updates = ARTICLE_COLUMNS.filter((col) => col !== 'id')
        .map((col) => `${col} = EXCLUDED.${col}`)
        .join(', ');
      const res = await c.query<{ id: string }>(
        `INSERT INTO articles (${cols}, updated_at)
         SELECT ${select}, now() FROM unnest(${arrays}) AS u(${cols})
         ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = now()
         WHERE articles.version <= EXCLUDED.version
         RETURNING id`,
        ARTICLE_COLUMNS.map((col) => all.map((r) => r.article[col])),
      );
      const written = new Set(res.rows.map((r) => r.id));
      const ids = [...written];
      if (ids.length) {
        for (const t of [...CHILD_TABLES].reverse()) {
          await c.query(`DELETE FROM ${t} WHERE article_id = ANY($1::text[])`, [ids]);
        }
        const kept = all.filter((r) => written.has(r.article.id));
        for (const t of CHILD_TABLES) await this.insertChildren(t, kept);
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw new NewsfactsError('sink', 'PostgreSQL write failed', { cause: err });
    }
  }

  private async insertChildren(table: ChildTable, rows: readonly RecordRows[]): Promise<void> {
    const items = rows.flatMap((r) => r[table] as readonly object[]);
    if (items.length === 0) return;
    const cols = CHILD_COLUMNS[table];
    const arrays = cols.map((col, i) => `$${i + 1}::${typeOf(table, col)}[]`).join(', ');
    await this.client.query(
      `INSERT INTO ${table} (${cols.join(', ')}) SELECT * FROM unnest(${arrays})`,
      cols.map((col) => items.map((it) => (it as Record<string, unknown>)[col] ?? null)),
    );
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
  }
}
