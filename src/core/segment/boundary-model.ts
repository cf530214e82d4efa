/**
 * The learned sentence-boundary model: an averaged perceptron over the gap
 * features of boundary-features.ts, trained by `npm run train:segment` (see
 * that script for the data) and stored as JSON (feature → weight). It is asked
 * only about gaps where the rules see no final punctuation and no line break.
 *
 * Two thresholds: a strict one that (almost) never cuts well-punctuated news,
 * and a loose one for text written without final punctuation (reviews, posts,
 * headline lists). The loose one applies only where the text around a gap
 * shows that style (the `gate`, applied by split-sentences.ts).
 */
import type { TokenRecord } from '../contract/types.js';
import { boundaryFeatures } from './boundary-features.js';
import modelData from './data/boundary-model.de.json' with { type: 'json' };

export interface BoundaryModelData {
  /** What the weights were trained on, and how (for the record). */
  about: string;
  /** Score above which a gap is a boundary in any text. */
  strictThreshold: number;
  /** Score above which a gap is a boundary in text that leaves out final punctuation. */
  looseThreshold: number;
  /** When the loose threshold applies: see unpunctuatedStyle in split-sentences.ts. */
  gate: { threshold: number; window: number; minConfident: number; minShare: number };
  weights: Record<string, number>;
}

export const boundaryModel = modelData as BoundaryModelData;
const weights = new Map<string, number>(Object.entries(boundaryModel.weights));
const features: string[] = [];

/**
 * Summed feature weight of the gap after token k: the higher, the likelier a
 * sentence ends there. `tokensSoFar`: tokens since the last rule boundary, up
 * to and including token k.
 */
export function boundaryScore(text: string, tokens: readonly TokenRecord[], k: number, tokensSoFar: number): number {
  boundaryFeatures(text, tokens, k, tokensSoFar, features);
  let score = 0;
  for (const feature of features) score += weights.get(feature) ?? 0;
  return score;
}
