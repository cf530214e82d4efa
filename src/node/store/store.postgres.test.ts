import { describe, it } from 'vitest';
import { describeStoreConformance } from './store.conformance.js';
import { openStore } from './open.js';

/**
 * The conformance suite on a PostgreSQL server: CROSSCHECK_TEST_PG names one
 * (`.ci/run` starts a throwaway cluster and sets it). Each test works in a
 * schema of its own, dropped afterwards, so suites sharing the server don't collide.
 */
const url = process.env.CROSSCHECK_TEST_PG;

if (!url) {
  console.warn(
    'skipped: the store suite on PostgreSQL needs CROSSCHECK_TEST_PG=postgres://… (.ci/run sets it)',
  );
  describe('ReportStore conformance: PostgreSQL server', () => {
    it.skip('skipped: set CROSSCHECK_TEST_PG=postgres://… to run the store suite on a server (.ci/run does)', () => {});
  });
} else {
  let serial = 0;
  describeStoreConformance('PostgreSQL server', async () => {
    const schema = `store_test_${process.pid}_${++serial}_${Date.now().toString(36)}`;
    const { default: pg } = await import('pg');
    const admin = async (sql: string, params: unknown[] = []) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(sql, params);
      } finally {
        await client.end();
      }
    };
    return {
      concurrentOpen: true,
      open: (options) => openStore({ db: url, schema, clusterer: options?.clusterer }),
      setFormatVersion: (version) =>
        admin(`UPDATE ${schema}.store_meta SET value = $1 WHERE key = 'format_version'`, [
          String(version),
        ]),
      dispose: () => admin(`DROP SCHEMA IF EXISTS ${schema} CASCADE`),
    };
  });
}
