import type PgBoss from 'pg-boss';
import type { ReportStore } from '../store/types.js';
import { HANDLERS, PermanentJobError, type JobContext } from './jobs.js';
import { QUEUES, type JobKind, type Queue } from './queue.js';

/**
 * The worker loop: `concurrency` slots, each taking one job at a time from
 * the queues (analysis before fetching, so that fetched pages are stored
 * before more pages are fetched), running it and marking it done or failed.
 * One log line per job. Analysis is CPU work on Node's one thread, so more
 * slots than one only overlap fetching with analysis; more cores want more
 * worker processes (docs/team.md).
 */

export interface WorkerLoopOptions {
  queue: Queue;
  store: ReportStore;
  concurrency: number;
  /** Stop when no job is ready (and none of this worker's is still running) instead of waiting for more. */
  once: boolean;
  /** Stops taking jobs; the running ones finish (or are released after `graceMs`). */
  signal: AbortSignal;
  /** How long running jobs may take to finish after the stop signal before they are released for retry. */
  graceMs: number;
  /** Cuts the grace period short: running jobs are released at once (a second Ctrl+C). */
  hurry?: AbortSignal;
  log(line: string): void;
  /** Test hook: each job waits this long before it starts (so that a test can kill a worker mid-job). */
  pauseMs?: number;
  fetch?: JobContext['fetch'];
}

export interface WorkerSummary {
  done: number;
  failed: number;
  /** Jobs given back to the queue at stop (they are retried by any worker). */
  released: number;
}

/** Order in which a free slot looks for work. */
const ORDER: JobKind[] = ['analyse', 'fetch'];

export async function runWorkerLoop(options: WorkerLoopOptions): Promise<WorkerSummary> {
  const { queue, store, signal } = options;
  const boss = queue.boss;
  const summary: WorkerSummary = { done: 0, failed: 0, released: 0 };
  const running = new Map<string, { kind: JobKind; abort: AbortController }>();
  const context: JobContext = {
    store,
    send: (kind, data) => queue.send(kind, data),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  const pollMs = queue.timing.pollingIntervalSeconds * 1000;

  const takeJob = async (): Promise<{ kind: JobKind; job: PgBoss.JobWithMetadata } | null> => {
    for (const kind of ORDER) {
      const [job] = await boss.fetch<object>(QUEUES[kind], {
        batchSize: 1,
        includeMetadata: true,
      });
      if (job) return { kind, job };
    }
    return null;
  };

  const runJob = async (kind: JobKind, job: PgBoss.JobWithMetadata): Promise<void> => {
    const started = Date.now();
    const abort = new AbortController();
    running.set(job.id, { kind, abort });
    const tag = `${kind} ${job.id.slice(0, 8)}${job.retryCount > 0 ? ` (try ${job.retryCount + 1})` : ''}`;
    try {
      let outcome: { line: string } | { error: unknown };
      try {
        if (options.pauseMs) await delay(options.pauseMs, abort.signal);
        if (abort.signal.aborted) return;
        const handler = HANDLERS[kind] as (data: unknown, context: JobContext) => Promise<string>;
        outcome = { line: await handler(job.data, context) };
      } catch (error) {
        outcome = { error };
      }
      // Released at stop: the job is already back in the queue.
      if (abort.signal.aborted) return;
      try {
        options.log(await settle(kind, job, outcome, started, tag));
      } catch (error) {
        // The database went away between taking the job and marking it: it runs again after its expiry.
        summary.failed++;
        options.log(
          `${tag} could not be marked ${'line' in outcome ? 'done' : 'failed'} (${error instanceof Error ? error.message : String(error)}); it runs again after its expiry of ${job.expireInSeconds} s`,
        );
      }
    } finally {
      running.delete(job.id);
    }
  };

  /** Marks the job done or failed in the queue and says so in one line. */
  const settle = async (
    kind: JobKind,
    job: PgBoss.JobWithMetadata,
    outcome: { line: string } | { error: unknown },
    started: number,
    tag: string,
  ): Promise<string> => {
    if ('line' in outcome) {
      // pg-boss types it void; it answers how many jobs it marked.
      const marked = (await boss.complete(QUEUES[kind], job.id, {
        result: outcome.line,
      })) as unknown as { affected?: number } | void;
      summary.done++;
      const late =
        marked && marked.affected === 0
          ? ` (after its expiry of ${job.expireInSeconds} s: the queue had already put it back, and its next run will find the work done)`
          : '';
      return `${tag} done in ${seconds(started)}: ${outcome.line}${late}`;
    }
    const { error } = outcome;
    const message = error instanceof Error ? error.message : String(error);
    summary.failed++;
    if (error instanceof PermanentJobError) {
      // No retry can help: the job is cancelled instead of failed.
      await boss.cancel(QUEUES[kind], job.id);
      return `${tag} failed for good after ${seconds(started)}: ${message}`;
    }
    await boss.fail(QUEUES[kind], job.id, { message });
    const left = job.retryLimit - job.retryCount;
    return (
      `${tag} failed after ${seconds(started)}: ${message}` +
      (left > 0 ? ` (${left} ${left === 1 ? 'retry' : 'retries'} left)` : ' (no retries left)')
    );
  };

  const slot = async (): Promise<void> => {
    while (!signal.aborted) {
      let taken;
      try {
        taken = await takeJob();
      } catch (error) {
        // The server restarting, say: say so, and try again after a pause.
        options.log(`cannot fetch jobs: ${error instanceof Error ? error.message : String(error)}`);
        await delay(pollMs, signal);
        continue;
      }
      if (taken) {
        await runJob(taken.kind, taken.job);
        continue;
      }
      // Another slot's fetch job may still queue pages: --once waits for it.
      if (options.once && running.size === 0) return;
      await delay(pollMs, signal);
    }
  };

  const slots = Array.from({ length: options.concurrency }, () => slot());
  const stopped = new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
  const finished = Promise.all(slots);
  await Promise.race([finished, stopped]);
  if (signal.aborted && running.size > 0) {
    options.log(
      `stopping: waiting up to ${Math.round(options.graceMs / 1000)} s for ${running.size} running job${running.size === 1 ? '' : 's'}`,
    );
    await within(finished, options.graceMs, options.hurry);
    // Still running: hand them back, so that another worker takes them now.
    for (const [id, { kind, abort }] of running) {
      abort.abort();
      try {
        await boss.fail(QUEUES[kind], id, { message: 'released: the worker was stopped' });
        summary.released++;
        options.log(
          `${kind} ${id.slice(0, 8)} released: the worker was stopped; it will be retried`,
        );
      } catch (error) {
        options.log(
          `${kind} ${id.slice(0, 8)} could not be released (${error instanceof Error ? error.message : String(error)}); it runs again after its expiry`,
        );
      }
    }
  }
  // A released job's handler may still be on its way out; it is not waited for long.
  await within(finished, 1000);
  return summary;
}

/**
 * Waits for `work`, at most `ms` (less if `cut` fires). The timer is cleared
 * when the work ends first: a pending timer would keep the process alive.
 */
async function within(work: Promise<unknown>, ms: number, cut?: AbortSignal): Promise<void> {
  const stop = new AbortController();
  const onCut = () => stop.abort();
  cut?.addEventListener('abort', onCut, { once: true });
  try {
    await Promise.race([work, delay(ms, stop.signal)]);
  } finally {
    stop.abort();
    cut?.removeEventListener('abort', onCut);
  }
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}
