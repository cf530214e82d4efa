import { describe, expect, it } from 'vitest';
import { bcubed } from './bcubed.js';

const map = (pairs: string) =>
  new Map(pairs.split(' ').map((p) => p.split('=') as [string, string]));

describe('bcubed', () => {
  it.each([
    // predicted, gold, precision, recall
    ['a=1 b=1 c=2', 'a=x b=x c=y', 1, 1],
    // everything in one cluster: recall 1, precision drops
    ['a=1 b=1 c=1', 'a=x b=x c=y', (2 / 3 + 2 / 3 + 1 / 3) / 3, 1],
    // every item alone: precision 1, recall drops
    ['a=1 b=2 c=3', 'a=x b=x c=y', 1, (1 / 2 + 1 / 2 + 1) / 3],
    // one report put into the wrong story
    [
      'a=1 b=1 c=1 d=2',
      'a=x b=x c=y d=y',
      (2 / 3 + 2 / 3 + 1 / 3 + 1) / 4,
      (1 + 1 + 1 / 2 + 1 / 2) / 4,
    ],
  ])('%s against %s', (predicted, gold, precision, recall) => {
    const score = bcubed(map(predicted), map(gold));
    expect(score.precision).toBeCloseTo(precision, 10);
    expect(score.recall).toBeCloseTo(recall, 10);
    expect(score.f1).toBeCloseTo((2 * precision * recall) / (precision + recall), 10);
  });

  it('refuses clusterings of different items', () => {
    expect(() => bcubed(map('a=1 b=1'), map('a=x c=x'))).toThrow(/same items/);
  });
});
