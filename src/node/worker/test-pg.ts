/**
 * Test helper: a database of its own on the PostgreSQL server named by
 * `CROSSCHECK_TEST_PG` (CI starts one, .ci/run), so that the worker tests never
 * meet the store conformance suite's tables or another run's queue. Used by
 * tests only.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_PG = process.env['CROSSCHECK_TEST_PG'] ?? '';

export const NO_TEST_PG_MESSAGE =
  'team-mode worker tests skipped: CROSSCHECK_TEST_PG is not set. Point it at a PostgreSQL server ' +
  '(postgres://user@127.0.0.1:5432/postgres; the user must be allowed to create databases) — .ci/run starts one.';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** Creates an empty database named `crosscheck_<prefix>_<random>`; `drop()` removes it with its connections. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `crosscheck_${prefix}_${randomBytes(4).toString('hex')}`;
  await admin(async (client) => {
    await client.query(`CREATE DATABASE ${name}`);
  });
  const url = new URL(TEST_PG);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      admin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }),
  };
}

/** Runs one query on a database of the test server (the worker tests look into pg-boss's tables). */
export async function queryDatabase<R>(
  url: string,
  text: string,
  params: unknown[] = [],
): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as R[];
  } finally {
    await client.end();
  }
}

async function admin(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
