import { describe, expect, it } from 'vitest';
import type { ReportFeatures } from './types.js';
import { castKeys, cosine, cosineWithPart, rawVectors, weightedNorm } from './vectors.js';

const features = (entities: string[]): ReportFeatures => ({
  report: 'r',
  published: null,
  entities,
  terms: {},
  frames: [],
});

describe('castKeys', () => {
  it.each([
    // entities, cast keys
    [['PER:carola henning'], ['carola henning', '~henning']],
    [['PER:henning'], ['henning', '~henning']],
    [['ORG:talbahn'], ['talbahn']],
    [['LOC:wendelbach', 'MISC:bundesliga'], []],
    [
      ['LOC:wendelbach', 'ORG:talbahn', 'PER:jonas brandt'],
      ['talbahn', 'jonas brandt', '~brandt'],
    ],
  ])('%o → %o', (entities, cast) => {
    expect([...castKeys(features(entities))]).toEqual(cast);
  });
});

describe('cosineWithPart', () => {
  const weights = { PER: 1.2, ORG: 1, LOC: 1, MISC: 0.6 };
  const report = rawVectors(
    features(['LOC:wendelbach', 'ORG:talbahn', 'PER:carola henning']),
    weights,
  ).e;
  const story = rawVectors(
    features(['LOC:wendelbach', 'ORG:talbahn', 'PER:jonas brandt']),
    weights,
  ).e;
  const idf = (key: string) => (key === 'wendelbach' ? 2 : 1);
  const args = [report, weightedNorm(report, idf), story, weightedNorm(story, idf), idf] as const;

  it('has the total of cosine, and the part of the keys named', () => {
    const split = cosineWithPart(...args, new Set(['talbahn']));
    expect(split.total).toBeCloseTo(cosine(...args), 12);
    // The shared keys are wendelbach (weight 1 · idf 2) and talbahn (1 · 1): 4 : 1.
    expect(split.part).toBeCloseTo(split.total / 5, 12);
  });

  it.each([
    [new Set<string>(), 0],
    [new Set(['carola henning']), 0], // named by the report only: nothing shared
  ])('a part without shared keys is 0 (%o)', (part, expected) => {
    expect(cosineWithPart(...args, part).part).toBe(expected);
  });

  it('is 0 for an empty vector', () => {
    expect(cosineWithPart(new Map(), 0, story, 1, idf, new Set(['talbahn']))).toEqual({
      total: 0,
      part: 0,
    });
  });
});
