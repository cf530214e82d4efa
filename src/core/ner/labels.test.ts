import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bioToSpans, classToTypeForm, NER_LABELS } from './labels.js';
import { scoreSpans, toOuterType } from './score.js';

describe('bioToSpans', () => {
  it.each<[string[], [number, number, string][]]>([
    [['O', 'B-PER', 'I-PER', 'O'], [[1, 3, 'PER']]],
    [
      ['B-LOC', 'B-LOC'],
      [
        [0, 1, 'LOC'],
        [1, 2, 'LOC'],
      ],
    ],
    [['I-ORG', 'I-ORG', 'O'], [[0, 2, 'ORG']]],
    [
      ['B-PER', 'I-LOC'],
      [
        [0, 1, 'PER'],
        [1, 2, 'LOC'],
      ],
    ],
    [
      ['B-LOCderiv', 'O', 'B-ORGpart'],
      [
        [0, 1, 'LOCderiv'],
        [2, 3, 'ORGpart'],
      ],
    ],
    [[], []],
  ])('%j', (tags, spans) => {
    expect(bioToSpans(tags).map((s) => [s.start, s.end, s.label])).toEqual(spans);
  });

  it('covers every non-O token exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NER_LABELS), { maxLength: 30 }), (tags) => {
        const covered = bioToSpans(tags).reduce((n, s) => n + s.end - s.start, 0);
        expect(covered).toBe(tags.filter((t) => t !== 'O').length);
      }),
    );
  });
});

describe('classToTypeForm', () => {
  it.each([
    ['PER', 'PER', 'name'],
    ['LOCderiv', 'LOC', 'derived'],
    ['ORGpart', 'ORG', 'part'],
    ['OTH', 'MISC', 'name'],
    ['OTHpart', 'MISC', 'part'],
  ])('%s → %s %s', (label, type, form) => expect(classToTypeForm(label)).toEqual({ type, form }));
});

describe('scoreSpans', () => {
  it('counts strict matches only', () => {
    const gold = [['B-PER', 'I-PER', 'O', 'B-LOC']];
    const predicted = [['B-PER', 'O', 'O', 'B-LOC']];
    const s = scoreSpans(gold, predicted);
    expect([s.micro.correct, s.micro.predicted, s.micro.gold]).toEqual([1, 2, 2]);
    expect(s.micro.f1).toBeCloseTo(0.5);
  });

  it('folds deriv and part into their type with toOuterType', () => {
    const s = scoreSpans([['B-LOCderiv']], [['B-LOC']], toOuterType);
    expect(s.micro.f1).toBe(1);
  });

  it('drops classes mapped to null', () => {
    const s = scoreSpans([['B-OTH', 'B-PER']], [['O', 'B-PER']], (l) => (l === 'OTH' ? null : l));
    expect(s.micro.f1).toBe(1);
  });
});
