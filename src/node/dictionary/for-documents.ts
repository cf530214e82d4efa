import type { DocumentRecord } from '../../core/contract/types.js';
import type { BilingualDictionary } from '../../core/crosslingual/dictionary.js';
import { loadDictionary, MISSING_DICTIONARY_HINT, type DictionarySource } from './load.js';

/**
 * The German–English dictionary when the documents are in more than one
 * language, else null (and nothing is read). When it is missing or unreadable,
 * one line on standard error says so and how to install it; the comparison
 * then rests on numbers, names and cognates.
 */
export function dictionaryFor(
  documents: readonly DocumentRecord[],
  warn: (line: string) => void,
  source?: DictionarySource,
): BilingualDictionary | null {
  const langs = new Set(documents.map((d) => d.lang.slice(0, 2).toLowerCase()));
  if (langs.size < 2) return null;
  const load = loadDictionary(source);
  if (load.status === 'loaded') return load.dictionary;
  warn(
    load.status === 'missing'
      ? MISSING_DICTIONARY_HINT
      : `crosscheck: ${load.path}: ${load.message}; comparing across languages without a dictionary`,
  );
  return null;
}
