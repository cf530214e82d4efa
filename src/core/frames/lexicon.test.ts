import { describe, expect, it } from 'vitest';
import attributeData from './data/attributes.de.json' with { type: 'json' };
import eventData from './data/events.de.json' with { type: 'json' };
import qualifierData from './data/qualifiers.de.json' with { type: 'json' };
import { ATTRIBUTE_WORDS, EVENT_WORDS, QUALIFIER_WORDS } from './lexicon.js';
import { qualifiersCompatible } from './match.js';
import type { Word } from './view.js';
import type { FrameQualifierRecord } from '../contract/types.js';

/** Words of a phrase as the tagger would give them, lemma = surface. */
function words(phrase: string, pos = 'NN'): Word[] {
  let at = 0;
  return phrase.split(' ').map((w, i) => {
    const word = {
      i,
      start: at,
      end: at + w.length,
      surface: w,
      lower: w.toLowerCase(),
      lemma: w.toLowerCase(),
      pos,
    };
    at += w.length + 1;
    return word;
  });
}

describe('attribute lexicon (data/attributes.de.json)', () => {
  const rows = Object.entries(attributeData.attributes).flatMap(([key, a]) =>
    a.words.map((w) => [w, key] as const),
  );
  it.each(rows)('"%s" names %s', (phrase, key) => {
    expect(ATTRIBUTE_WORDS.matchAt(words(phrase), 0)?.key).toBe(key);
  });

  it('gives every word one attribute only', () => {
    const seen = new Map<string, string>();
    for (const [phrase, key] of rows) {
      expect(seen.get(phrase) ?? key, phrase).toBe(key);
      seen.set(phrase, key);
    }
  });

  it.each([
    ['Schwerverletzte', 'injured'],
    ['Todesopfer', 'dead'],
    ['Wahlbeteiligung', 'turnout'],
    ['Sachschaden', 'damage'],
  ])('reads the closed compound "%s" by its last part or whole (%s)', (word, key) => {
    const [w] = words(word);
    expect(ATTRIBUTE_WORDS.matchAt([w!], 0)?.key ?? ATTRIBUTE_WORDS.tailOf(w!)).toBe(key);
  });

  it.each(['Schrott', 'Unfall', 'Staatsanwaltschaft'])(
    'does not read "%s" as a compound of a short listed word',
    (word) => {
      expect(ATTRIBUTE_WORDS.tailOf(words(word)[0]!)).toBeNull();
    },
  );
});

describe('event lexicon (data/events.de.json)', () => {
  const rows = Object.entries(eventData.events).flatMap(([key, list]) =>
    list.map((w) => [w, key] as const),
  );
  it.each(rows)('"%s" is the event %s', (phrase, key) => {
    expect(EVENT_WORDS.matchAt(words(phrase), 0)?.key).toBe(key);
  });
  it('reads "Brandanschlag" as an attack by its last part, but not "Auswahl" as an election', () => {
    expect(EVENT_WORDS.tailOf(words('Brandanschlag')[0]!)).toBe('attack');
    expect(EVENT_WORDS.tailOf(words('Auswahl')[0]!)).toBeNull();
  });
});

describe('qualifier lexicon (data/qualifiers.de.json)', () => {
  const rows = Object.entries(qualifierData.dimensions).flatMap(([dimension, d]) =>
    Object.entries(d.values).flatMap(([key, list]) =>
      list.map((w) => [w, dimension, key] as const),
    ),
  );
  it.each(rows)('"%s" is %s: %s', (phrase, dimension, key) => {
    expect(QUALIFIER_WORDS.matchAt(words(phrase), 0)?.key).toEqual({ dimension, key });
  });
});

describe('qualifiersCompatible', () => {
  const q = (dimension: FrameQualifierRecord['dimension'], key: string): FrameQualifierRecord => ({
    start: 0,
    end: 1,
    text: key,
    dimension,
    key,
  });
  it.each([
    ['no qualifiers', [], [], true],
    ['last year against an unqualified figure', [q('time', 'previous')], [], false],
    ['a year against an unqualified figure', [q('time', '2025')], [], true],
    ['a past year against an unqualified figure', [q('time', 'past:2021')], [], false],
    ['a past year against "im Vorjahr"', [q('time', 'past:2024')], [q('time', 'previous')], true],
    ['two different years', [q('time', '2024')], [q('time', '2025')], false],
    // One report dated 2026 makes 2025 a past year, another without a date cannot.
    ['one year, past in one report only', [q('time', 'past:2025')], [q('time', '2025')], true],
    ['a past year against another year', [q('time', 'past:2024')], [q('time', '2025')], false],
    ['an older variant against the current one', [q('version', 'old')], [], false],
    ['a projection against an unqualified result', [q('stage', 'preliminary')], [], true],
    [
      'a projection against the final result',
      [q('stage', 'preliminary')],
      [q('stage', 'final')],
      false,
    ],
    ['the first round against an unqualified result', [q('stage', 'first-round')], [], false],
    ['the run-off against an unqualified result', [q('stage', 'runoff')], [], true],
    ['the permitted against the driven speed', [q('modality', 'permitted')], [], false],
    ['a plan against what happened', [q('modality', 'planned')], [q('modality', 'actual')], false],
  ] as const)('%s → %s', (_name, a, b, compatible) => {
    expect(qualifiersCompatible(a, b)).toBe(compatible);
    expect(qualifiersCompatible(b, a)).toBe(compatible);
  });
});
