import { describe, expect, it } from 'vitest';
import { createDatesComponent } from './component.js';
import { extractDates } from './extract.js';
import {
  DATE_LANGUAGES,
  DATE_PATTERNS,
  dateLanguageFor,
  dateLanguageFromData,
  type DateLanguage,
} from './language.js';

/** Every property a pack must have, with the type its value must be. */
const PROPERTIES: [keyof DateLanguage, string][] = [
  ['lang', 'string'],
  ['lookBehindWords', 'number'],
  ['dayNumberBeforeSpace', 'boolean'],
  ['patterns', 'object'],
  ['countLexicons', 'object'],
];

/** Shapes English writes and German does not: "March 9", "9 March", "three days ago". */
const ENGLISH_SHAPES = ['monthDay', 'daySpaceMonth', 'countAgo'];

const DOCUMENT_DATE = '2025-03-12';
const texts = (sentence: string, lang: string) =>
  extractDates(sentence, { lang, documentDate: DOCUMENT_DATE }).map((d) => d.text);

describe('date language packs', () => {
  it('knows German and English', () => {
    expect(DATE_LANGUAGES).toEqual(['de', 'en']);
  });

  describe.each(DATE_LANGUAGES)('%s', (lang) => {
    const pack = dateLanguageFor(lang);
    it.each(PROPERTIES)('has %s (%s)', (property, type) => {
      expect(typeof pack[property]).toBe(type);
    });
    it('is for its own language and uses known patterns only', () => {
      expect(pack.lang).toBe(lang);
      for (const p of pack.patterns) expect(DATE_PATTERNS).toContain(p);
      expect(pack.countLexicons.length).toBeGreaterThan(0);
    });
  });

  it.each([
    // lang, look-behind words, day number before a space, English shapes, count lexicons
    ['de', 3, false, false, ['en', 'de']],
    ['en', 4, true, true, ['en', 'de']],
  ] as const)(
    '%s: %d words back, day before a space %j, English shapes %j, counts in %j',
    (lang, words, daySpace, english, counts) => {
      const pack = dateLanguageFor(lang);
      expect(pack.lookBehindWords).toBe(words);
      expect(pack.dayNumberBeforeSpace).toBe(daySpace);
      for (const shape of ENGLISH_SHAPES) expect(pack.patterns.has(shape as never)).toBe(english);
      expect(pack.countLexicons.map((l) => l.language.lang)).toEqual(counts);
      // Every other family is read in both languages.
      const shared = DATE_PATTERNS.filter((p) => !ENGLISH_SHAPES.includes(p));
      for (const p of shared) expect(pack.patterns.has(p)).toBe(true);
    },
  );

  it.each([
    // The fourth word back: English "by the end of"; German stops at three.
    ['en', 'The bridge will close by the end of January.', ['by the end of January']],
    ['de', 'The bridge will close by the end of January.', ['the end of January']],
    ['en', 'It opened on 9 March.', ['on 9 March']],
    ['de', 'Die Brücke schloss am 9 März.', []],
    ['en', 'The plant closed three days ago.', ['three days ago']],
    ['de', 'The plant closed three days ago.', []],
    // Count words of both languages in both.
    ['de', 'It happened three days later.', ['three days later']],
    ['en', 'Es geschah drei Tage später.', ['drei Tage später']],
  ] as const)('%s: %s', (lang, sentence, expected) => {
    expect(texts(sentence, lang)).toEqual(expected);
  });

  it('reads the language of a regional code', () => {
    expect(dateLanguageFor('en-US').lang).toBe('en');
  });

  it('names a language it has no data for', () => {
    expect(() => dateLanguageFor('fr')).toThrow(/no date data for language "fr"/);
    expect(() => extractDates('am 3. Mai', { lang: 'fr' })).toThrow(/"fr"/);
  });

  it('fails when the component is built, not on the first document', () => {
    expect(() => createDatesComponent({ lang: 'it' })).toThrow(/"it".*known: de, en/);
  });

  it.each([
    [
      { patterns: ['monthDay', 'dayMonthEnglish'] },
      /data\/xx\/language\.json: unknown date pattern "dayMonthEnglish"/,
    ],
    [{ lookBehindWords: -1 }, /data\/xx\/language\.json: lookBehindWords/],
    [{ countLanguages: [] }, /data\/xx\/language\.json: countLanguages/],
    [{ countLanguages: ['tr'] }, /data\/xx\/language\.json: countLanguages: .*"tr"/],
  ])('names the file of wrong data (%j)', (change, message) => {
    const raw = {
      lookBehindWords: 3,
      dayNumberBeforeSpace: false,
      patterns: ['iso'],
      countLanguages: ['de'],
      ...change,
    };
    expect(() => dateLanguageFromData('xx', raw)).toThrow(message);
  });
});
