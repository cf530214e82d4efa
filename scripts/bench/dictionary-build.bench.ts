/**
 * The first run of the German–English dictionary (src/node/dictionary):
 * parsing Debian's trans-de-en list, building both directions of the index and
 * writing the cached index file, into a fresh temporary cache folder each run.
 * `dictionary.bench.ts` times what every later run pays. Without trans-de-en
 * installed the bench measures nothing and says so.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionarySource, readDictionary } from '../../src/node/dictionary/load.js';
import type { Bench } from './types.js';

export const bench: Bench = {
  name: 'dictionary-build',
  description:
    'parse the German–English dictionary list and write its cached index (headwords as tokens)',
  run() {
    const path = dictionarySource().path;
    if (!existsSync(path)) return { tokens: 0, seconds: 0, extra: { missing: 1 } };
    const cacheDir = mkdtempSync(join(tmpdir(), 'bench-dict-build-'));
    try {
      const started = performance.now();
      const result = readDictionary({ path, cacheDir });
      const seconds = (performance.now() - started) / 1000;
      if (result.status !== 'loaded' || result.fromCache)
        throw new Error(`dictionary: not parsed from the list (${result.status})`);
      return { tokens: result.dictionary.size, seconds };
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  },
};
