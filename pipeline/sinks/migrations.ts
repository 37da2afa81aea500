// The SQL migrations the project ships (schema/sql/<dialect>/NNN_name.sql), in order.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  /** "001_init" */
  name: string;
  sql: string;
}

/** The folder of a dialect's migrations, whether running from source or from dist/. */
export function migrationsDir(dialect: 'sqlite' | 'postgres'): string {
  const url = new URL(`../../schema/sql/${dialect}/`, import.meta.url);
  // compiled code runs from dist/, the SQL stays at the project root
  const href = url.pathname.includes('/dist/') ? url.href.replace('/dist/', '/') : url.href;
  return fileURLToPath(href);
}

/** Every migration of a dialect, sorted by name. */
export function loadMigrations(dialect: 'sqlite' | 'postgres'): Migration[] {
  const dir = migrationsDir(dialect);
  return readdirSync(dir)
    .filter((f) => /^\d+_.*\.sql$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.sql$/, ''), sql: readFileSync(dir + f, 'utf8') }));
}
