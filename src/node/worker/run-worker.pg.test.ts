/**
 * The worker loop in this process on a PostgreSQL database of its own: a feed
 * queued by URL is fetched, its pages analysed and stored, and queued again it
 * adds nothing. Needs CROSSCHECK_TEST_PG; skips with a message without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../ingest/test-server.js';
import { openStore } from '../store/open.js';
import type { ReportStore } from '../store/types.js';
import { enqueueInputs } from './enqueue.js';
import { openQueue, queueTiming, type Queue } from './queue.js';
import { runWorkerLoop } from './run-worker.js';
import { createTestDatabase, NO_TEST_PG_MESSAGE, TEST_PG, type TestDatabase } from './test-pg.js';

const TIMING = queueTiming({
  CROSSCHECK_QUEUE_TIMING: JSON.stringify({ pollingIntervalSeconds: 0.5, retryDelaySeconds: 1 }),
});

if (!TEST_PG) console.warn(NO_TEST_PG_MESSAGE);

describe.skipIf(!TEST_PG)('the worker loop on a feed', () => {
  let db: TestDatabase;
  let web: TestServer;
  let store: ReportStore;
  let queue: Queue;

  beforeAll(async () => {
    db = await createTestDatabase('loop');
    web = await startTestServer();
    store = await openStore({ db: db.url });
    queue = await openQueue(db.url, { timing: TIMING, supervise: true });
  });

  afterAll(async () => {
    await queue?.stop({ graceful: false });
    await store?.close();
    await web?.close();
    await db?.drop();
  });

  const queueFeed = async () => {
    const lines: string[] = [];
    const io = {
      write: async (text: string) => void lines.push(text),
      error: (line: string) => void lines.push(line),
      readStdin: async () => new Uint8Array(),
    };
    const code = await enqueueInputs(
      [`${web.base}/feed.rss`],
      { db: db.url, allowPrivate: true },
      io,
    );
    expect(code, lines.join('')).toBe(0);
  };
  const work = async () => {
    const log: string[] = [];
    const summary = await runWorkerLoop({
      queue,
      store,
      concurrency: 2,
      once: true,
      signal: new AbortController().signal,
      graceMs: 1000,
      log: (line) => log.push(line),
    });
    return { summary, log };
  };

  it('fetches the feed, analyses each page it could read and names the others', async () => {
    await queueFeed();
    const { summary, log } = await work();
    // One fetch job, then one analyse job per readable page (two of the four items are 404).
    expect(summary).toEqual({ done: 3, failed: 0, released: 0 });
    const fetchLine = log.find((l) => l.startsWith('fetch'))!;
    expect(fetchLine).toContain('queued 2 pages for analysis, 2 failed');
    expect(fetchLine).toContain('/gone: the server answered HTTP 404');
    expect(await store.reportCount()).toBe(2);
    const hits = await store.search({ text: 'Brücke' });
    expect(hits.map((h) => [h.outlet, h.published?.slice(0, 10)])).toContainEqual([
      'Muldentaler Bote',
      '2025-03-09',
    ]);
  });

  it('queued again, adds nothing', async () => {
    await queueFeed();
    const { summary, log } = await work();
    expect(summary).toEqual({ done: 1, failed: 0, released: 0 });
    expect(log[0]).toContain('queued 0 pages for analysis, 2 already stored, 2 failed');
    expect(await store.reportCount()).toBe(2);
  });
});
