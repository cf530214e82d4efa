import { CONTRACT_VERSION, type AnalyzeOutput } from '../../core/contract/types.js';
import { renderDocumentText } from '../../core/render/text-view.js';
import { acceptDateOption } from './date-option.js';
import type { CliIo } from './io.js';
import { analyseInputs } from './read-inputs.js';
import type { IngestOptions } from '../ingest/input-kind.js';
import type { LanguageOption } from '../../core/lang/choose.js';

export type AnalyzeFormat = 'json' | 'text';

export interface AnalyzeOptions extends IngestOptions {
  format: AnalyzeFormat;
  /** Date of the reports (YYYY-MM-DD) for relative dates such as "am Sonntag". */
  date?: string;
  /** The reports' language, or `auto` (default): detected per report. */
  lang?: LanguageOption;
}

/**
 * `crosscheck analyze FILE... | -`: reads every input, analyses those that can be
 * read, and reports the others one line each on stderr. Returns the exit code:
 * 0 when every input was analysed, 1 when any could not be.
 */
export async function runAnalyze(
  inputs: string[],
  options: AnalyzeOptions,
  io: CliIo,
): Promise<number> {
  if (!acceptDateOption(options.date, io)) return 2;
  // Each report gets its language's pipeline (read-inputs.ts).
  const { documents, encodings, errors } = await analyseInputs(inputs, undefined, io, options);

  if (options.format === 'json') {
    const output: AnalyzeOutput = { version: CONTRACT_VERSION, documents };
    if (errors.length > 0) output.errors = errors;
    await io.write(`${JSON.stringify(output)}\n`);
  } else {
    const views = documents.map((doc, i) => renderDocumentText(doc, { encoding: encodings[i] }));
    if (views.length > 0) await io.write(`${views.join('\n\n')}\n`);
  }
  return errors.length > 0 ? 1 : 0;
}
