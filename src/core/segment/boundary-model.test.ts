import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../tokenize/tokenize.js';
import { GapFeatures } from './boundary-features.js';
import { boundaryModel, BoundaryScorer } from './boundary-model.js';

/** The reference score: the weights of the feature strings, summed. */
function referenceScore(text: string, k: number, tokensSoFar: number): number {
  const features: string[] = [];
  new GapFeatures(text, tokenize(text)).features(k, tokensSoFar, features);
  return features.reduce((sum, f) => sum + (boundaryModel.weights[f] ?? 0), 0);
}

describe('BoundaryScorer', () => {
  it('has weights to score with', () => {
    expect(Object.keys(boundaryModel.weights).length).toBeGreaterThan(100);
    expect(boundaryModel.strictThreshold).toBeGreaterThan(boundaryModel.looseThreshold);
  });

  it.each([
    'Dann habe ich sofort die Rechnung verlangt Dann habe ich bezahlt',
    'Absolut zu empfehlen Seit 1964 ist mein Mann Gast in diesem Hotel.',
    'Tolles Essen | Gute Preise (Grünkohl Platte) War ganz nett',
    'A',
  ])('gives the same score as the feature strings: %s', (text) => {
    const tokens = tokenize(text);
    const scorer = new BoundaryScorer(text, tokens);
    for (let k = 0; k < tokens.length - 1; k++) {
      for (const length of [1, 4, 30])
        expect(scorer.score(k, length)).toBeCloseTo(referenceScore(text, k, length), 6);
    }
  });

  it('gives the same score as the feature strings for any text', () => {
    const word = fc.constantFrom(
      'Die',
      'die',
      'Stadt',
      'verlangt',
      'Dann',
      'ich',
      '.',
      ',',
      '|',
      '„',
      'Wir',
      'gut',
      ':',
      '3',
      'Absolut',
      '😀',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (words, length) => {
          const text = words.join(' ');
          const tokens = tokenize(text);
          const scorer = new BoundaryScorer(text, tokens);
          for (let k = 0; k < tokens.length - 1; k++) {
            expect(scorer.score(k, length)).toBeCloseTo(referenceScore(text, k, length), 6);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
