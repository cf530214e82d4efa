import { describe, expect, it } from 'vitest';
import type { QuantityRecord } from '../contract/types.js';
import { intervalOf, overlaps, roundingOf } from './intervals.js';

function quantity(value: number, approx: QuantityRecord['approx'] = null): QuantityRecord {
  return {
    start: 0,
    end: 1,
    text: String(value),
    kind: 'cardinal',
    value,
    unit: null,
    normalized: { value, unit: null, range: null },
    approx,
    range: null,
    subject: null,
    conversion: null,
  };
}

describe('roundingOf: half the last written digit, relative', () => {
  it.each([
    [27.8, 0.05 / 27.8],
    [12000, 500 / 12000],
    [61, 0.5 / 61],
    [300, 50 / 300],
    [0, 0],
  ])('%d → %f', (value, expected) => {
    expect(roundingOf(value)).toBeCloseTo(expected, 10);
  });
});

describe('intervals: which pairs of figures can be the same value', () => {
  it.each([
    ['etwa 10.000 / rund 12.000', quantity(10000, 'about'), quantity(12000, 'about'), false],
    ['etwa 11.500 / 11.400', quantity(11500, 'about'), quantity(11400), true],
    ['etwa 11.500 / 12.900', quantity(11500, 'about'), quantity(12900), false],
    ['27,8 / 28,7', quantity(27.8), quantity(28.7), false],
    ['63,8 / rund 61', quantity(63.8), quantity(61, 'about'), false],
    ['rund 1.200 / etwa 1.200', quantity(1200, 'about'), quantity(1200, 'about'), true],
    ['fast 2.800 / rund 2.400', quantity(2800, 'almost'), quantity(2400, 'about'), false],
    ['mehr als 300 / 350', quantity(300, 'more than'), quantity(350), true],
    ['120 / 121', quantity(120), quantity(121), true],
    ['3 / 4', quantity(3), quantity(4), false],
  ] as const)('%s → overlap %s', (_name, a, b, same) => {
    expect(overlaps(intervalOf(a)!, intervalOf(b)!)).toBe(same);
  });
});
