import { StoreError, type ReportStore } from '../store/types.js';
import type { CliIo } from './io.js';

/** `--db`: a folder (embedded store) or a postgres:// URL; default CROSSCHECK_DB, else ~/.crosscheck/store. */
export interface StoreOption {
  db?: string;
}

/** How long a command waits for another process's hold on an embedded store before giving up. */
export const LOCK_WAIT_MS = 10_000;

/** Exit code of a store that cannot be used (unreachable, locked, too new): EX_UNAVAILABLE. */
export const STORE_UNAVAILABLE = 69;

/**
 * Opens the store named by --db, runs `work` on it and closes it. A problem
 * the user can fix (no server, a folder in use, a newer format, no such
 * story) is one line on stderr and a non-zero exit code, never a stack trace.
 */
export async function withStore(
  options: StoreOption,
  io: CliIo,
  work: (store: ReportStore) => Promise<number>,
): Promise<number> {
  const { openStore } = await import('../store/open.js');
  let store: ReportStore;
  try {
    // A short wait lets commands take turns with the web app, which holds an embedded store only while it answers.
    store = await openStore({ db: options.db, lockWaitMs: LOCK_WAIT_MS });
  } catch (error) {
    if (error instanceof StoreError) {
      io.error(`crosscheck: ${error.message}`);
      return STORE_UNAVAILABLE;
    }
    throw error;
  }
  try {
    return await work(store);
  } catch (error) {
    if (error instanceof StoreError) {
      io.error(`crosscheck: ${error.message}`);
      return 1;
    }
    if (isConnectionError(error)) {
      io.error(`crosscheck: lost the store ${store.location}: ${(error as Error).message}`);
      return STORE_UNAVAILABLE;
    }
    throw error;
  } finally {
    await store.close().catch(() => undefined);
  }
}

function isConnectionError(error: unknown): boolean {
  const code = (error as { code?: string }).code ?? '';
  // Node's socket errors, and PostgreSQL's connection exception class 08 / shutdown 57P.
  return /^(?:ECONN|EPIPE|ETIMEDOUT|08|57P)/.test(code);
}
