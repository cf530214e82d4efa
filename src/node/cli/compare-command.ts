import { compareDocuments } from '../../core/compare/compare.js';
import { renderCompareMarkdown } from '../../core/render/compare-markdown.js';
import { renderCompareText } from '../../core/render/compare-text.js';
import { loadGermanPipeline } from '../pipeline.js';
import { acceptDateOption } from './date-option.js';
import type { CliIo } from './io.js';
import { analyseInputs } from './read-inputs.js';
import { mayExpand, type IngestOptions } from '../ingest/input-kind.js';

export type CompareFormat = 'json' | 'md' | 'text';

export interface CompareOptions extends IngestOptions {
  format: CompareFormat;
  /** Date of the reports (YYYY-MM-DD) for relative dates such as "am Sonntag". */
  date?: string;
}

/**
 * `crosscheck compare FILE...`: analyses two or more reports of one story and
 * prints what they agree on, where they conflict, and what only one says.
 * Unreadable inputs are reported one line each; the rest are still compared
 * when at least two remain.
 */
export async function runCompare(
  inputs: string[],
  options: CompareOptions,
  io: CliIo,
): Promise<number> {
  if (!acceptDateOption(options.date, io)) return 2;
  // A feed or URL may stand for several reports; the count after reading decides then.
  if (inputs.length < 2 && !inputs.some(mayExpand)) {
    io.error('crosscheck: compare needs at least two reports');
    return 2;
  }
  const pipeline = loadGermanPipeline({ documentDate: options.date });
  const { documents, errors } = await analyseInputs(inputs, pipeline, io, options);
  if (documents.length < 2) {
    io.error(
      `crosscheck: only ${documents.length} of the reports could be read; compare needs at least two`,
    );
    return 1;
  }

  const output = compareDocuments(documents);
  if (errors.length > 0) output.errors = errors;
  const rendered =
    options.format === 'json'
      ? JSON.stringify(output)
      : options.format === 'md'
        ? renderCompareMarkdown(output)
        : renderCompareText(output);
  await io.write(`${rendered}\n`);
  return errors.length > 0 ? 1 : 0;
}
