import { checkTranslation } from '../../core/crosslingual/translation-check.js';
import {
  renderTranslationMarkdown,
  renderTranslationText,
} from '../../core/crosslingual/render.js';
import { loadDictionary, MISSING_DICTIONARY_HINT } from '../dictionary/load.js';
import type { CompareOptions } from './compare-command.js';
import { acceptDateOption } from './date-option.js';
import type { CliIo } from './io.js';
import { analyseInputs } from './read-inputs.js';

/**
 * `crosscheck compare --translation ORIGINAL TRANSLATION`: aligns a translation
 * with its original sentence by sentence and lists dropped and added
 * sentences, changed numbers, units, names, speakers, negations and kinds of
 * vehicle or weapon (src/core/crosslingual/translation-check.ts).
 */
export async function runTranslationCheck(
  inputs: string[],
  options: CompareOptions,
  io: CliIo,
): Promise<number> {
  if (!acceptDateOption(options.date, io)) return 2;
  if (inputs.length !== 2) {
    io.error(
      `crosscheck: compare --translation needs exactly two reports, the original and its translation (got ${inputs.length})`,
    );
    return 2;
  }
  // Each text is analysed in its own language (detected, or --lang), by that language's pipeline.
  const { documents, errors } = await analyseInputs(inputs, undefined, io, options);
  if (documents.length !== 2 || errors.length > 0) {
    io.error('crosscheck: compare --translation needs both the original and the translation');
    return 1;
  }
  const dictionary = loadDictionary();
  if (dictionary.status === 'missing') io.error(MISSING_DICTIONARY_HINT);
  else if (dictionary.status === 'error')
    io.error(
      `crosscheck: ${dictionary.path}: ${dictionary.message}; comparing without a dictionary`,
    );
  const output = checkTranslation(
    documents[0]!,
    documents[1]!,
    dictionary.status === 'loaded' ? dictionary.dictionary : null,
  );
  const rendered =
    options.format === 'json'
      ? JSON.stringify(output)
      : options.format === 'md'
        ? renderTranslationMarkdown(output)
        : renderTranslationText(output);
  await io.write(`${rendered}\n`);
  return 0;
}
