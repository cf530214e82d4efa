import type { DocumentRecord } from '../../core/contract/types.js';
import { isIsoDay } from '../cli/date-option.js';
import type { IngestResult } from '../ingest/ingest-input.js';
import type { IngestOptions } from '../ingest/input-kind.js';
import { analyzeText } from '../pipeline.js';
import type { ReportStore } from '../store/types.js';
import type { AnalyseJob, FetchJob, JobData, JobKind } from './queue.js';

/**
 * What each job does. A handler returns one line for the worker's log, or
 * throws: then pg-boss retries the job (the error message is kept with it).
 * Every handler may run twice for one job — a worker that crashed after the
 * work but before marking it done, or two copies of one input queued — so each
 * is idempotent: the store's unique constraints (content hash, canonical URL)
 * turn a second add into "already stored".
 */

export interface JobContext {
  store: ReportStore;
  /** Queues a follow-up job (a fetched page's analysis). */
  send<K extends JobKind>(kind: K, data: JobData[K]): Promise<unknown>;
  /** How fetch jobs reach the network (the worker's `--offline`; private addresses only where the job allows). */
  fetch?: Pick<IngestOptions, 'offline' | 'timeoutMs' | 'resolve'>;
  /** Reads a URL or feed into pages; src/node/ingest by default, injectable for tests. */
  ingest?: (input: string, options: IngestOptions) => Promise<IngestResult[]>;
}

/** A job that cannot succeed however often it is tried: it is failed without retries. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}

/** Analyses one report's text and stores it; the store assigns its story in the same transaction. */
export async function analyseJob(job: AnalyseJob, context: JobContext): Promise<string> {
  if (typeof job.id !== 'string' || typeof job.text !== 'string')
    throw new PermanentJobError('the job has no report: it needs "id" and "text" strings');
  if (job.text.trim() === '') throw new PermanentJobError(`${job.id}: the report is empty`);
  // A second copy of a stored report costs a lookup, not an analysis.
  const existing = await context.store.findExisting(job.meta?.url ?? job.id, job.text);
  if (existing)
    return `${job.id}: already stored as report ${existing.reportId} (same ${existing.by})`;
  const record = analyse(job);
  const result = await context.store.addReport({ record, source: job.id });
  if (result.status === 'duplicate')
    return `${job.id}: already stored as report ${result.reportId} (same ${result.by}, stored meanwhile)`;
  return `${job.id}: added as report ${result.reportId}, ${result.newStory ? 'opened' : 'joined'} story ${result.storyId}`;
}

/** The report in its language (given when queued, else detected), like `crosscheck add`. */
function analyse(job: AnalyseJob): DocumentRecord {
  // The day anchoring "am Sonntag": the enqueuer's --date, else the page's publication day.
  const day = job.date ?? job.meta?.published?.slice(0, 10);
  const analysis = analyzeText(
    job.id,
    job.text,
    job.lang ?? 'auto',
    day && isIsoDay(day) ? { documentDate: day } : {},
  );
  // A text in a language crosscheck does not read is that way on every try.
  if (!analysis.ok)
    throw new PermanentJobError(
      `${job.id}: ${analysis.problem}; queue it with --lang de or --lang en to add it anyway`,
    );
  const { record } = analysis;
  if (job.meta) record.meta = job.meta;
  if (job.sourceMap) record.sourceMap = job.sourceMap;
  return record;
}

/**
 * Reads a URL or feed and queues one analyse job per page. Pages already
 * stored are not queued again. When no page could be read the job fails (and
 * is retried: a site may be down for a minute); a feed with some bad items
 * succeeds with the others and names the failures in its log line.
 */
export async function fetchJob(job: FetchJob, context: JobContext): Promise<string> {
  if (typeof job.url !== 'string' || !/^https?:\/\//i.test(job.url))
    throw new PermanentJobError('the job has no http(s) URL to fetch');
  const ingest = context.ingest ?? (await import('../ingest/ingest-input.js')).ingestInput;
  const pages = await ingest(job.url, {
    ...context.fetch,
    ...(job.limit !== undefined ? { limit: job.limit } : {}),
    ...(job.since !== undefined ? { since: job.since } : {}),
    ...(job.allowPrivate ? { allowPrivate: true } : {}),
  });
  let queued = 0;
  let stored = 0;
  const failures: string[] = [];
  for (const page of pages) {
    if (!page.ok) {
      failures.push(`${page.id}: ${page.problem}`);
      continue;
    }
    if (await context.store.findExisting(page.meta.url ?? page.id, page.text)) {
      stored++;
      continue;
    }
    const analyse: AnalyseJob = { id: page.id, text: page.text, meta: page.meta };
    if (page.spans.length > 0) analyse.sourceMap = { encoding: page.encoding, spans: page.spans };
    if (job.date) analyse.date = job.date;
    if (job.lang) analyse.lang = job.lang;
    await context.send('analyse', analyse);
    queued++;
  }
  if (queued === 0 && stored === 0)
    throw new Error(
      failures.length > 0 ? failures.join('; ') : `${job.url}: no report found there`,
    );
  const parts = [`${job.url}: queued ${queued} page${queued === 1 ? '' : 's'} for analysis`];
  if (stored > 0) parts.push(`${stored} already stored`);
  if (failures.length > 0) parts.push(`${failures.length} failed (${failures.join('; ')})`);
  return parts.join(', ');
}

export const HANDLERS: {
  [K in JobKind]: (job: JobData[K], context: JobContext) => Promise<string>;
} = {
  fetch: fetchJob,
  analyse: analyseJob,
};
