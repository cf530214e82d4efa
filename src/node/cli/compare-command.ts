import { compareDocuments } from '../../core/compare/compare.js';
import { dictionaryFor } from '../dictionary/for-documents.js';
import { renderCompareMarkdown } from '../../core/render/compare-markdown.js';
import { renderCompareText } from '../../core/render/compare-text.js';
import { acceptDateOption } from './date-option.js';
import type { CliIo } from './io.js';
import { analyseInputs } from './read-inputs.js';
import { mayExpand, type IngestOptions } from '../ingest/input-kind.js';
import type { LanguageOption } from '../../core/lang/choose.js';
import type { DocumentRecord, InputErrorRecord } from '../../core/contract/types.js';

export type CompareFormat = 'json' | 'md' | 'text';

export interface CompareOptions extends IngestOptions {
  format: CompareFormat;
  /** Date of the reports (YYYY-MM-DD) for relative dates such as "am Sonntag". */
  date?: string;
  /** The reports' language, or `auto` (default): detected per report. */
  lang?: LanguageOption;
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
  // Each report gets its language's pipeline (read-inputs.ts).
  const { documents, errors } = await analyseInputs(inputs, undefined, io, options);
  if (documents.length < 2) {
    io.error(
      `crosscheck: only ${documents.length} of the reports could be read; compare needs at least two`,
    );
    return 1;
  }

  await io.write(`${compareAndRender(documents, options.format, io, errors)}\n`);
  return errors.length > 0 ? 1 : 0;
}

/**
 * Compares analysed reports — those in two languages with the German–English
 * dictionary (docs/crosslingual.md) — and renders the output in `format`. Used
 * for reports read from inputs and for a stored story alike.
 */
export function compareAndRender(
  documents: DocumentRecord[],
  format: CompareFormat,
  io: CliIo,
  errors: InputErrorRecord[] = [],
): string {
  const output = compareDocuments(documents, { dictionary: dictionaryFor(documents, io.error) });
  if (errors.length > 0) output.errors = errors;
  return format === 'json'
    ? JSON.stringify(output)
    : format === 'md'
      ? renderCompareMarkdown(output)
      : renderCompareText(output);
}
