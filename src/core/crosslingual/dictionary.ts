/**
 * A German↔English dictionary of single words, as the cross-language comparison
 * needs it: which English lemmas a German lemma may translate to and back. The
 * core knows only this interface; the Node adapter (src/node/dictionary/) fills
 * it from Debian's `trans-de-en` (Ding) at run time, and nothing derived from
 * that GPL list is part of this repository.
 */
export interface BilingualDictionary {
  /** English words (lower case) the German word (lower case) may translate to, in the list's order. */
  english(german: string): readonly string[];
  /** German words (lower case) the English word (lower case) may translate to, in the list's order. */
  german(english: string): readonly string[];
  /** Number of German headwords. */
  readonly size: number;
}

const NONE: readonly string[] = [];

/**
 * Both directions of a dictionary as joined lists (`"range|reach"`), the form
 * it is cached in: a list is split only when asked for, so loading the cache
 * makes two maps of strings and nothing else.
 */
export interface DictionaryIndex {
  toEnglish: ReadonlyMap<string, string>;
  toGerman: ReadonlyMap<string, string>;
}

/** Separates the words of a joined list; no word of the list contains it. */
export const LIST_SEPARATOR = '|';

/**
 * The index of German → English pairs: the reverse direction is built from
 * the same pairs, so both directions always agree. Each translation is kept
 * once however many entries list it, in first-seen order.
 */
export function indexFromPairs(
  pairs: Iterable<readonly [german: string, english: readonly string[]]>,
): DictionaryIndex {
  // German lists are short (a word's senses), so arrays checked for repeats are
  // cheapest; English lists can be long ("off" has over 1,500 German words), so
  // they are sets.
  const toEnglish = new Map<string, string[]>();
  const toGerman = new Map<string, Set<string>>();
  for (const [german, english] of pairs) {
    let list = toEnglish.get(german);
    if (!list) toEnglish.set(german, (list = []));
    for (const e of english) {
      if (!list.includes(e)) list.push(e);
      const back = toGerman.get(e);
      if (back) back.add(german);
      else toGerman.set(e, new Set([german]));
    }
  }
  const join = (m: Map<string, Iterable<string>>) => {
    const joined = new Map<string, string>();
    for (const [k, list] of m) joined.set(k, [...list].join(LIST_SEPARATOR));
    return joined;
  };
  return { toEnglish: join(toEnglish), toGerman: join(toGerman) };
}

/** The dictionary over an index; each list is split on first request and kept. */
export function dictionaryFromIndex(index: DictionaryIndex): BilingualDictionary {
  const split = (map: ReadonlyMap<string, string>) => {
    const lists = new Map<string, readonly string[]>();
    return (word: string): readonly string[] => {
      let list = lists.get(word);
      if (list) return list;
      const joined = map.get(word);
      list = joined === undefined ? NONE : joined.split(LIST_SEPARATOR);
      lists.set(word, list);
      return list;
    };
  };
  return {
    english: split(index.toEnglish),
    german: split(index.toGerman),
    size: index.toEnglish.size,
  };
}

/** A dictionary from German → English pairs (see indexFromPairs). */
export function dictionaryFromPairs(
  pairs: Iterable<readonly [german: string, english: readonly string[]]>,
): BilingualDictionary {
  return dictionaryFromIndex(indexFromPairs(pairs));
}

/** A dictionary that knows no word: comparison then rests on numbers, names and cognates. */
export const EMPTY_DICTIONARY: BilingualDictionary = dictionaryFromPairs([]);
