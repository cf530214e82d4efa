import { describe, expect, it } from 'vitest';
import { createQuantitiesComponent } from './component.js';
import { extractQuantities } from './extract.js';
import {
  QUANTITY_LANGUAGES,
  quantityLanguageFor,
  quantityLanguageFromData,
  type QuantityLanguage,
} from './language.js';

/** Every property a pack must have, with the type its value must be. */
const PROPERTIES: [keyof QuantityLanguage, string][] = [
  ['lang', 'string'],
  ['groupMark', 'string'],
  ['commaGroupBeforeCapitalisedNoun', 'boolean'],
  ['numberWords', 'object'],
  ['approximations', 'object'],
];

describe('quantity language packs', () => {
  it('knows German and English', () => {
    expect(QUANTITY_LANGUAGES).toEqual(['de', 'en']);
  });

  describe.each(QUANTITY_LANGUAGES)('%s', (lang) => {
    const pack = quantityLanguageFor(lang);
    it.each(PROPERTIES)('has %s (%s)', (property, type) => {
      expect(typeof pack[property]).toBe(type);
    });
    it('is for its own language', () => {
      expect(pack.lang).toBe(lang);
    });
    it('groups with "." or "," and has number words', () => {
      expect(['.', ',']).toContain(pack.groupMark);
      expect(Object.keys(pack.numberWords.units).length).toBeGreaterThanOrEqual(9);
      expect(Object.keys(pack.approximations).length).toBeGreaterThan(0);
    });
  });

  it.each([
    // lang, group mark, comma thousands before a capitalised noun
    ['de', '.', true],
    ['en', ',', false],
  ] as const)(
    '%s: group mark %j, comma group before a capitalised noun %j',
    (lang, mark, comma) => {
      const pack = quantityLanguageFor(lang);
      expect(pack.groupMark).toBe(mark);
      expect(pack.commaGroupBeforeCapitalisedNoun).toBe(comma);
    },
  );

  it.each([
    ['de', 'Es sind 1.500 Menschen.', '1.500', 1500],
    ['en', 'There were 1.500 people.', '1.500', 1.5],
    ['de', 'Sie kosten 1,500 Euro.', '1,500 Euro', 1.5],
    ['en', 'They cost 1,500 euros.', '1,500 euros', 1500],
    // German capitalises the counted noun: the comma there is an English thousands mark.
    ['de', 'Es wurden 1,200 Fahrzeuge verkauft.', '1,200', 1200],
  ] as const)('%s: %s → %s = %d', (lang, sentence, text, value) => {
    const q = extractQuantities(sentence, { lang }).find((x) => x.text === text);
    expect(q?.value).toBe(value);
  });

  it.each(['en-GB', 'EN', 'de-AT'])('reads the language of a regional code (%s)', (code) => {
    expect(quantityLanguageFor(code).lang).toBe(code.slice(0, 2).toLowerCase());
  });

  it('names a language it has no data for', () => {
    expect(() => quantityLanguageFor('fr')).toThrow(/no quantity data for language "fr"/);
    expect(() => extractQuantities('12 km', { lang: 'fr' })).toThrow(/"fr"/);
  });

  it('fails when the component is built, not on the first document', () => {
    expect(() => createQuantitiesComponent({ lang: 'pl' })).toThrow(/"pl".*known: de, en/);
  });

  it('names the file of a wrong group mark', () => {
    expect(() =>
      quantityLanguageFromData('de', { groupMark: ' ', commaGroupBeforeCapitalisedNoun: true }),
    ).toThrow(/data\/de\/language\.json: groupMark must be/);
  });
});
