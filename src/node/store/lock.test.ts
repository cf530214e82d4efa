import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFolder } from './lock.js';
import { StoreError } from './types.js';

/** A pid that surely does not run: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

describe('lockFolder', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crosscheck-lock-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the holder pid and removes the file on release', async () => {
    const lock = await lockFolder(folder);
    expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
    await expect(readFile(join(folder, LOCK_FILE))).rejects.toThrow();
  });

  it('refuses a folder held by a running process, naming it', async () => {
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      await writeFile(join(folder, LOCK_FILE), `${sleeper.pid}\n`);
      const attempt = lockFolder(folder);
      await expect(attempt).rejects.toThrow(StoreError);
      await expect(attempt).rejects.toThrow(`store ${folder} is in use by process ${sleeper.pid}`);
    } finally {
      sleeper.kill('SIGKILL');
    }
  });

  it('takes over the lock of a process that no longer runs', async () => {
    await writeFile(join(folder, LOCK_FILE), `${await deadPid()}\n`);
    const lock = await lockFolder(folder);
    expect(await readFile(join(folder, LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    await lock.release();
  });

  it('waits for the holder when asked to, and gets the lock once it is let go', async () => {
    const first = await lockFolder(folder);
    // A second lock of this process: same pid, so only the wait can let it through.
    const second = lockFolder(folder, { waitMs: 5000, pollMs: 20 });
    setTimeout(() => void first.release(), 100);
    const lock = await second;
    await lock.release();
  });

  it('gives up after the wait', async () => {
    const first = await lockFolder(folder);
    const started = Date.now();
    await expect(lockFolder(folder, { waitMs: 150, pollMs: 20 })).rejects.toThrow(
      `is in use by process ${process.pid}`,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await first.release();
  });

  it('lets only one of many concurrent takers of a stale lock through', async () => {
    await writeFile(join(folder, LOCK_FILE), `${await deadPid()}\n`);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => lockFolder(folder, { waitMs: 0 })),
    );
    // Within one process every taker has the same pid, so a winner's lock looks live to the rest.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});
