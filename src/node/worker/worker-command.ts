import type { CliIo } from '../cli/io.js';
import { STORE_UNAVAILABLE } from '../cli/store-open.js';
import { isServerUrl, openStore, redactUrl } from '../store/open.js';
import type { ReportStore } from '../store/types.js';
import { openQueue, QUEUES, queueTiming, type Queue } from './queue.js';
import { runWorkerLoop } from './run-worker.js';

export interface WorkerCommandOptions {
  /** The team's store: a `postgres://` URL (else `$CROSSCHECK_DB`). */
  db?: string;
  concurrency: string;
  once?: boolean;
  offline?: boolean;
  /** Stops the worker as SIGINT does (tests); the process's signals always do. */
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
}

/** Running jobs may take this long to finish after Ctrl+C; a second Ctrl+C releases them at once. */
export const GRACE_MS = 30_000;

/**
 * `crosscheck worker`: takes jobs from the team store's queue (queued by
 * `crosscheck add --queue`) until stopped, or until the queue is empty with
 * `--once`. Returns the exit code.
 */
export async function runWorkerCommand(options: WorkerCommandOptions, io: CliIo): Promise<number> {
  const env = options.env ?? process.env;
  const db = options.db ?? env['CROSSCHECK_DB'];
  if (!db || !isServerUrl(db)) {
    io.error(
      `crosscheck: worker needs a team store on a PostgreSQL server: give --db postgres://… or set CROSSCHECK_DB` +
        (db
          ? ` (got "${db}", a folder: the embedded store analyses reports at once with "crosscheck add")`
          : ''),
    );
    return 2;
  }
  const concurrency = Number(options.concurrency);
  if (!/^\d+$/.test(options.concurrency) || concurrency < 1 || concurrency > 64) {
    io.error(
      `crosscheck: --concurrency ${options.concurrency}: expected a whole number from 1 to 64`,
    );
    return 2;
  }
  let timing;
  try {
    timing = queueTiming(env);
  } catch (error) {
    io.error(`crosscheck: ${(error as Error).message}`);
    return 2;
  }
  const pauseMs = Number(env['CROSSCHECK_TEST_JOB_PAUSE_MS'] ?? 0) || 0;

  let store: ReportStore | undefined;
  let queue: Queue | undefined;
  try {
    store = await openStore({ db, env });
    queue = await openQueue(db, {
      timing,
      supervise: true,
      onError: (error) => io.error(`crosscheck: job queue: ${error.message}`),
    });
  } catch (error) {
    await store?.close().catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    io.error(`crosscheck: ${message}`);
    return STORE_UNAVAILABLE;
  }

  const stop = new AbortController();
  const hurry = new AbortController();
  const onSignal = () => {
    if (!stop.signal.aborted) {
      io.error(
        'crosscheck: stopping after the running jobs (press Ctrl+C again to release them now)',
      );
      stop.abort();
    } else hurry.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  options.signal?.addEventListener('abort', onSignal, { once: true });

  io.error(
    `crosscheck worker: ${concurrency} slot${concurrency === 1 ? '' : 's'} on ${redactUrl(db)}` +
      (options.once ? ', until the queue is empty' : '; Ctrl+C stops it'),
  );
  try {
    const summary = await runWorkerLoop({
      queue,
      store,
      concurrency,
      once: options.once === true,
      signal: stop.signal,
      hurry: hurry.signal,
      graceMs: GRACE_MS,
      log: (line) => void io.write(`${new Date().toISOString()} ${line}\n`),
      ...(pauseMs > 0 ? { pauseMs } : {}),
      ...(options.offline ? { fetch: { offline: true } } : {}),
    });
    const waiting = await waitingJobs(queue);
    io.error(
      `crosscheck worker: ${summary.done} job${summary.done === 1 ? '' : 's'} done, ${summary.failed} failed` +
        (summary.released > 0 ? `, ${summary.released} released for retry` : '') +
        (waiting > 0 ? `; ${waiting} still queued (waiting for a retry or another worker)` : ''),
    );
    return summary.failed > 0 && options.once ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await queue.stop({ graceful: false }).catch(() => undefined);
    await store.close().catch(() => undefined);
  }
}

/** Jobs not yet done: queued, waiting for a retry, or running elsewhere. */
async function waitingJobs(queue: Queue): Promise<number> {
  let total = 0;
  for (const name of Object.values(QUEUES)) {
    total += await queue.boss.getQueueSize(name, { before: 'completed' }).catch(() => 0);
  }
  return total;
}
