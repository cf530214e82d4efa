import type { DocumentRecord, InputErrorRecord } from '../../core/contract/types.js';
import type { Pipeline } from '../../core/pipeline/pipeline.js';
import { readInput } from '../read/read-input.js';
import { isIngestInput, type IngestOptions } from '../ingest/input-kind.js';
import { loadGermanPipeline } from '../pipeline.js';
import { isIsoDay } from './date-option.js';
import type { CliIo } from './io.js';

export interface AnalysedInputs {
  documents: DocumentRecord[];
  /** Detected encoding of each analysed document, in the same order. */
  encodings: string[];
  /** Inputs that could not be read, each already reported on stderr. */
  errors: InputErrorRecord[];
}

/**
 * Reads and analyses every input in order. An input that cannot be read is
 * reported as one line on stderr naming it, and the others are still analysed.
 */
export async function analyseInputs(
  inputs: string[],
  pipeline: Pipeline,
  io: CliIo,
  options: IngestOptions & { date?: string } = {},
): Promise<AnalysedInputs> {
  const result: AnalysedInputs = { documents: [], encodings: [], errors: [] };
  for (const input of inputs) {
    if (isIngestInput(input)) {
      // Web pages, URLs and feeds (src/node/ingest): one input may give several documents.
      // Loaded on demand: the HTML parser would only slow runs over text files.
      const { ingestInput } = await import('../ingest/ingest-input.js');
      for (const page of await ingestInput(input, options)) {
        if (!page.ok) {
          io.error(`crosscheck: ${page.id}: ${page.problem}`);
          result.errors.push({ id: page.id, message: page.problem });
          continue;
        }
        // The page's publication day anchors "am Sonntag" unless --date was given.
        const day = page.meta.published?.slice(0, 10);
        const run =
          !options.date && day && isIsoDay(day)
            ? loadGermanPipeline({ documentDate: day })
            : pipeline;
        const record = run.run(page.id, page.text).toRecord();
        record.meta = page.meta;
        if (page.spans.length > 0)
          record.sourceMap = { encoding: page.encoding, spans: page.spans };
        result.documents.push(record);
        result.encodings.push(page.encoding);
      }
      continue;
    }
    const read = await readInput(input, io.readStdin);
    if (!read.ok) {
      io.error(`crosscheck: ${input === '-' ? 'standard input' : input}: ${read.problem}`);
      result.errors.push({ id: input, message: read.problem });
      continue;
    }
    result.documents.push(pipeline.run(read.id, read.text).toRecord());
    result.encodings.push(read.encoding);
  }
  return result;
}
