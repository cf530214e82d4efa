import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { DING_RULES_VERSION, parseDing } from '../../core/crosslingual/ding.js';
import {
  dictionaryFromIndex,
  indexFromPairs,
  type BilingualDictionary,
  type DictionaryIndex,
} from '../../core/crosslingual/dictionary.js';

/** Where Debian's `trans-de-en` package installs the Ding list. */
export const DEBIAN_DING_PATH = '/usr/share/trans/de-en';
/** One line for users when no dictionary is found: what is missing and how to get it. */
export const MISSING_DICTIONARY_HINT =
  'crosscheck: no German–English dictionary found; comparing across languages by numbers, names and cognates only ' +
  '(install it with `sudo apt-get install trans-de-en`, or point CROSSCHECK_DICT at a Ding-format file)';

/** Bumped when the cached index's format or the parser's rules change. */
const CACHE_FORMAT = `crosscheck-ding-index 2 rules ${DING_RULES_VERSION}`;

export interface DictionarySource {
  /** The Ding file to read: CROSSCHECK_DICT, else Debian's path. */
  path: string;
  /** Folder for the derived index; null: no cache. */
  cacheDir: string | null;
}

/** Where the dictionary and its cached index are looked for, from the environment. */
export function dictionarySource(env: NodeJS.ProcessEnv = process.env): DictionarySource {
  const home = env.HOME ?? homedir();
  const cacheRoot = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : null);
  return {
    path: env.CROSSCHECK_DICT || DEBIAN_DING_PATH,
    cacheDir: cacheRoot ? join(cacheRoot, 'crosscheck') : null,
  };
}

export type DictionaryLoad =
  | { status: 'loaded'; dictionary: BilingualDictionary; fromCache: boolean; path: string }
  | { status: 'missing'; path: string }
  | { status: 'error'; path: string; message: string };

const loaded = new Map<string, DictionaryLoad>();

/**
 * Reads the Ding list once per process. Parsing all 200,000 lines takes about
 * two seconds, so the single-word index derived from it is cached in the
 * user's cache folder (never in the repository: the list is GPL) and reused
 * while the list's size and date are unchanged.
 */
export function loadDictionary(source: DictionarySource = dictionarySource()): DictionaryLoad {
  const key = `${source.path}\0${source.cacheDir ?? ''}`;
  let result = loaded.get(key);
  if (!result) loaded.set(key, (result = load(source)));
  return result;
}

/** Reads the list (or its cached index) now, without the per-process memo: for tests and benchmarks. */
export function readDictionary(source: DictionarySource): DictionaryLoad {
  return load(source);
}

function load(source: DictionarySource): DictionaryLoad {
  if (!existsSync(source.path)) return { status: 'missing', path: source.path };
  try {
    const stat = statSync(source.path);
    const stamp = `${CACHE_FORMAT}\t${source.path}\t${stat.size}\t${stat.mtimeMs}`;
    const cacheFile = source.cacheDir ? join(source.cacheDir, 'ding-de-en.tsv') : null;
    if (cacheFile) {
      const cached = readCache(cacheFile, stamp);
      if (cached)
        return { status: 'loaded', dictionary: cached, fromCache: true, path: source.path };
    }
    const text = readFileSync(source.path, 'utf8');
    if (!text.includes(' :: '))
      return {
        status: 'error',
        path: source.path,
        message: 'not a Ding dictionary (no "German :: English" line)',
      };
    const index = indexFromPairs(parseDing(text));
    if (cacheFile) writeCache(cacheFile, stamp, index);
    const dictionary = dictionaryFromIndex(index);
    return { status: 'loaded', dictionary, fromCache: false, path: source.path };
  } catch (error) {
    return { status: 'error', path: source.path, message: (error as Error).message };
  }
}

/**
 * The cached index: a stamp line, then one `G<TAB>german<TAB>english|english…`
 * line per German word and one `E<TAB>english<TAB>german|german…` line per
 * English word. Reading it makes two maps of strings; lists are split on use.
 */
function readCache(file: string, stamp: string): BilingualDictionary | null {
  if (!existsSync(file)) return null;
  try {
    const text = readFileSync(file, 'utf8');
    const newline = text.indexOf('\n');
    if (newline < 0 || text.slice(0, newline) !== stamp) return null;
    const toEnglish = new Map<string, string>();
    const toGerman = new Map<string, string>();
    let from = newline + 1;
    while (from < text.length) {
      let to = text.indexOf('\n', from);
      if (to < 0) to = text.length;
      const tab = text.indexOf('\t', from + 2);
      if (tab > from + 2 && tab < to)
        (text[from] === 'G' ? toEnglish : toGerman).set(
          text.slice(from + 2, tab),
          text.slice(tab + 1, to),
        );
      from = to + 1;
    }
    return dictionaryFromIndex({ toEnglish, toGerman });
  } catch {
    // An unreadable cache is rebuilt from the list.
    return null;
  }
}

function writeCache(file: string, stamp: string, index: DictionaryIndex): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const lines = [stamp];
    for (const [german, english] of index.toEnglish) lines.push(`G\t${german}\t${english}`);
    for (const [english, german] of index.toGerman) lines.push(`E\t${english}\t${german}`);
    // Written beside and renamed, so a second process never reads half a cache.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, `${lines.join('\n')}\n`);
    renameSync(partial, file);
  } catch {
    // No cache folder (read-only home): the list is parsed again next time.
  }
}
