import type { DocumentRecord } from '../../core/contract/types.js';
import type { BilingualDictionary } from '../../core/crosslingual/dictionary.js';
import {
  loadDictionary,
  MISSING_DICTIONARY_HINT,
  PARSING_DICTIONARY_NOTE,
  type DictionarySource,
} from './load.js';

/**
 * The German–English dictionary when the documents are in more than one
 * language, else null (and nothing is read). While a first run parses the list
 * (no cached index yet), one line on standard error says why it waits. When it is missing or unreadable,
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
  // A first run parses the list: one line says why it waits.
  const load = loadDictionary(source, (path) => warn(PARSING_DICTIONARY_NOTE(path)));
  if (load.status === 'loaded') return load.dictionary;
  warn(
    load.status === 'missing'
      ? MISSING_DICTIONARY_HINT
      : `crosscheck: ${load.path}: ${load.message}; comparing across languages without a dictionary`,
  );
  return null;
}
