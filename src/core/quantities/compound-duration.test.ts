import { describe, expect, it } from 'vitest';
import { extractQuantities } from './extract.js';

const texts = (sentence: string) =>
  extractQuantities(sentence).map((q) => [q.text, q.value, q.unit] as const);

describe('durations in two units are one amount', () => {
  it.each([
    // [sentence, expected quantities as [text, value, unit]]
    [
      'Er wurde zu sechs Jahren und neun Monaten Haft verurteilt.',
      [['sechs Jahren und neun Monaten', 6.75, 'year']],
    ],
    ['Die Strafe: 3 Jahre, 6 Monate.', [['3 Jahre, 6 Monate', 3.5, 'year']]],
    [
      'Die Sitzung dauerte zwei Stunden und 30 Minuten.',
      [['zwei Stunden und 30 Minuten', 2.5, 'hour']],
    ],
    ['Rund zwei Jahre und drei Monate lang', [['Rund zwei Jahre und drei Monate', 2.25, 'year']]],
    // Not one amount: the smaller unit first, a smaller part that is a whole larger unit or more,
    // another dimension, or a range.
    [
      'Nach neun Monaten und sechs Jahren',
      [
        ['neun Monaten', 9, 'month'],
        ['sechs Jahren', 6, 'year'],
      ],
    ],
    [
      'drei Jahre und 30 Monate',
      [
        ['drei Jahre', 3, 'year'],
        ['30 Monate', 30, 'month'],
      ],
    ],
    [
      'zwei Jahre und 300 Euro',
      [
        ['zwei Jahre', 2, 'year'],
        ['300 Euro', 300, 'EUR'],
      ],
    ],
    [
      'zwei Jahre und zwei bis drei Monate',
      [
        ['zwei Jahre', 2, 'year'],
        ['zwei bis drei Monate', null, 'month'],
      ],
    ],
  ] as const)('%s', (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected.map((e) => [...e]));
  });
});
