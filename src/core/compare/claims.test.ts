import { describe, expect, it } from 'vitest';
import { plainNumber } from './claims.js';

describe('plainNumber writes values for explanations', () => {
  it.each([
    [1200, '1,200'],
    [6.2, '6.2'],
    [15000000, '15,000,000'],
    [0.125, '0.125'],
    [2.00004, '2'],
    [-3500, '-3,500'],
  ])('%d → %s', (value, written) => {
    expect(plainNumber(value)).toBe(written);
  });
});
