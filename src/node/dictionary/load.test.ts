import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dictionaryFor } from './for-documents.js';
import {
  CACHE_FILE,
  dictionarySource,
  MISSING_DICTIONARY_HINT,
  PARSING_DICTIONARY_NOTE,
  readDictionary,
} from './load.js';
import { emptyDocument } from '../../core/testing/records.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-dict-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A tiny list in the Ding format, written for this test.
const DING = [
  '# Version :: test',
  'Brücke {f} | Brücken {pl} :: bridge | bridges',
  'Reichweite {f} [mil.] :: range; reach',
  'Notstand {m} :: state of emergency',
].join('\n');

describe('readDictionary', () => {
  it('parses the list, caches the index, and reads the cache the next time', () => {
    const path = join(dir, 'de-en');
    writeFileSync(path, DING);
    const source = { path, cacheDir: join(dir, 'cache') };
    const first = readDictionary(source);
    expect(first.status).toBe('loaded');
    if (first.status !== 'loaded') return;
    expect(first.fromCache).toBe(false);
    expect(first.dictionary.english('reichweite')).toEqual(['range', 'reach']);
    expect(first.dictionary.german('emergency')).toEqual(['notstand']);
    expect(readFileSync(join(dir, 'cache', CACHE_FILE)).includes('brücke\tbridge')).toBe(true);
    // Written to a temporary file and renamed: nothing partial is left beside it.
    expect(readdirSync(join(dir, 'cache'))).toEqual([CACHE_FILE]);
    const second = readDictionary(source);
    expect(second.status === 'loaded' && second.fromCache).toBe(true);
    if (second.status === 'loaded')
      expect(second.dictionary.german('bridges')).toEqual(['brücken']);
  });

  it('rebuilds the index when the list changes', () => {
    const path = join(dir, 'changing');
    const source = { path, cacheDir: join(dir, 'cache2') };
    writeFileSync(path, 'Haus {n} :: house');
    readDictionary(source);
    writeFileSync(path, 'Haus {n} :: house; home\nHof {m} :: yard');
    const again = readDictionary(source);
    expect(again.status === 'loaded' && again.dictionary.english('haus')).toEqual([
      'house',
      'home',
    ]);
  });

  it('reports a missing list and a file that is not one', () => {
    expect(readDictionary({ path: join(dir, 'none'), cacheDir: null }).status).toBe('missing');
    const other = join(dir, 'other.txt');
    writeFileSync(other, 'just some text\n');
    const result = readDictionary({ path: other, cacheDir: null });
    expect(result.status).toBe('error');
    if (result.status === 'error') expect(result.message).toMatch(/not a Ding dictionary/);
  });

  it('takes the list from CROSSCHECK_DICT and the cache from XDG_CACHE_HOME', () => {
    expect(dictionarySource({ CROSSCHECK_DICT: '/x/de-en', XDG_CACHE_HOME: '/c' })).toEqual({
      path: '/x/de-en',
      cacheDir: join('/c', 'crosscheck'),
    });
    expect(dictionarySource({ HOME: '/home/u' }).path).toBe('/usr/share/trans/de-en');
  });
});

describe('dictionaryFor', () => {
  const de = { ...emptyDocument('a'), lang: 'de' };
  const en = { ...emptyDocument('b'), lang: 'en' };
  it('reads nothing for reports in one language', () => {
    const warnings: string[] = [];
    expect(
      dictionaryFor([de, de], (l) => warnings.push(l), { path: '/nonexistent', cacheDir: null }),
    ).toBe(null);
    expect(warnings).toEqual([]);
  });
  it('says in one line why a first run waits (the list is parsed), and nothing when the index is cached', () => {
    const path = join(dir, 'first-run');
    writeFileSync(path, DING);
    const cacheDir = join(dir, 'cache-first-run');
    const warnings: string[] = [];
    const dictionary = dictionaryFor([de, en], (l) => warnings.push(l), { path, cacheDir });
    expect(dictionary?.english('brücke')).toEqual(['bridge']);
    expect(warnings).toEqual([PARSING_DICTIONARY_NOTE(path)]);
    // The next process reads the cached index: nothing to say.
    const again: string[] = [];
    const next = readDictionary({ path, cacheDir }, (p) => again.push(p));
    expect(next.status === 'loaded' && next.fromCache).toBe(true);
    expect(again).toEqual([]);
  });

  it('says in one line that the dictionary is missing and how to install it', () => {
    const warnings: string[] = [];
    expect(
      dictionaryFor([de, en], (l) => warnings.push(l), { path: join(dir, 'gone'), cacheDir: null }),
    ).toBe(null);
    expect(warnings).toEqual([MISSING_DICTIONARY_HINT]);
    expect(MISSING_DICTIONARY_HINT).toMatch(/apt-get install trans-de-en/);
  });
});
