import type { LanguageOption } from '../../core/lang/choose.js';
import type { CliIo } from '../cli/io.js';
import { STORE_UNAVAILABLE } from '../cli/store-open.js';
import { isIngestInput, isWebUrl, type IngestOptions } from '../ingest/input-kind.js';
import { readInput } from '../read/read-input.js';
import { isServerUrl, openStore, redactUrl } from '../store/open.js';
import type { ReportStore } from '../store/types.js';
import { openQueue, type AnalyseJob, type Queue } from './queue.js';

/**
 * `crosscheck add --queue`: hands the inputs to the team's workers instead of
 * analysing them here. Files are read on this machine (the workers may run
 * elsewhere and cannot see them) and queued as analyse jobs with their text;
 * URLs and feeds are queued as fetch jobs, read by a worker. Reports already
 * stored are not queued. One line per input on standard output.
 */

export interface EnqueueOptions extends IngestOptions {
  /** The team store: a `postgres://` URL. */
  db: string;
  /** YYYY-MM-DD anchoring relative dates (`add --date`). */
  date?: string;
  /** The reports' language (`add --lang`); default: detected per report by the worker. */
  lang?: LanguageOption;
}

export async function enqueueInputs(
  inputs: readonly string[],
  options: EnqueueOptions,
  io: CliIo,
): Promise<number> {
  if (!isServerUrl(options.db)) {
    io.error(
      `crosscheck: --queue hands reports to "crosscheck worker" processes and needs a team store on a PostgreSQL server (--db postgres://… or CROSSCHECK_DB); ${options.db} is an embedded store: leave out --queue to add the reports now`,
    );
    return 2;
  }
  let store: ReportStore | undefined;
  let queue: Queue | undefined;
  try {
    store = await openStore({ db: options.db });
    queue = await openQueue(options.db, {
      onError: (error) => io.error(`crosscheck: job queue: ${error.message}`),
    });
  } catch (error) {
    await store?.close().catch(() => undefined);
    io.error(`crosscheck: ${error instanceof Error ? error.message : String(error)}`);
    return STORE_UNAVAILABLE;
  }
  let failed = 0;
  let queued = 0;
  try {
    for (const input of inputs) {
      if (isWebUrl(input)) {
        // A worker fetches it (and, for a feed, each item's page).
        const id = await queue.send('fetch', {
          url: input,
          ...(options.limit !== undefined ? { limit: options.limit } : {}),
          ...(options.since !== undefined ? { since: options.since } : {}),
          ...(options.allowPrivate ? { allowPrivate: true } : {}),
          ...(options.date !== undefined ? { date: options.date } : {}),
          ...(options.lang !== undefined && options.lang !== 'auto' ? { lang: options.lang } : {}),
        });
        queued++;
        await io.write(`queued  ${input} (fetch job ${shortId(id)})\n`);
        continue;
      }
      for (const item of await readLocal(input, options, io)) {
        if ('problem' in item) {
          io.error(`crosscheck: ${item.id}: ${item.problem}`);
          failed++;
          continue;
        }
        const existing = await store.findExisting(item.meta?.url ?? item.id, item.text);
        if (existing) {
          await io.write(
            `stored  ${item.id}: already stored as report ${existing.reportId} (same ${existing.by})\n`,
          );
          continue;
        }
        if (options.date !== undefined) item.date = options.date;
        if (options.lang !== undefined && options.lang !== 'auto') item.lang = options.lang;
        const id = await queue.send('analyse', item);
        queued++;
        await io.write(`queued  ${item.id} (analyse job ${shortId(id)})\n`);
      }
    }
  } catch (error) {
    io.error(
      `crosscheck: cannot queue on ${redactUrl(options.db)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  } finally {
    await queue.stop({ graceful: false }).catch(() => undefined);
    await store.close().catch(() => undefined);
  }
  io.error(
    `crosscheck: ${queued} job${queued === 1 ? '' : 's'} queued on ${redactUrl(options.db)}; "crosscheck worker" processes them`,
  );
  return failed > 0 ? 1 : 0;
}

/** A local input as analyse jobs: a text file or standard input is one, a feed file one per item. */
async function readLocal(
  input: string,
  options: IngestOptions,
  io: CliIo,
): Promise<(AnalyseJob | { id: string; problem: string })[]> {
  if (isIngestInput(input)) {
    const { ingestInput } = await import('../ingest/ingest-input.js');
    return (await ingestInput(input, options)).map((page) => {
      if (!page.ok) return { id: page.id, problem: page.problem };
      const job: AnalyseJob = { id: page.id, text: page.text, meta: page.meta };
      if (page.spans.length > 0) job.sourceMap = { encoding: page.encoding, spans: page.spans };
      return job;
    });
  }
  const read = await readInput(input, io.readStdin);
  if (!read.ok) return [{ id: input === '-' ? 'standard input' : input, problem: read.problem }];
  return [{ id: read.id, text: read.text }];
}

function shortId(id: string | null): string {
  return id ? id.slice(0, 8) : '(not queued)';
}
