import { FORMAT_VERSION, MIGRATIONS } from './migrations/index.js';
import type { SqlDatabase } from './sql.js';
import { StoreError } from './types.js';

/**
 * One key for every migration on a server: two workers opening an empty
 * database at once must not both create the tables (or pg_trgm).
 */
const MIGRATION_LOCK = 7_270_619;

/** Schema names are spliced into SQL, so only plain identifiers are allowed. */
export function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new StoreError(
      `"${schema}" is not a usable schema name (lower-case letters, digits and _ only)`,
    );
  return schema;
}

/**
 * Brings the store's tables to the code's format version. The version lives in
 * `store_meta`; a store written by newer code is refused rather than misread,
 * and older stores are migrated in one transaction (all steps or none).
 */
export async function migrate(db: SqlDatabase, schema: string, location: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    // pg_trgm may exist once per database; public keeps it visible to every schema.
    await tx.exec('CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public');
    await tx.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await tx.exec(
      `CREATE TABLE IF NOT EXISTS ${schema}.store_meta (key text PRIMARY KEY, value text NOT NULL)`,
    );
    const rows = await tx.query<{ value: string }>(
      `SELECT value FROM ${schema}.store_meta WHERE key = 'format_version'`,
    );
    const current = rows.length > 0 ? Number(rows[0]!.value) : 0;
    if (!Number.isInteger(current) || current < 0)
      throw new StoreError(
        `store ${location} has an unreadable format version "${rows[0]!.value}"`,
      );
    if (current > FORMAT_VERSION)
      throw new StoreError(
        `store ${location} has format version ${current}, but this crosscheck reads up to ` +
          `version ${FORMAT_VERSION}; update crosscheck to open it`,
      );
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      await tx.exec(`SET LOCAL search_path TO ${schema}, public`);
      await tx.exec(migration.sql);
    }
    if (current < FORMAT_VERSION)
      await tx.query(
        `INSERT INTO ${schema}.store_meta (key, value) VALUES ('format_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [String(FORMAT_VERSION)],
      );
  });
}
