import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../tokenize/tokenize.js';
import { encodeLexicon, Lexicon } from '../lexicon/lexicon.js';
import { GapFeatures } from './boundary-features.js';
import { boundaryModel, boundaryModelFor, BoundaryScorer } from './boundary-model.js';

/** A small lexicon with the readings the lexicon features look for. */
const lexicon = Lexicon.fromBytes(
  encodeLexicon(
    [
      ['dann', 'ADV'],
      ['die', 'ART', 'PDS', 'PRELS'],
      ['Stadt', 'NN'],
      ['verlangt', 'VVFIN', 'VVPP', 'ADJD'],
      ['ich', 'PPER'],
      ['wir', 'PPER'],
      ['gut', 'ADJD'],
      ['Gut', 'NN'],
      ['absolut', 'ADJD', 'ADV'],
      ['Rechnung', 'NN'],
    ].map(([form, ...tags]) => ({
      form: form!,
      readings: tags.map((tag) => ({ tag, lemma: form! })),
      nameTypes: form === 'Stadt' ? ['STD'] : [],
    })),
  ),
);

/** The reference score: the weights of the feature strings, summed. */
function referenceScore(text: string, k: number, tokensSoFar: number, lex?: Lexicon): number {
  const features: string[] = [];
  new GapFeatures(text, tokenize(text), lex).features(k, tokensSoFar, features);
  const weights = boundaryModelFor(lex).weights;
  return features.reduce((sum, f) => sum + (weights[f] ?? 0), 0);
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
  ])('gives the same score as the feature strings, with and without a lexicon: %s', (text) => {
    const tokens = tokenize(text);
    for (const lex of [undefined, lexicon]) {
      const scorer = new BoundaryScorer(text, tokens, lex);
      for (let k = 0; k < tokens.length - 1; k++) {
        for (const length of [1, 4, 30])
          expect(scorer.score(k, length)).toBeCloseTo(referenceScore(text, k, length, lex), 6);
      }
    }
  });

  it('uses lexicon features when given a lexicon', () => {
    const weights = Object.keys(boundaryModelFor(lexicon).weights);
    expect(weights.some((f) => f.startsWith('x1='))).toBe(true);
    expect(Object.keys(boundaryModel.weights).some((f) => f.startsWith('x1='))).toBe(false);
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
          for (const lex of [undefined, lexicon]) {
            const scorer = new BoundaryScorer(text, tokens, lex);
            for (let k = 0; k < tokens.length - 1; k++) {
              expect(scorer.score(k, length)).toBeCloseTo(referenceScore(text, k, length, lex), 6);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
