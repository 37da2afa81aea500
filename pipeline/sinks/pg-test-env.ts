// For tests: the PostgreSQL server to test against, or the reason there is none. Under CI
// (CI=true) a missing server is an error, never a skip: CI runs on a machine that has one.
import pg from 'pg';

/** $NEWSFACTS_TEST_PG, else the local trust-auth server's `test` database. */
export const TEST_PG_URL = process.env['NEWSFACTS_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Connects once; resolves to the URL when PostgreSQL answers, null (with a printed reason) when not. */
export async function testPostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return TEST_PG_URL;
  } catch (err) {
    const reason = `PostgreSQL tests SKIPPED: cannot connect to ${TEST_PG_URL} (${(err as Error).message}); set NEWSFACTS_TEST_PG to a server to run them`;
    if (process.env['CI']) throw new Error(`CI needs PostgreSQL: ${reason}`, { cause: err });
    process.stderr.write(reason + '\n');
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A fresh schema name for one test run. */
export function freshSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}`;
}

/** Drops a test schema. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
