import { open, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { StoreError } from './types.js';

/**
 * PGlite is one process's database: two processes writing one folder would
 * corrupt it. An exclusive lock file holding the owner's pid keeps a second
 * process out; a lock left by a process that no longer runs (killed, crashed)
 * is taken over.
 */

export interface FolderLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** How long to wait for another process to let go (default 0: fail at once). */
  waitMs?: number;
  /** Poll interval while waiting. */
  pollMs?: number;
}

export const LOCK_FILE = 'crosscheck.lock';

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, but under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(`${process.pid}\n`);
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function holderOf(path: string): Promise<number | null> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    return Number.isFinite(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Takes over a stale lock. Two processes may find the same stale lock; a
 * second lock file (created exclusively) lets only one of them remove it, so
 * neither deletes the lock the other has just taken.
 */
async function takeOver(path: string, stalePid: number | null): Promise<void> {
  const guard = `${path}.takeover`;
  if (!(await tryCreate(guard))) {
    // A guard older than a few seconds belongs to a process killed while taking over.
    const info = await stat(guard).catch(() => null);
    if (info && Date.now() - info.mtimeMs > 5000) await rm(guard, { force: true });
    return;
  }
  try {
    const pid = await holderOf(path);
    if (pid === stalePid) await rm(path, { force: true });
  } finally {
    await rm(guard, { force: true });
  }
}

export async function lockFolder(folder: string, options: LockOptions = {}): Promise<FolderLock> {
  const path = join(folder, LOCK_FILE);
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    if (await tryCreate(path)) {
      return {
        release: async () => {
          if ((await holderOf(path)) === process.pid) await rm(path, { force: true });
        },
      };
    }
    const pid = await holderOf(path);
    // An empty file: its owner was killed between creating and writing it, or is writing now.
    const stale = pid === null ? await olderThan(path, 2000) : !isRunning(pid);
    if (stale) {
      await takeOver(path, pid);
      continue;
    }
    if (Date.now() >= deadline)
      throw new StoreError(
        `store ${folder} is in use by process ${pid ?? '(unknown)'}; ` +
          'wait for it to finish (an embedded store serves one process at a time; ' +
          'a team shares a PostgreSQL server, see docs/store.md)',
      );
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
  }
}

async function olderThan(path: string, ms: number): Promise<boolean> {
  const info = await stat(path).catch(() => null);
  return info === null || Date.now() - info.mtimeMs > ms;
}
