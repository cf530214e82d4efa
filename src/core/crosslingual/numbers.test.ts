import { describe, expect, it } from 'vitest';
import { figuresIn, parseDigits, sameAmount, sameDigitsOtherUnit } from './numbers.js';

describe('parseDigits', () => {
  it.each([
    ['1.200', 'de', 1200],
    ['1,200', 'en', 1200],
    ['2,5', 'de', 2.5],
    ['2.5', 'en', 2.5],
    ['2.5', 'de', 2.5],
    ['12.000,75', 'de', 12000.75],
    ['1,2,3', 'en', Number.NaN],
  ] as const)('%s (%s) is %d', (token, lang, value) => {
    expect(parseDigits(token, lang)).toBe(value);
  });
});

describe('figuresIn', () => {
  const read = (text: string, lang: 'de' | 'en') =>
    figuresIn(text, lang).map((f) => [f.text, f.written, f.base, Math.round(f.value)]);
  it.each([
    ['a range of 300 km', 'en', [['300 km', 300, 'm', 300000]]],
    ['about 186 miles', 'en', [['186 miles', 186, 'm', 299338]]],
    ['$2.5bn', 'en', [['$2.5bn', 2.5e9, 'USD', 2.5e9]]],
    ['2,5 Milliarden Euro', 'de', [['2,5 Milliarden Euro', 2.5e9, 'EUR', 2.5e9]]],
    ['up 12 per cent.', 'en', [['12 per cent', 12, 'percent', 12]]],
    ['gusts of 140 miles per hour', 'en', [['140 miles per hour', 140, 'm/s', 63]]],
    ['mit 850 km/h', 'de', [['850 km/h', 850, 'm/s', 236]]],
    ['drei Tote', 'de', [['drei', 3, null, 3]]],
    ['six F-16 jets', 'en', [['six', 6, null, 6]]],
    ['a 300-kilometre range', 'en', [['300-kilometre', 300, 'm', 300000]]],
    ['Covid-19 and the A4', 'en', []],
  ] as const)('%s', (text, lang, expected) => {
    expect(read(text, lang)).toEqual(expected);
  });
});

describe('comparing figures across languages', () => {
  const one = (text: string, lang: 'de' | 'en') => figuresIn(text, lang)[0]!;
  it('meets a converted figure within rounding', () => {
    expect(sameAmount(one('300 km', 'en'), one('186 Meilen', 'de'))).toBe(true);
    expect(sameAmount(one('300 km', 'en'), one('250 Meilen', 'de'))).toBe(false);
  });
  it('reads the same digits in another unit or scale as a unit mistake', () => {
    expect(sameDigitsOtherUnit(one('80 km/h', 'en'), one('80 Meilen pro Stunde', 'de'))).toBe(true);
    expect(sameDigitsOtherUnit(one('12 Millionen Euro', 'de'), one('12 billion euros', 'en'))).toBe(
      true,
    );
    expect(sameDigitsOtherUnit(one('300 km', 'en'), one('300 Kilometer', 'de'))).toBe(false);
  });
});
