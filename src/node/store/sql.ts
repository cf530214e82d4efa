import type { PGlite, Transaction } from '@electric-sql/pglite';
import type { Pool, PoolClient } from 'pg';

/**
 * The little the store needs of a database connection, so that one store
 * class runs the same SQL on PGlite and on a PostgreSQL server.
 */
export interface Sql {
  /** One statement with `$1…` parameters; returns its rows. */
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

export interface SqlDatabase extends Sql {
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

function pgliteSql(db: PGlite | Transaction): Sql {
  return {
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await db.query<R>(text, params as unknown[])).rows,
    exec: async (text) => {
      await db.exec(text);
    },
  };
}

/** PGlite: one in-process database; its own `transaction` serialises writers. */
export function pgliteDatabase(db: PGlite): SqlDatabase {
  return {
    ...pgliteSql(db),
    transaction: (work) => db.transaction((tx) => work(pgliteSql(tx))),
    close: () => db.close(),
  };
}

function clientSql(client: Pool | PoolClient): Sql {
  return {
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await client.query(text, params as unknown[])).rows as R[],
    exec: async (text) => {
      await client.query(text);
    },
  };
}

/** A PostgreSQL server through a `pg` pool; a transaction holds one pooled connection. */
export function poolDatabase(pool: Pool): SqlDatabase {
  return {
    ...clientSql(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(clientSql(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
