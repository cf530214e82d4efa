import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantityLanguageFor } from './language.js';
import { parseNumeral, writtenPrecision } from './number-format.js';

/** The group mark of a language's pack: the tests name languages, the functions take marks. */
const mark = (lang: string) => quantityLanguageFor(lang).groupMark;

describe('parseNumeral', () => {
  it.each([
    ['1.000', 'de', 1000],
    ['1,5', 'de', 1.5],
    ['3.000.000', 'de', 3_000_000],
    ['2.5', 'de', 2.5],
    ['1,000', 'de', 1000],
    ['1,000', 'en', 1000],
    ['1.000', 'en', 1000],
    ['1,500', 'de', 1.5],
    ['1,500', 'en', 1500],
    ['1.500', 'de', 1500],
    ['1.500', 'en', 1.5],
    ['1.000,5', 'de', 1000.5],
    ['1,000.5', 'en', 1000.5],
    ['1.000,5', 'en', 1000.5],
    ['12.345.678,9', 'de', 12_345_678.9],
    ['0,125', 'de', 0.125],
    ['0.125', 'de', 0.125],
    ['1000.5', 'de', 1000.5],
    ['12.75', 'de', 12.75],
    ['300', 'de', 300],
    ['-5', 'de', -5],
    ['−3,5', 'de', -3.5],
    ['+7', 'de', 7],
    ['1\u202F000', 'de', 1000],
    ['1\u00A0000\u00A0000', 'de', 1_000_000],
    ["3'000", 'de', 3000],
    ['0', 'de', 0],
    ['2,50', 'de', 2.5],
  ] as const)('%s (%s) → %d', (raw, lang, expected) => {
    expect(parseNumeral(raw, mark(lang))).toBe(expected);
  });

  it.each(['', '1.', '1,,5', 'abc', '1.00.0', '1,000,00', '.5', '1.2.3,4.5'])(
    'rejects %j',
    (raw) => {
      expect(parseNumeral(raw, mark('de'))).toBeNull();
    },
  );

  it('reads back every value that Intl.NumberFormat("de-DE") prints', () => {
    const format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (thousandths) => {
        const value = thousandths / 1000;
        expect(parseNumeral(format.format(value), mark('de'))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every value that Intl.NumberFormat("en-US") prints, in English', () => {
    const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (thousandths) => {
        const value = thousandths / 1000;
        expect(parseNumeral(format.format(value), mark('en'))).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseNumeral(s, mark('de'))));
  });
});

describe('writtenPrecision', () => {
  it.each([
    ['300', 0],
    ['186', 0],
    ['0,6', 1],
    ['2,75', 2],
    ['1.000', 0],
    ['12.500,5', 1],
  ])('%s → %d decimals', (raw, expected) => {
    expect(Math.max(0, writtenPrecision(raw, mark('de')))).toBe(expected);
  });
});
