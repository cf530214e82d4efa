import { describe, expect, it } from 'vitest';
import { dayNumber, nearestDistance, timeFactor } from './time.js';

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2024-03-01', dayNumber('2024-02-28')! + 2], // leap year
    ['2025-02-30', null], // no such day
    ['2025-9-1', null],
    ['13.09.2025', null],
    [null, null],
  ])('%s → %s', (day, expected) => {
    expect(dayNumber(day)).toBe(expected);
  });
});

describe('timeFactor', () => {
  it.each([
    // distance, half-life, plateau, factor
    [0, 2, 0, 1],
    [2, 2, 0, 0.5],
    [4, 2, 0, 0.25],
    [1, 2, 1, 1],
    [3, 2, 1, 0.5],
    [null, 2, 0, 1],
  ])('%s days, half-life %s, plateau %s → %s', (distance, halfLife, plateau, factor) => {
    expect(timeFactor(distance, halfLife, plateau)).toBeCloseTo(factor, 12);
  });

  it('falls the further apart two days are', () => {
    const factors = [0, 1, 2, 5, 10, 30].map((d) => timeFactor(d, 2));
    for (let i = 1; i < factors.length; i++) expect(factors[i]!).toBeLessThan(factors[i - 1]!);
  });
});

describe('nearestDistance', () => {
  const days = new Map([
    [100, 1],
    [104, 2],
  ]);
  it.each([
    [100, 0],
    [102, 2],
    [103, 1],
    [110, 6],
    [90, 10],
  ])('day %s is %s days from the nearest', (day, distance) => {
    expect(nearestDistance(day, days)).toBe(distance);
  });
  it('is unknown without a day on either side', () => {
    expect(nearestDistance(null, days)).toBeNull();
    expect(nearestDistance(100, new Map())).toBeNull();
  });
});
