import { describe, expect, it } from 'vitest';
import { indexFromPairs } from '../../core/crosslingual/dictionary.js';
import { compareCodePoints, decodeIndex, encodeIndex } from './index-file.js';

// Pairs written for this test; keys chosen so that byte order matters
// (umlauts sort after z in UTF-8, a key that begins another key).
const index = indexFromPairs([
  ['brücke', ['bridge']],
  ['brücken', ['bridges']],
  ['bruch', ['break', 'fracture']],
  ['zug', ['train']],
  ['übung', ['exercise', 'drill']],
  ['reichweite', ['range', 'reach']],
  ['herd', ['stove', 'range']],
]);
const STAMP = 'test-index 1\t/x/de-en\t42\t1000';

describe('index file', () => {
  const bytes = encodeIndex(STAMP, index);
  const dictionary = decodeIndex(bytes, STAMP)!;

  it.each([
    ['brücke', ['bridge']],
    ['brücken', ['bridges']],
    ['bruch', ['break', 'fracture']],
    ['übung', ['exercise', 'drill']],
    ['zug', ['train']],
    ['brück', []],
    ['a', []],
    ['zzz', []],
    ['', []],
  ] as const)('German %s → %j', (german, english) => {
    expect(dictionary.english(german)).toEqual(english);
  });

  it.each([
    ['range', ['reichweite', 'herd']],
    ['drill', ['übung']],
    ['fracture', ['bruch']],
    ['brücke', []],
  ] as const)('English %s → %j', (english, german) => {
    expect(dictionary.german(english)).toEqual(german);
  });

  it('counts the German headwords', () => {
    expect(dictionary.size).toBe(7);
  });

  it('answers as the index in memory does for every key', () => {
    for (const [german, list] of index.toEnglish)
      expect(dictionary.english(german).join('|')).toBe(list);
    for (const [english, list] of index.toGerman)
      expect(dictionary.german(english).join('|')).toBe(list);
  });

  it('refuses a file of another list or format, and one cut short', () => {
    expect(decodeIndex(bytes, 'test-index 1\t/x/de-en\t43\t1000')).toBe(null);
    expect(decodeIndex(bytes.subarray(0, bytes.length - 1), STAMP)).toBe(null);
    expect(decodeIndex(bytes.subarray(0, 10), STAMP)).toBe(null);
    expect(decodeIndex(Buffer.from('G\tbrücke\tbridge\n'), STAMP)).toBe(null);
  });

  it('reads an empty index', () => {
    const empty = decodeIndex(encodeIndex(STAMP, indexFromPairs([])), STAMP)!;
    expect(empty.size).toBe(0);
    expect(empty.english('haus')).toEqual([]);
  });
});

describe('compareCodePoints', () => {
  it.each([
    ['a', 'b'],
    ['brück', 'brücke'],
    ['zug', 'übung'],
    ['\uffe1', '\u{1f600}'],
  ] as const)('%s before %s, as their UTF-8 bytes', (a, b) => {
    expect(compareCodePoints(a, b)).toBeLessThan(0);
    expect(compareCodePoints(b, a)).toBeGreaterThan(0);
    expect(Buffer.compare(Buffer.from(a), Buffer.from(b))).toBe(-1);
  });
});
