import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultStoreLocation, isServerUrl, openStore, redactUrl } from '../store/open.js';
import type { OpenStoreOptions } from '../store/open.js';
import type { ReportStore } from '../store/types.js';
import type { StorySource } from './stories.js';

/**
 * Where `crosscheck serve` reads stories from (stories.ts):
 *
 * - a PostgreSQL server (`--db postgres://…`): opened on the first request and
 *   kept, as any number of processes may use it at once;
 * - an embedded store (a folder): PGlite is one process's database, and
 *   `crosscheck add` must be able to write while the web app is open. So the
 *   server opens it for a request and lets go of it once no request has come
 *   for `idleMs`; a request that finds `add` holding it waits up to
 *   `lockWaitMs`, then answers with the store's own message ("in use by
 *   process N").
 */

export interface ClosableStorySource extends StorySource {
  close(): Promise<void>;
}

type Open = (options: OpenStoreOptions) => Promise<ReportStore>;

export interface StorySourceOptions {
  /** `--db`: a folder or postgres:// URL; without it, CROSSCHECK_DB or the default folder if a store is there. */
  db?: string;
  env?: NodeJS.ProcessEnv;
  /** An embedded store is closed after this long without requests (default 3 s). */
  idleMs?: number;
  /** How long a request waits for another process's lock on an embedded store (default 10 s). */
  lockWaitMs?: number;
  /** Tests count the openings. */
  open?: Open;
}

/** The story source for `serve`, or null when no store is named and none is in the default place. */
export function storySourceFor(options: StorySourceOptions = {}): ClosableStorySource | null {
  const env = options.env ?? process.env;
  const named = options.db ?? (env['CROSSCHECK_DB'] || undefined);
  const db = named ?? defaultStoreLocation(env);
  const open = options.open ?? openStore;
  if (isServerUrl(db)) return keptSource(db, open);
  // Not named: only a store that exists is shown; serve never creates one by itself.
  if (named === undefined && !existsSync(join(db, 'pgdata'))) return null;
  return idleClosingSource(resolve(db), open, options.idleMs ?? 3000, options.lockWaitMs ?? 10_000);
}

function keptSource(url: string, open: Open): ClosableStorySource {
  let store: Promise<ReportStore> | null = null;
  return {
    location: redactUrl(url),
    async use(read) {
      store ??= open({ db: url });
      let opened: ReportStore;
      try {
        opened = await store;
      } catch (error) {
        // The server may be back on the next request.
        store = null;
        throw error;
      }
      return read(opened);
    },
    async close() {
      const current = store;
      store = null;
      if (current) await (await current.catch(() => null))?.close();
    },
  };
}

function idleClosingSource(
  folder: string,
  open: Open,
  idleMs: number,
  lockWaitMs: number,
): ClosableStorySource {
  let store: Promise<ReportStore> | null = null;
  let users = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const closeNow = async () => {
    timer = null;
    const current = store;
    store = null;
    if (current) await (await current.catch(() => null))?.close();
  };
  return {
    location: folder,
    async use(read) {
      users++;
      if (timer) clearTimeout(timer);
      timer = null;
      try {
        store ??= open({ db: folder, lockWaitMs });
        let opened: ReportStore;
        try {
          opened = await store;
        } catch (error) {
          store = null;
          throw error;
        }
        return await read(opened);
      } finally {
        users--;
        if (users === 0) timer = setTimeout(() => void closeNow(), idleMs);
      }
    },
    async close() {
      if (timer) clearTimeout(timer);
      await closeNow();
    },
  };
}
