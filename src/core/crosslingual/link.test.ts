import { describe, expect, it } from 'vitest';
import { dictionaryFromPairs } from './dictionary.js';
import type { CrossWord } from './facts.js';
import { compoundParts, variants, WordLinker } from './link.js';

// A few invented entries standing in for the Ding list.
const dictionary = dictionaryFromPairs([
  ['regierung', ['government']],
  ['regional', ['regional']],
  ['notstand', ['state', 'emergency']],
  ['rakete', ['missile', 'rocket']],
  ['russland', ['russia']],
  ['hubschrauber', ['helicopter']],
]);

function word(text: string, lemma = text.toLowerCase()): CrossWord {
  return {
    text,
    form: text.toLowerCase(),
    lemma,
    start: 0,
    end: text.length,
    name: false,
    entity: false,
  };
}

describe('WordLinker', () => {
  const linker = new WordLinker(dictionary);
  it.each([
    ['Rakete', 'missiles', true, 'dictionary, English plural'],
    ['Regionalregierung', 'government', true, 'last part of a compound'],
    ['Regionalregierung', 'regional', true, 'first part of a compound'],
    ['Notstand', 'emergency', true, 'word of an English phrase'],
    ['Selenskyj', 'Zelensky', true, 'transliteration'],
    ['Kiew', 'Kyiv', true, 'transliteration'],
    ['München', 'Munich', true, 'exonym'],
    ['russischen', 'Russia', true, 'derived name'],
    ['Präsident', 'president', true, 'cognate'],
    ['Löschhubschrauber', 'helicopters', true, 'compound head'],
    ['Rakete', 'tank', false, 'unrelated'],
    ['Ostwald', 'Ostermann', false, 'different names'],
  ] as const)('%s ~ %s: %s (%s)', (german, english, expected, why) => {
    expect(linker.linked(word(german), 'de', word(english), 'en'), why).toBe(expected);
  });

  it('links a weapon system however it is spelt', () => {
    expect(linker.linked(word('F16-Panzer'), 'de', word('F-16'), 'en')).toBe(true);
  });
});

describe('compoundParts', () => {
  const lookup = (w: string) => dictionary.english(w);
  it.each([
    ['regionalregierung', ['regional', 'regierung']],
    ['löschhubschrauber', ['hubschrauber']],
    ['haus', []],
  ] as const)('%s → %j', (compound, parts) => {
    expect(compoundParts(compound, lookup)).toEqual(parts);
  });
});

describe('variants', () => {
  it.each([
    ['injuries', 'en', 'injury'],
    ['evacuated', 'en', 'evacuate'],
    ['searching', 'en', 'search'],
    ["Russia's", 'en', 'russia'],
    ['Raketen', 'de', 'raket'],
  ] as const)('%s (%s) includes %s', (form, lang, variant) => {
    expect(variants(word(form), lang)).toContain(variant);
  });
});
