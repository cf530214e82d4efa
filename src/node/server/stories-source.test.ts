import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError, type ReportStore } from '../store/types.js';
import { storySourceFor } from './stories-source.js';

const work = mkdtempSync(join(tmpdir(), 'crosscheck-stories-source-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** An `open` that counts openings and closings, and fails while `locked` is set. */
function fakeOpen() {
  const log: string[] = [];
  let locked = false;
  const open = async (options: { db?: string; lockWaitMs?: number }) => {
    if (locked) throw new StoreError(`the store ${options.db} is in use by process 42`);
    log.push(`open ${options.db} wait=${options.lockWaitMs ?? '-'}`);
    return {
      listStories: async () => [],
      close: async () => void log.push('close'),
    } as unknown as ReportStore;
  };
  return { open, log, lock: (on: boolean) => (locked = on) };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('storySourceFor', () => {
  it('is none when no store is named and none is in the default place', () => {
    const env = { CROSSCHECK_HOME: join(work, 'empty-home') };
    expect(storySourceFor({ env })).toBeNull();
  });

  it('finds a store in the default place, and takes CROSSCHECK_DB and --db in that order', () => {
    const home = join(work, 'home');
    mkdirSync(join(home, 'store', 'pgdata'), { recursive: true });
    expect(storySourceFor({ env: { CROSSCHECK_HOME: home } })?.location).toBe(join(home, 'store'));
    const env = { CROSSCHECK_HOME: home, CROSSCHECK_DB: 'postgres://desk:secret@db.example/news' };
    expect(storySourceFor({ env })?.location).toBe('postgres://desk:***@db.example/news');
    expect(storySourceFor({ env, db: join(work, 'named') })?.location).toBe(join(work, 'named'));
  });

  it('opens an embedded store per burst of requests and lets go of it when idle', async () => {
    const { open, log } = fakeOpen();
    const source = storySourceFor({ db: join(work, 'burst'), idleMs: 50, open })!;
    await Promise.all([1, 2, 3].map(() => source.use((s) => s.listStories())));
    await source.use((s) => s.listStories());
    expect(log).toEqual([`open ${join(work, 'burst')} wait=10000`]);
    await sleep(120);
    // Idle: closed, so that `crosscheck add` can take the folder.
    expect(log).toEqual([`open ${join(work, 'burst')} wait=10000`, 'close']);
    await source.use((s) => s.listStories());
    expect(log.filter((l) => l.startsWith('open'))).toHaveLength(2);
    await source.close();
    expect(log.at(-1)).toBe('close');
  });

  it("passes a locked store's message on and tries again on the next request", async () => {
    const { open, log, lock } = fakeOpen();
    const source = storySourceFor({ db: join(work, 'locked'), idleMs: 10, open })!;
    lock(true);
    await expect(source.use((s) => s.listStories())).rejects.toThrow('in use by process 42');
    lock(false);
    await expect(source.use((s) => s.listStories())).resolves.toEqual([]);
    expect(log).toHaveLength(1);
    await source.close();
  });

  it('keeps a server store open across requests until closed', async () => {
    const { open, log } = fakeOpen();
    const source = storySourceFor({ db: 'postgres://127.0.0.1/news', idleMs: 10, open })!;
    await source.use((s) => s.listStories());
    await sleep(40);
    await source.use((s) => s.listStories());
    expect(log).toEqual(['open postgres://127.0.0.1/news wait=-']);
    await source.close();
    expect(log).toEqual(['open postgres://127.0.0.1/news wait=-', 'close']);
  });
});
