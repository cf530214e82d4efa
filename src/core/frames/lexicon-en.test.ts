import { describe, expect, it } from 'vitest';
import germanData from './data/attributes.de.json' with { type: 'json' };
import englishData from './data/attributes.en.json' with { type: 'json' };
import germanEvents from './data/events.de.json' with { type: 'json' };
import englishEvents from './data/events.en.json' with { type: 'json' };
import { ATTRIBUTE_WORDS, EVENT_WORDS, GENERIC_COUNTED, LIGHT_VERBS } from './lexicon.js';
import type { Word } from './view.js';

/** Words of a phrase as an English tagger would give them, lemma = surface. */
function words(phrase: string): Word[] {
  let at = 0;
  return phrase.split(' ').map((w, i) => {
    const word = { i, start: at, end: at + w.length, surface: w, lower: w, lemma: w, pos: 'NN' };
    at += w.length + 1;
    return word;
  });
}

const rows = Object.entries(englishData.attributes).flatMap(([key, list]) =>
  list.map((w) => [w, key] as const),
);

describe('English attribute words (data/attributes.en.json)', () => {
  it.each(rows)('"%s" names %s', (phrase, key) => {
    expect(ATTRIBUTE_WORDS.matchAt(words(phrase), 0)?.key).toBe(key);
  });

  it('uses only the keys the German list defines: one claim frame for both languages', () => {
    const keys = new Set(Object.keys(germanData.attributes));
    expect(Object.keys(englishData.attributes).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('gives no word a key the German list gives it another one', () => {
    const german = new Map(
      Object.entries(germanData.attributes).flatMap(([key, a]) => a.words.map((w) => [w, key])),
    );
    for (const [phrase, key] of rows) expect(german.get(phrase) ?? key, phrase).toBe(key);
  });

  it('counts English generic nouns as generic', () => {
    for (const w of englishData.generic) expect(GENERIC_COUNTED.has(w), w).toBe(true);
  });
});

const eventRows = Object.entries(englishEvents.events).flatMap(([key, list]) =>
  list.map((w) => [w, key] as const),
);

describe('English event words (data/events.en.json)', () => {
  it.each(eventRows)('"%s" names the event %s', (phrase, key) => {
    expect(EVENT_WORDS.matchAt(words(phrase), 0)?.key).toBe(key);
  });

  it('uses only the keys the German list defines', () => {
    const keys = new Set(Object.keys(germanEvents.events));
    expect(Object.keys(englishEvents.events).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('gives no word a key the German list gives it another one', () => {
    const german = new Map(
      Object.entries(germanEvents.events).flatMap(([key, list]) => list.map((w) => [w, key])),
    );
    for (const [phrase, key] of eventRows) expect(german.get(phrase) ?? key, phrase).toBe(key);
  });

  it('knows the English light verbs', () => {
    for (const w of englishEvents.light) expect(LIGHT_VERBS.has(w), w).toBe(true);
  });
});
