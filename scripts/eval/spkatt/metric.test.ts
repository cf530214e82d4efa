import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from './assignment.js';
import { pairGroups, SpkAttScorer, type SpkAttGroup } from './metric.js';

const group = (message: number[], source: number[] = [], cue: number[] = []): SpkAttGroup => ({
  roles: { Message: message, Source: source, Cue: cue },
  form: 'Indirect',
  stwr: 'Speech',
});

describe('maxWeightAssignment', () => {
  it.each([
    [
      [
        [1, 0],
        [0, 1],
      ],
      [
        [0, 0],
        [1, 1],
      ],
    ],
    [
      [
        [0.5, 0.9],
        [0.8, 0.1],
      ],
      [
        [0, 1],
        [1, 0],
      ],
    ],
    [[[1, 2, 3]], [[0, 2]]],
    [[[3], [2], [1]], [[0, 0]]],
    [[], []],
  ])('%j → %j', (scores, pairs) => {
    expect(maxWeightAssignment(scores)).toEqual(pairs);
  });
});

describe('SpkAtt metric', () => {
  it('scores a perfect system 1', () => {
    const scorer = new SpkAttScorer({ anchor: 'Message', roles: ['Source', 'Cue'] });
    scorer.addDocument([group([3, 4, 5], [0], [1])], [group([3, 4, 5], [0], [1])]);
    const s = scorer.scores();
    expect(s.macro.joint.f1).toBe(1);
    expect(s.micro.joint.f1).toBe(1);
  });

  it('counts tokens of paired roles and every token of unpaired groups', () => {
    const scorer = new SpkAttScorer({ anchor: 'Message', roles: ['Source'] });
    // Paired: message overlaps on 2 of 3 tokens; the source is wrong. One gold group is missed.
    scorer.addDocument([group([3, 4], [1])], [group([3, 4, 5], [0]), group([10, 11], [9])]);
    const { counts, macro } = scorer.scores();
    expect(counts.Message).toEqual({ tp: 2, fp: 0, fn: 3 });
    expect(counts.Source).toEqual({ tp: 0, fp: 1, fn: 2 });
    // Macro precision: Message 1 (paired), Source 0 (paired) → 0.5; recall: 2/3, 0, 0, 0.
    expect(macro.joint.precision).toBeCloseTo(0.5);
    expect(macro.joint.recall).toBeCloseTo(2 / 3 / 4);
  });

  it('pairs groups one to one by message overlap and leaves disjoint ones unpaired', () => {
    const pairs = pairGroups(
      [group([1, 2]), group([7, 8]), group([20])],
      [group([7, 8, 9]), group([1])],
      'Message',
    );
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });
});
