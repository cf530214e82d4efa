import type { DocumentRecord, InputErrorRecord } from '../../core/contract/types.js';
import type { Pipeline } from '../../core/pipeline/pipeline.js';
import type { LanguageOption } from '../../core/lang/choose.js';
import { readInput } from '../read/read-input.js';
import { isIngestInput, type IngestOptions } from '../ingest/input-kind.js';
import { analyzeText, type AnalysisResult } from '../pipeline.js';
import { isIsoDay } from './date-option.js';
import type { CliIo } from './io.js';

export interface AnalysedInputs {
  documents: DocumentRecord[];
  /** Detected encoding of each analysed document, in the same order. */
  encodings: string[];
  /** Inputs that could not be read, each already reported on stderr. */
  errors: InputErrorRecord[];
}

/** How to analyse: the reports' date and their language (`auto`, the default: detected per report). */
export type AnalysisOptions = IngestOptions & { date?: string; lang?: LanguageOption };

/**
 * Reads and analyses every input in order, each in its language (given with
 * `lang`, or detected). An input that cannot be read, or that is written in a
 * language crosscheck does not read, is reported as one line on stderr naming
 * it, and the others are still analysed. `pipeline`, when given, is used for
 * the reports in its language (others get their language's pipeline).
 */
export async function analyseInputs(
  inputs: string[],
  pipeline: Pipeline | undefined,
  io: CliIo,
  options: AnalysisOptions = {},
): Promise<AnalysedInputs> {
  const result: AnalysedInputs = { documents: [], encodings: [], errors: [] };
  const lang = options.lang ?? 'auto';
  const prepared = pipeline ? { [pipeline.lang]: pipeline } : {};
  /** Adds an analysed report, or reports why it was not analysed; the record when analysed. */
  const accept = (id: string, analysis: AnalysisResult) => {
    if (analysis.ok) return analysis.record;
    const problem = `${analysis.problem}; use --lang de or --lang en to analyse it anyway`;
    io.error(`crosscheck: ${id === '-' ? 'standard input' : id}: ${problem}`);
    result.errors.push({ id, message: problem });
    return null;
  };
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
        const ownDay = !options.date && day && isIsoDay(day);
        const record = accept(
          page.id,
          ownDay
            ? analyzeText(page.id, page.text, lang, { documentDate: day })
            : analyzeText(page.id, page.text, lang, { documentDate: options.date }, prepared),
        );
        if (!record) continue;
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
    const record = accept(
      input,
      analyzeText(read.id, read.text, lang, { documentDate: options.date }, prepared),
    );
    if (!record) continue;
    result.documents.push(record);
    result.encodings.push(read.encoding);
  }
  return result;
}
