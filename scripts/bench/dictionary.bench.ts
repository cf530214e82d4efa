/**
 * Reading the German–English dictionary's cached index (src/node/dictionary):
 * what every `compare` of reports in two languages pays once per process. The
 * index is built first (outside the timing) into a temporary cache folder.
 * Without trans-de-en installed the bench measures nothing and says so.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dictionarySource, readDictionary } from '../../src/node/dictionary/load.js';
import type { Bench } from './types.js';

const source = {
  path: dictionarySource().path,
  cacheDir: mkdtempSync(join(tmpdir(), 'bench-dict-')),
};
let built = false;
// The index built for the bench is removed when the run ends.
process.on('exit', () => rmSync(source.cacheDir, { recursive: true, force: true }));

export const bench: Bench = {
  name: 'dictionary',
  description: 'read the cached German–English dictionary index (headwords as tokens)',
  run() {
    if (!existsSync(source.path)) return { tokens: 0, seconds: 0, extra: { missing: 1 } };
    if (!built) {
      readDictionary(source);
      built = true;
    }
    const started = performance.now();
    const result = readDictionary(source);
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 'loaded' || !result.fromCache)
      throw new Error(`dictionary: not read from the cache (${result.status})`);
    return { tokens: result.dictionary.size, seconds };
  },
};
