// SQLite sink: articles and their facts as tables, one transaction per article (upsert by id).
import Database from 'better-sqlite3';
import type { Database as Db, Statement, Transaction } from 'better-sqlite3';
import { NewsfactsError } from '../../document/errors.js';
import { loadMigrations } from './migrations.js';
import { ARTICLE_COLUMNS, CHILD_COLUMNS, CHILD_TABLES, recordRows } from './rows.js';
import type { ChildTable, RecordRows } from './rows.js';
import type { OutRecord, Sink } from './types.js';

/** Applies the shipped SQLite migrations that the database has not seen yet. */
export function migrateSqlite(db: Db): string[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at text NOT NULL)');
  const done = new Set(
    (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name),
  );
  const applied: string[] = [];
  for (const m of loadMigrations('sqlite')) {
    if (done.has(m.name)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
    applied.push(m.name);
  }
  return applied;
}

/** SQLite storage of records; safe to replay: an older version never overwrites a newer one. */
export class SqliteSink implements Sink {
  readonly name = 'sqlite';
  private readonly db: Db;
  private readonly upsertArticle: Statement;
  private readonly getVersion: Statement;
  private readonly deleteChildren: Statement[];
  private readonly insertChild: Record<ChildTable, Statement>;
  private readonly writeOne: Transaction<(rows: RecordRows) => void>;
  private readonly writeBatch: Transaction<(batch: readonly OutRecord[]) => void>;

  constructor(readonly file: string) {
    try {
      this.db = new Database(file);
    } catch (err) {
      throw new NewsfactsError('sink', `cannot open SQLite database ${file}`, { cause: err });
    }
    this.db.pragma('journal_mode = WAL');
    // FULL: a committed batch survives a power cut, as the state that records its delivery does
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    migrateSqlite(this.db);
    const cols = ARTICLE_COLUMNS.join(', ');
    const params = ARTICLE_COLUMNS.map((c) => '@' + c).join(', ');
    const updates = ARTICLE_COLUMNS.filter((c) => c !== 'id')
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    this.upsertArticle = this.db.prepare(
      `INSERT INTO articles (${cols}, updated_at) VALUES (${params}, @updated_at)
       ON CONFLICT (id) DO UPDATE SET ${updates}, updated_at = excluded.updated_at
       WHERE excluded.version >= articles.version`,
    );
    this.getVersion = this.db.prepare('SELECT version FROM articles WHERE id = ?');
    this.deleteChildren = [...CHILD_TABLES]
      .reverse()
      .map((t) => this.db.prepare(`DELETE FROM ${t} WHERE article_id = ?`));
    const insert = (t: ChildTable): Statement =>
      this.db.prepare(
        `INSERT INTO ${t} (${CHILD_COLUMNS[t].join(', ')}) VALUES (${CHILD_COLUMNS[t].map((c) => '@' + c).join(', ')})`,
      );
    this.insertChild = {
      people: insert('people'),
      mentions: insert('mentions'),
      quotes: insert('quotes'),
      numbers: insert('numbers'),
      dates: insert('dates'),
    };
    this.writeOne = this.db.transaction((rows: RecordRows) => {
      const now = new Date().toISOString();
      const stored = this.getVersion.get(rows.article.id) as { version: number } | undefined;
      // an older version arriving late leaves the newer rows alone
      if (stored && stored.version > rows.article.version) return;
      this.upsertArticle.run({ ...rows.article, updated_at: now });
      // a new article has no children to delete
      if (stored) for (const del of this.deleteChildren) del.run(rows.article.id);
      for (const t of CHILD_TABLES) {
        for (const row of rows[t]) this.insertChild[t].run(sqliteValues(row));
      }
    });
    // each article in its own transaction (a savepoint when nested), the batch committed at once:
    // an article is never half-written, and the WAL gets one commit per batch instead of per article
    this.writeBatch = this.db.transaction((batch: readonly OutRecord[]) => {
      for (const out of batch) this.writeOne(recordRows(out));
    });
  }

  /** Writes a batch: per article, the row upserted, its children deleted and inserted anew. */
  write(batch: readonly OutRecord[]): Promise<void> {
    try {
      this.writeBatch.immediate(batch);
    } catch (err) {
      return Promise.reject(
        new NewsfactsError('sink', `SQLite write to ${this.file} failed`, { cause: err }),
      );
    }
    return Promise.resolve();
  }

  close(): Promise<void> {
    if (this.db.open) this.db.close();
    return Promise.resolve();
  }
}

/** better-sqlite3 binds no booleans: store them as 0/1. */
function sqliteValues(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  return out;
}
