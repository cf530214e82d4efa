import type { DocumentRecord } from '../../core/contract/types.js';
import { isIngestInput, isWebUrl, type IngestOptions } from '../ingest/input-kind.js';
import type { IngestedDocument } from '../ingest/ingest-input.js';
import type { LanguageOption } from '../../core/lang/choose.js';
import { analyzeText } from '../pipeline.js';
import { readInput } from '../read/read-input.js';
import type { ReportStore } from '../store/types.js';
import { acceptDateOption, isIsoDay } from './date-option.js';
import type { CliIo } from './io.js';
import { withStore, type StoreOption } from './store-open.js';

export interface AddOptions extends IngestOptions, StoreOption {
  /** Date of the reports (YYYY-MM-DD) for relative dates such as "am Sonntag". */
  date?: string;
  /** The reports' language, or `auto` (default): detected per report (docs/languages.md). */
  lang?: LanguageOption;
}

/** A report read but not yet analysed: its id, text and what the page says about itself. */
interface ReadReport {
  source: string;
  text: string;
  page?: IngestedDocument;
}

/**
 * `crosscheck add FILE|URL|FEED…`: reads, analyses and stores each report,
 * one line per report: `added`, `already stored` or (on stderr) the error.
 * A report already stored (same URL or same text) is not analysed again, so
 * re-running an interrupted `add` only does the rest.
 */
export async function runAdd(inputs: string[], options: AddOptions, io: CliIo): Promise<number> {
  if (!acceptDateOption(options.date, io)) return 2;
  return withStore(options, io, async (store) => {
    let failed = 0;
    for (const input of inputs) {
      for (const item of await readReports(input, store, options, io)) {
        if ('problem' in item) {
          io.error(`crosscheck: ${item.id}: ${item.problem}`);
          failed++;
          continue;
        }
        if ('stored' in item) {
          await io.write(
            `already stored  ${item.id} = report ${item.stored.reportId} ` +
              `(same ${item.stored.by === 'url' ? 'address' : 'text'})\n`,
          );
          continue;
        }
        const known = await store.findExisting(item.source, item.text);
        if (known) {
          await io.write(
            `already stored  ${item.source} = report ${known.reportId} ` +
              `(same ${known.by === 'url' ? 'address' : 'text'})\n`,
          );
          continue;
        }
        const record = analyse(item, options);
        if ('problem' in record) {
          io.error(`crosscheck: ${item.source}: ${record.problem}`);
          failed++;
          continue;
        }
        const result = await store.addReport({ record, source: item.source });
        if (result.status === 'duplicate') {
          // Another writer stored it between the check and the write.
          await io.write(
            `already stored  ${item.source} = report ${result.reportId} ` +
              `(same ${result.by === 'url' ? 'address' : 'text'})\n`,
          );
          continue;
        }
        await io.write(
          `added           ${item.source} = report ${result.reportId}, ` +
            `${result.newStory ? 'new story' : 'joined story'} ${result.storyId}\n`,
        );
      }
    }
    return failed > 0 ? 1 : 0;
  });
}

type ReadItem =
  | ReadReport
  | { id: string; problem: string }
  | { id: string; stored: { reportId: number; by: 'url' | 'text' } };

async function readReports(
  input: string,
  store: ReportStore,
  options: AddOptions,
  io: CliIo,
): Promise<ReadItem[]> {
  if (isIngestInput(input)) {
    // A page already stored under its address is not fetched again (a feed always is: it changes).
    if (isWebUrl(input)) {
      const known = await store.findExisting(input);
      if (known) return [{ id: input, stored: known }];
    }
    const { ingestInput } = await import('../ingest/ingest-input.js');
    return (await ingestInput(input, options)).map((page) =>
      page.ok
        ? { source: page.meta.url ?? page.id, text: page.text, page }
        : { id: page.id, problem: page.problem },
    );
  }
  const read = await readInput(input, io.readStdin);
  if (!read.ok) return [{ id: input === '-' ? 'standard input' : input, problem: read.problem }];
  return [{ source: input, text: read.text }];
}

/**
 * The same analysis `crosscheck analyze` gives the report (src/node/cli/read-inputs.ts),
 * in its given or detected language; a report in another language is not analysed.
 */
function analyse(item: ReadReport, options: AddOptions): DocumentRecord | { problem: string } {
  const page = item.page;
  // A page's publication day anchors "am Sonntag" unless --date was given.
  const day = page?.meta.published?.slice(0, 10);
  const documentDate = options.date ?? (day && isIsoDay(day) ? day : undefined);
  const analysis = analyzeText(page?.id ?? item.source, item.text, options.lang ?? 'auto', {
    documentDate,
  });
  if (!analysis.ok)
    return { problem: `${analysis.problem}; use --lang de or --lang en to add it anyway` };
  const record = analysis.record;
  if (page) {
    record.meta = page.meta;
    if (page.spans.length > 0) record.sourceMap = { encoding: page.encoding, spans: page.spans };
  }
  return record;
}
