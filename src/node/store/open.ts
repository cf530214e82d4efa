import { mkdir, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StoryClusterer } from './clusterer.js';
import { coreClusterer } from './cluster-adapter.js';
import { lockFolder } from './lock.js';
import { checkSchemaName, migrate } from './migrate.js';
import { pgliteDatabase, poolDatabase, type SqlDatabase } from './sql.js';
import { SqlReportStore } from './sql-store.js';
import { StoreError, type ReportStore } from './types.js';

export interface OpenStoreOptions {
  /**
   * `postgres://…` / `postgresql://…` for a server, else a folder for the
   * embedded store. Default: `$CROSSCHECK_DB`, else `$CROSSCHECK_HOME/store`,
   * else `~/.crosscheck/store`.
   */
  db?: string;
  /** Schema holding the tables (default `crosscheck`); tests use one each. */
  schema?: string;
  /** Embedded store: how long to wait for another process's lock (default 0 ms). */
  lockWaitMs?: number;
  /**
   * Story assignment; default: the online clusterer of src/core/cluster.
   * `null`: none, every report opens a story of its own.
   */
  clusterer?: StoryClusterer | null;
  /** Environment to read defaults from (tests). */
  env?: NodeJS.ProcessEnv;
}

export function isServerUrl(db: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(db);
}

/** Where the store is when neither --db nor CROSSCHECK_DB says. */
export function defaultStoreLocation(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CROSSCHECK_DB) return env.CROSSCHECK_DB;
  const home = env.CROSSCHECK_HOME || join(homedir(), '.crosscheck');
  return join(home, 'store');
}

/** A server URL fit for messages: the password replaced by `***`. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ':***@');
  }
}

/**
 * Opens (creating and migrating where needed) the store at `options.db`.
 * Every failure a user can fix is a StoreError with one line saying what.
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<ReportStore> {
  const env = options.env ?? process.env;
  const db = options.db ?? defaultStoreLocation(env);
  const schema = checkSchemaName(options.schema ?? 'crosscheck');
  return isServerUrl(db)
    ? openServer(db, schema, options)
    : openEmbedded(resolve(db), schema, options);
}

async function openServer(url: string, schema: string, options: OpenStoreOptions) {
  const { default: pg } = await import('pg');
  const location = redactUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: 4,
    connectionTimeoutMillis: 10_000,
    // Every connection sees the store's schema first, pg_trgm's functions after it.
    options: `-c search_path=${schema},public`,
  });
  // Errors of idle connections (server restart) surface on the next query instead.
  pool.on('error', () => undefined);
  const database = poolDatabase(pool);
  try {
    await database.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new StoreError(`cannot reach the store server ${location}: ${describe(error)}`);
  }
  return ready(database, { engine: 'server', location, schema, clusterer: clustererOf(options) });
}

async function openEmbedded(folder: string, schema: string, options: OpenStoreOptions) {
  try {
    await mkdir(folder, { recursive: true });
    const info = await stat(folder);
    if (!info.isDirectory()) throw new Error('not a folder');
  } catch (error) {
    throw new StoreError(`cannot use ${folder} as a store folder: ${describe(error)}`);
  }
  const lock = await lockFolder(folder, { waitMs: options.lockWaitMs ?? 0 });
  let database: SqlDatabase;
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
    const pglite = await PGlite.create(join(folder, 'pgdata'), { extensions: { pg_trgm } });
    database = pgliteDatabase(pglite);
    await database.exec(`SET search_path TO ${schema}, public`);
  } catch (error) {
    await lock.release();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot open the store in ${folder}: ${describe(error)}`);
  }
  return ready(database, {
    engine: 'embedded',
    location: folder,
    schema,
    clusterer: clustererOf(options),
    onClose: () => lock.release(),
  });
}

async function ready(
  database: SqlDatabase,
  options: ConstructorParameters<typeof SqlReportStore>[1],
): Promise<ReportStore> {
  try {
    await migrate(database, options.schema, options.location);
  } catch (error) {
    await database.close().catch(() => undefined);
    await options.onClose?.();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot prepare the store ${options.location}: ${describe(error)}`);
  }
  const store = new SqlReportStore(database, options);
  await store.refreshStatistics();
  return store;
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const message = (e.message ?? String(error)).split('\n')[0]!;
  return e.code && !message.includes(e.code) ? `${message} (${e.code})` : message;
}

function clustererOf(options: OpenStoreOptions): StoryClusterer | undefined {
  return options.clusterer === null ? undefined : (options.clusterer ?? coreClusterer());
}
