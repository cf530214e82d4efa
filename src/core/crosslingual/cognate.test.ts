import { describe, expect, it } from 'vitest';
import { editDistanceAtMost, isCognate } from './cognate.js';

describe('isCognate', () => {
  it.each([
    ['präsident', 'president', true],
    ['kilometer', 'kilometre', true],
    ['evakuierung', 'evacuation', true],
    ['helgoland', 'heligoland', true],
    ['minister', 'minister', true],
    ['regierung', 'government', false],
    ['rat', 'rat', false],
    ['ostwald', 'ostermann', false],
  ] as const)('%s / %s: %s', (a, b, expected) => {
    expect(isCognate(a, b)).toBe(expected);
  });
});

describe('editDistanceAtMost', () => {
  it.each([
    ['kitten', 'sitten', 1, true],
    ['kitten', 'sitting', 2, false],
    ['kitten', 'sitting', 3, true],
    ['', 'ab', 1, false],
  ] as const)('%s → %s within %d: %s', (a, b, limit, expected) => {
    expect(editDistanceAtMost(a, b, limit)).toBe(expected);
  });
});
