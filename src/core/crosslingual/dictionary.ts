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
 * A dictionary from German → English pairs: the reverse direction is built
 * from the same pairs, so both directions always agree.
 */
export function dictionaryFromPairs(
  pairs: Iterable<readonly [german: string, english: readonly string[]]>,
): BilingualDictionary {
  // Sets keep each translation once however many entries list it, in first-seen order.
  const toEnglish = new Map<string, Set<string>>();
  const toGerman = new Map<string, Set<string>>();
  for (const [german, english] of pairs) {
    let list = toEnglish.get(german);
    if (!list) toEnglish.set(german, (list = new Set()));
    for (const e of english) {
      list.add(e);
      let back = toGerman.get(e);
      if (!back) toGerman.set(e, (back = new Set()));
      back.add(german);
    }
  }
  return fromSets(toEnglish, toGerman);
}

/** The dictionary over finished indexes; lists are made on first request. */
function fromSets(
  toEnglish: Map<string, Set<string>>,
  toGerman: Map<string, Set<string>>,
): BilingualDictionary {
  const lists = new Map<Set<string>, readonly string[]>();
  const listOf = (set: Set<string> | undefined): readonly string[] => {
    if (!set) return NONE;
    let list = lists.get(set);
    if (!list) lists.set(set, (list = [...set]));
    return list;
  };
  return {
    english: (german) => listOf(toEnglish.get(german)),
    german: (english) => listOf(toGerman.get(english)),
    size: toEnglish.size,
  };
}

/** Each German word with every English word the pairs give it, for a compact cached index. */
export function mergedPairs(
  dictionary: BilingualDictionary,
  germanWords: Iterable<string>,
): [string, readonly string[]][] {
  return [...germanWords].map((german) => [german, dictionary.english(german)]);
}

/** A dictionary that knows no word: comparison then rests on numbers, names and cognates. */
export const EMPTY_DICTIONARY: BilingualDictionary = dictionaryFromPairs([]);
