import PgBoss from 'pg-boss';
import type { DocumentMetaRecord, SourceMapRecord } from '../../core/contract/types.js';
import type { LanguageOption } from '../../core/lang/choose.js';

/**
 * The team mode's job queue: pg-boss on the same PostgreSQL database as the
 * report store, in its own schema (`pgboss`), so that the store's tables and
 * the queue's never mix and `DROP SCHEMA pgboss CASCADE` removes the queue
 * alone. Two queues:
 *
 * - `crosscheck-fetch`: a URL or feed → its pages' main texts → one analyse job each;
 * - `crosscheck-analyse`: a text (with the page's metadata) → DocumentRecord →
 *   stored and clustered.
 *
 * Clustering is the last step of the analyse job, not a job of its own: the
 * store writes a report and its story membership in one transaction, under a
 * PostgreSQL advisory lock per store that serialises every writer's story
 * choice, after the writer's in-memory story index has caught up with the
 * reports others committed (src/node/store/sql-store.ts). A separate cluster
 * job would only add a moment in which a stored report has no story.
 */

export const QUEUE_SCHEMA = 'pgboss';

export const QUEUES = {
  fetch: 'crosscheck-fetch',
  analyse: 'crosscheck-analyse',
} as const;

export type JobKind = keyof typeof QUEUES;

/** A URL or feed to read; each page it gives becomes an analyse job. */
export interface FetchJob {
  url: string;
  /** At most this many items of a feed. */
  limit?: number;
  /** Only feed items published on or after this day (YYYY-MM-DD). */
  since?: string;
  /** Let the URL reach loopback and private addresses (`--allow-private` of the enqueuing `add`). */
  allowPrivate?: boolean;
  /** YYYY-MM-DD anchoring relative dates, as `add --date`. */
  date?: string;
  /** The pages' language, as `add --lang`; default: detected per page. */
  lang?: LanguageOption;
}

/** One report's text, as read by whoever enqueued it (a file on their machine, or a fetched page). */
export interface AnalyseJob {
  /** The file path or URL it came from: the report's source in the store. */
  id: string;
  text: string;
  meta?: DocumentMetaRecord;
  sourceMap?: SourceMapRecord;
  /** YYYY-MM-DD anchoring relative dates; else the page's publication day. */
  date?: string;
  /** The report's language, as `add --lang`; default: detected. */
  lang?: LanguageOption;
}

export interface JobData {
  fetch: FetchJob;
  analyse: AnalyseJob;
}

/**
 * How long a job may run before pg-boss takes it for lost, how often it is
 * tried, and how often expired jobs are looked for. A worker that crashes
 * (killed, machine off) leaves its job `active`; the next maintenance run after
 * the job's expiry marks it failed, and a failed job with tries left is retried
 * by any worker after `retryDelaySeconds`. So a crashed job is picked up again
 * after at most `expireInSeconds + maintenanceIntervalSeconds + retryDelaySeconds`.
 */
export interface QueueTiming {
  /** Per queue: longer than the slowest healthy job, or a slow job is run twice. */
  expireInSeconds: Record<JobKind, number>;
  retryLimit: number;
  retryDelaySeconds: number;
  /** Doubles the delay after each failure (30 s, 60 s, 120 s, …). */
  retryBackoff: boolean;
  maintenanceIntervalSeconds: number;
  /** How often an idle worker asks for new jobs. */
  pollingIntervalSeconds: number;
}

/**
 * Production defaults. Analysing one long report takes about a second, so five
 * minutes is generous; a feed's fetch job reads every item page (15 s timeout
 * each), so it gets half an hour. Three retries with backoff ride out a
 * restarting server or a flaky site without looping on a page that always fails.
 */
export const PRODUCTION_TIMING: QueueTiming = {
  expireInSeconds: { fetch: 30 * 60, analyse: 5 * 60 },
  retryLimit: 3,
  retryDelaySeconds: 30,
  retryBackoff: true,
  maintenanceIntervalSeconds: 60,
  pollingIntervalSeconds: 2,
};

/**
 * `CROSSCHECK_QUEUE_TIMING` overrides the defaults with a JSON object of the
 * same shape (fields left out keep their default), e.g. for tests that kill a
 * worker and want the job back in seconds:
 * `{"expireInSeconds":{"analyse":2},"retryDelaySeconds":1,"maintenanceIntervalSeconds":1}`.
 */
export function queueTiming(env: NodeJS.ProcessEnv = process.env): QueueTiming {
  const raw = env['CROSSCHECK_QUEUE_TIMING'];
  if (!raw) return PRODUCTION_TIMING;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new QueueSetupError(`CROSSCHECK_QUEUE_TIMING is not valid JSON: ${raw}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new QueueSetupError('CROSSCHECK_QUEUE_TIMING must be a JSON object');
  const given = parsed as Partial<Omit<QueueTiming, 'expireInSeconds'>> & {
    expireInSeconds?: Partial<Record<JobKind, number>>;
  };
  const timing: QueueTiming = {
    ...PRODUCTION_TIMING,
    ...given,
    expireInSeconds: { ...PRODUCTION_TIMING.expireInSeconds, ...given.expireInSeconds },
  };
  const seconds = [
    ...Object.values(timing.expireInSeconds),
    timing.retryDelaySeconds,
    timing.maintenanceIntervalSeconds,
    timing.pollingIntervalSeconds,
  ];
  if (!seconds.every((s) => typeof s === 'number' && Number.isFinite(s) && s >= 0.5))
    throw new QueueSetupError(
      'CROSSCHECK_QUEUE_TIMING: every number of seconds must be at least 0.5',
    );
  if (!Number.isInteger(timing.retryLimit) || timing.retryLimit < 0)
    throw new QueueSetupError('CROSSCHECK_QUEUE_TIMING: retryLimit must be a whole number ≥ 0');
  return timing;
}

/** A problem with the queue's set-up or database, said in one line. */
export class QueueSetupError extends Error {
  override readonly name = 'QueueSetupError';
}

export interface Queue {
  boss: PgBoss;
  timing: QueueTiming;
  /** Queues a job with the queue's expiry and retry settings; resolves with its id. */
  send<K extends JobKind>(kind: K, data: JobData[K]): Promise<string | null>;
  stop(options?: { graceful?: boolean; timeoutMs?: number }): Promise<void>;
}

/**
 * Connects to the queue on `url` (a `postgres://` URL), creating pg-boss's
 * schema and the two queues when they are missing. Many processes may do this
 * at once: pg-boss installs its schema under an advisory lock, and a queue that
 * another process has just created is left as it is.
 */
export async function openQueue(
  url: string,
  options: { timing?: QueueTiming; supervise?: boolean; onError?: (error: Error) => void } = {},
): Promise<Queue> {
  const timing = options.timing ?? queueTiming();
  const boss = new PgBoss({
    connectionString: url,
    schema: QUEUE_SCHEMA,
    application_name: 'crosscheck',
    // A worker needs a connection per concurrent job at most, plus one for polling.
    max: 10,
    // Expiry is found by maintenance; only workers run it, not a one-off `add --queue`.
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: Math.max(1, Math.round(timing.maintenanceIntervalSeconds)),
    // The cron scheduler is not used: no clock checks against the server.
    schedule: false,
  });
  boss.on('error', (error) => options.onError?.(error));
  try {
    await boss.start();
  } catch (error) {
    throw new QueueSetupError(`cannot open the job queue: ${describePgError(error)}`);
  }
  for (const kind of Object.keys(QUEUES) as JobKind[]) {
    const name = QUEUES[kind];
    const settings = {
      name,
      expireInSeconds: Math.max(1, Math.round(timing.expireInSeconds[kind])),
      retryLimit: timing.retryLimit,
      retryDelay: Math.max(1, Math.round(timing.retryDelaySeconds)),
      retryBackoff: timing.retryBackoff,
    };
    try {
      await ensureQueue(boss, settings, options.supervise === true);
    } catch (error) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      throw new QueueSetupError(`cannot set up the job queue ${name}: ${describePgError(error)}`);
    }
  }
  return {
    boss,
    timing,
    send: (kind, data) => boss.send(QUEUES[kind], data as object),
    stop: ({ graceful = true, timeoutMs = 30_000 } = {}) =>
      boss.stop({ graceful, timeout: timeoutMs, wait: true }),
  };
}

/**
 * Creates the queue, or (for a worker) brings its settings up to date. Workers
 * started at the same moment on a new database race to create the same queue:
 * PostgreSQL then aborts one of them (deadlock, or a duplicate key), and that
 * one finds the queue made by the other on its next try.
 */
async function ensureQueue(
  boss: PgBoss,
  settings: PgBoss.Queue & { name: string },
  update: boolean,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (await boss.getQueue(settings.name)) {
        // A worker's settings apply to the jobs queued from now on (a queued job keeps its expiry).
        if (update) await boss.updateQueue(settings.name, settings);
        return;
      }
      await boss.createQueue(settings.name, settings);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      // 40P01 deadlock, 40001 serialisation failure, 23505 duplicate key, 42P07 table exists.
      if (attempt >= 5 || !['40P01', '40001', '23505', '42P07'].includes(code ?? '')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
    }
  }
}

/** A PostgreSQL or connection error as one line: its code and message, never a stack. */
export function describePgError(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0)
    return describePgError(error.errors[0]);
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ECONNREFUSED') return `no PostgreSQL server answers (${message})`;
  if (code === '3D000') return `${message} (create it with "createdb")`;
  if (code === '28P01' || code === '28000') return `the server refused the login: ${message}`;
  return code ? `${message} (${code})` : message;
}
