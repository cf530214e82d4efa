import { describe, expect, it } from 'vitest';
import type { ReportFeatures } from '../../../src/core/cluster/index.js';
import { clusterStream } from './run-stream.js';
import type { StreamReport } from './stream.js';

const item = (id: string, gold: string, date: string): StreamReport => ({
  id,
  text: '',
  date,
  gold,
  split: 'dev',
});
const features = (
  id: string,
  date: string,
  entities: string[],
  terms: string[],
): ReportFeatures => ({
  report: id,
  published: date,
  entities,
  terms: Object.fromEntries(terms.map((t) => [t, 1])),
  frames: [],
});

describe('clusterStream', () => {
  const stream = [
    item('a1', 'a', '2025-05-01'),
    item('b1', 'b', '2025-05-01'),
    item('a2', 'a', '2025-05-01'),
    item('c1', 'c', '2025-05-02'),
  ];
  const byId = new Map([
    [
      'a1',
      features(
        'a1',
        '2025-05-01',
        ['LOC:wendelbach', 'ORG:talbahn'],
        ['zug', 'kurve', 'wendelbach'],
      ),
    ],
    ['b1', features('b1', '2025-05-01', ['ORG:landtag'], ['haushalt', 'schulden'])],
    ['a2', features('a2', '2025-05-01', ['LOC:wendelbach', 'ORG:talbahn'], ['zug', 'wendelbach'])],
    ['c1', features('c1', '2025-05-02', ['ORG:zoo'], ['elefant'])],
  ]);

  it('joins or opens online and scores the result against the gold', () => {
    const result = clusterStream(stream, byId);
    expect(result.predicted.get('a2')).toBe(result.predicted.get('a1'));
    expect(new Set(result.predicted.values()).size).toBe(3);
    expect(result).toMatchObject({ precision: 1, recall: 1, f1: 1, stories: 3 });
  });

  it('with a threshold no report reaches, every report is its own story', () => {
    const result = clusterStream(stream, byId, { threshold: 2 });
    expect(result.stories).toBe(4);
    expect(result.precision).toBe(1);
    expect(result.recall).toBeCloseTo((1 / 2 + 1 + 1 / 2 + 1) / 4, 12);
  });
});
