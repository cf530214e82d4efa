import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { DING_RULES_VERSION, parseDing } from '../../core/crosslingual/ding.js';
import {
  dictionaryFromIndex,
  indexFromPairs,
  type BilingualDictionary,
  type DictionaryIndex,
} from '../../core/crosslingual/dictionary.js';
import { decodeIndex, encodeIndex } from './index-file.js';

/** Where Debian's `trans-de-en` package installs the Ding list. */
export const DEBIAN_DING_PATH = '/usr/share/trans/de-en';
/** One line for users while the list is parsed on a first run: why this run waits. */
export const PARSING_DICTIONARY_NOTE = (path: string) =>
  `crosscheck: reading the German–English dictionary ${path} once and caching its index (a few seconds; later runs read the cache)`;
/** One line for users when no dictionary is found: what is missing and how to get it. */
export const MISSING_DICTIONARY_HINT =
  'crosscheck: no German–English dictionary found; comparing across languages by numbers, names and cognates only ' +
  '(install it with `sudo apt-get install trans-de-en`, or point CROSSCHECK_DICT at a Ding-format file)';

/** Bumped when the cached index's format or the parser's rules change. */
const CACHE_FORMAT = `crosscheck-ding-index 3 rules ${DING_RULES_VERSION}`;
/** The cached index's file name in the cache folder. */
export const CACHE_FILE = 'ding-de-en.idx';

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
export function loadDictionary(
  source: DictionarySource = dictionarySource(),
  onParse?: (path: string) => void,
): DictionaryLoad {
  const key = `${source.path}\0${source.cacheDir ?? ''}`;
  let result = loaded.get(key);
  if (!result) loaded.set(key, (result = load(source, onParse)));
  return result;
}

/** Reads the list (or its cached index) now, without the per-process memo: for tests and benchmarks. */
export function readDictionary(
  source: DictionarySource,
  onParse?: (path: string) => void,
): DictionaryLoad {
  return load(source, onParse);
}

/** `onParse` is told before the list itself is parsed (no usable cached index): that takes seconds. */
function load(source: DictionarySource, onParse?: (path: string) => void): DictionaryLoad {
  if (!existsSync(source.path)) return { status: 'missing', path: source.path };
  try {
    const stat = statSync(source.path);
    // The list's path, size and date in the stamp: an updated list invalidates the index.
    const stamp = `${CACHE_FORMAT}\t${source.path}\t${stat.size}\t${stat.mtimeMs}`;
    const cacheFile = source.cacheDir ? join(source.cacheDir, CACHE_FILE) : null;
    if (cacheFile) {
      const cached = readCache(cacheFile, stamp);
      if (cached)
        return { status: 'loaded', dictionary: cached, fromCache: true, path: source.path };
    }
    onParse?.(source.path);
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
 * The cached index (index-file.ts): the file's bytes are searched where they
 * lie, so reading it costs one file read however large the list.
 */
function readCache(file: string, stamp: string): BilingualDictionary | null {
  if (!existsSync(file)) return null;
  try {
    return decodeIndex(readFileSync(file), stamp);
  } catch {
    // An unreadable cache is rebuilt from the list.
    return null;
  }
}

function writeCache(file: string, stamp: string, index: DictionaryIndex): void {
  // Written beside and renamed (atomic on one file system), so a second
  // process reads the old index or the new one, never half of one.
  const partial = `${file}.${process.pid}.partial`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(partial, encodeIndex(stamp, index));
    renameSync(partial, file);
    // The text index of earlier versions is of no further use.
    rmSync(join(dirname(file), 'ding-de-en.tsv'), { force: true });
  } catch {
    // No cache folder (read-only home): the list is parsed again next time.
    rmSync(partial, { force: true });
  }
}
