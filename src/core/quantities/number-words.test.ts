import { describe, expect, it } from 'vitest';
import { lexiconFor } from './lexicon.js';
import { parseCardinalWord, parseHalfWord, parseOrdinalWord } from './number-words.js';

const de = lexiconFor('de').words;
const en = lexiconFor('en').words;

describe('German cardinal words', () => {
  it.each([
    ['eins', 1],
    ['zwei', 2],
    ['zwölf', 12],
    ['Zwölf', 12],
    ['zwanzig', 20],
    ['dreiundzwanzig', 23],
    ['hundert', 100],
    ['einhundert', 100],
    ['dreihundert', 300],
    ['hundertfünfzig', 150],
    ['dreihundertfünfzig', 350],
    ['zweihundertdreiundzwanzig', 223],
    ['tausend', 1000],
    ['zehntausend', 10_000],
    ['zweitausendfünfhundert', 2500],
    ['neunhundertneunundneunzigtausendneunhundertneunundneunzig', 999_999],
    ['fünfundzwanzig', 25],
    ['zweier', 2],
  ])('%s → %d', (word, value) => {
    expect(parseCardinalWord(word, de)).toBe(value);
  });

  it.each(['ein', 'eine', 'einige', 'Einsatz', 'zweiten', 'achtung', 'hunderte', 'undzwanzig'])(
    '%s is no cardinal',
    (word) => {
      expect(parseCardinalWord(word, de)).toBeNull();
    },
  );
});

describe('halves and ordinals', () => {
  it.each([
    ['anderthalb', 1.5],
    ['eineinhalb', 1.5],
    ['zweieinhalb', 2.5],
    ['halbes', 0.5],
  ])('%s → %d', (word, value) => expect(parseHalfWord(word, de)).toBe(value));

  it.each([
    ['ersten', 1],
    ['zweite', 2],
    ['dritten', 3],
    ['siebte', 7],
    ['achten', 8],
    ['elfte', 11],
    ['zwanzigsten', 20],
    ['hundertste', 100],
    ['sechsten', 6],
  ])('%s → %d', (word, value) => expect(parseOrdinalWord(word, de)).toBe(value));

  it.each(['Erstens', 'zweitens', 'Viertel', 'letzte'])('%s is no ordinal', (word) => {
    expect(parseOrdinalWord(word, de)).toBeNull();
  });
});

describe('English number words', () => {
  it.each([
    ['twelve', 12],
    ['twenty-five', 25],
    ['hundred', 100],
  ])('%s → %d', (word, value) => expect(parseCardinalWord(word, en)).toBe(value));
  it.each([
    ['third', 3],
    ['fourth', 4],
    ['twentieth', 20],
  ])('%s → ordinal %d', (word, value) => expect(parseOrdinalWord(word, en)).toBe(value));
});
