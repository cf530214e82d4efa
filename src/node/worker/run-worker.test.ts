import type PgBoss from 'pg-boss';
import { describe, expect, it } from 'vitest';
import type { ReportStore } from '../store/types.js';
import { PRODUCTION_TIMING, QUEUES, type JobKind, type Queue } from './queue.js';
import { runWorkerLoop } from './run-worker.js';

/**
 * The loop against a queue in memory: which call marks what, and what the log
 * says. (The real queue and store: run-worker.pg.test.ts, workers.pg.test.ts.)
 */

type Call = [string, string, string?];

function memoryQueue(jobs: { kind: JobKind; id: string; data: unknown }[], failMarking = false) {
  const calls: Call[] = [];
  const waiting = [...jobs];
  const boss = {
    fetch: async (name: string) => {
      const i = waiting.findIndex((j) => QUEUES[j.kind] === name);
      if (i < 0) return [];
      const [job] = waiting.splice(i, 1);
      return [
        { id: job!.id, name, data: job!.data, retryCount: 0, retryLimit: 3, expireInSeconds: 300 },
      ];
    },
    complete: async (name: string, id: string) => {
      if (failMarking) throw new Error('Connection terminated unexpectedly');
      calls.push(['complete', name, id]);
      return { affected: 1 };
    },
    fail: async (name: string, id: string, data: { message: string }) =>
      void calls.push(['fail', id, data.message]),
    cancel: async (name: string, id: string) => void calls.push(['cancel', id]),
  } as unknown as PgBoss;
  const queue: Queue = {
    boss,
    timing: { ...PRODUCTION_TIMING, pollingIntervalSeconds: 0.01 },
    send: async () => null,
    stop: async () => undefined,
  };
  return { queue, calls };
}

/** A store that has every report already: the analyse job answers without analysing. */
const storedEverything = {
  findExisting: async () => ({ reportId: 7, by: 'text' }),
} as unknown as ReportStore;

async function run(queue: Queue, concurrency = 1) {
  const log: string[] = [];
  const summary = await runWorkerLoop({
    queue,
    store: storedEverything,
    concurrency,
    once: true,
    signal: new AbortController().signal,
    graceMs: 1000,
    log: (line) => log.push(line),
  });
  return { summary, log };
}

describe('runWorkerLoop', () => {
  it('marks each job done, failed (with its retries) or cancelled, and logs one line each', async () => {
    const { queue, calls } = memoryQueue([
      { kind: 'analyse', id: 'aaaaaaaa-1', data: { id: 'a.txt', text: 'Text.' } },
      { kind: 'analyse', id: 'bbbbbbbb-2', data: { id: 'b.txt', text: '  ' } },
      { kind: 'fetch', id: 'cccccccc-3', data: { url: 'ftp://x' } },
      { kind: 'fetch', id: 'dddddddd-4', data: { url: 'https://x.example/', limit: 1 } },
    ]);
    // The fetch job's reader is the real one, refused offline: an ordinary failure, retried.
    const { summary, log } = await runWorkerLoopOffline(queue);
    expect(summary).toEqual({ done: 1, failed: 3, released: 0 });
    expect(calls).toEqual([
      ['complete', QUEUES.analyse, 'aaaaaaaa-1'],
      ['cancel', 'bbbbbbbb-2'],
      ['cancel', 'cccccccc-3'],
      ['fail', 'dddddddd-4', expect.stringContaining('https://x.example/')],
    ]);
    expect(log).toEqual([
      expect.stringMatching(
        /^analyse aaaaaaaa done in \d+\.\d s: a.txt: already stored as report 7/,
      ),
      expect.stringMatching(
        /^analyse bbbbbbbb failed for good after .*: b.txt: the report is empty$/,
      ),
      expect.stringMatching(/^fetch cccccccc failed for good after .*no http\(s\) URL/),
      expect.stringMatching(/^fetch dddddddd failed after .*\(3 retries left\)$/),
    ]);
  });

  it('shares the jobs among its slots, each job once', async () => {
    const jobs = Array.from({ length: 9 }, (_, i) => ({
      kind: 'analyse' as const,
      id: `${i}`.padStart(8, '0'),
      data: { id: `${i}.txt`, text: 'Text.' },
    }));
    const { queue, calls } = memoryQueue(jobs);
    const { summary } = await run(queue, 3);
    expect(summary.done).toBe(9);
    expect(calls.map((c) => c[2]).sort()).toEqual(jobs.map((j) => j.id));
  });

  it('keeps going when a job cannot be marked, and says it will run again', async () => {
    const { queue } = memoryQueue(
      [
        { kind: 'analyse', id: 'eeeeeeee-5', data: { id: 'e.txt', text: 'Text.' } },
        { kind: 'analyse', id: 'ffffffff-6', data: { id: 'f.txt', text: 'Text.' } },
      ],
      true,
    );
    const { summary, log } = await run(queue);
    expect(summary).toEqual({ done: 0, failed: 2, released: 0 });
    expect(log[0]).toBe(
      'analyse eeeeeeee could not be marked done (Connection terminated unexpectedly); it runs again after its expiry of 300 s',
    );
    expect(log).toHaveLength(2);
  });
});

/** As `run`, with fetch jobs refused by `--offline` (no network in tests). */
async function runWorkerLoopOffline(queue: Queue) {
  const log: string[] = [];
  const summary = await runWorkerLoop({
    queue,
    store: storedEverything,
    concurrency: 1,
    once: true,
    signal: new AbortController().signal,
    graceMs: 1000,
    log: (line) => log.push(line),
    fetch: { offline: true },
  });
  return { summary, log };
}
