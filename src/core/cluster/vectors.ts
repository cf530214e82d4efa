/**
 * Sparse weighted vectors of a report and of a story's centroid, and their
 * cosine. Weights are computed at query time from the current document
 * frequencies, so a centroid keeps raw sums and never goes stale.
 */
import type { ReportFeatures } from './types.js';

/** The three signals; each has its own key space and its own similarity. */
export type Signal = 'e' | 't' | 'f';

/** Raw (not yet idf-weighted) values of one report: entity type weight, damped term count, frame weight. */
export type RawVector = Map<string, number>;

/** A frame on a common noun ("der Zug – Verletzte") recurs in every accident; one on a name less so. */
const COMMON_FRAME_WEIGHT = 0.4;

export function rawVectors(
  features: ReportFeatures,
  typeWeights: Record<string, number>,
): Record<Signal, RawVector> {
  const e: RawVector = new Map();
  for (const key of features.entities) {
    const type = key.slice(0, key.indexOf(':'));
    e.set(key, typeWeights[type] ?? 1);
  }
  const t: RawVector = new Map();
  // Sub-linear: a word said five times is not five times the evidence.
  for (const [term, count] of Object.entries(features.terms))
    if (count > 0) t.set(term, 1 + Math.log(count));
  const f: RawVector = new Map();
  for (const key of features.frames) f.set(key, key.startsWith('!') ? 1 : COMMON_FRAME_WEIGHT);
  return { e, t, f };
}

/**
 * Cosine of a report vector and a centroid under the weight `idf(key)`;
 * `centroidNorm` is the centroid's weighted length (computed by the caller once).
 */
export function cosine(
  report: RawVector,
  reportNorm: number,
  centroid: ReadonlyMap<string, number>,
  centroidNorm: number,
  idf: (key: string) => number,
): number {
  if (reportNorm === 0 || centroidNorm === 0) return 0;
  let dot = 0;
  for (const [key, value] of report) {
    const c = centroid.get(key);
    if (c !== undefined) {
      const w = idf(key);
      dot += value * c * w * w;
    }
  }
  return dot / (reportNorm * centroidNorm);
}

export function weightedNorm(
  vector: ReadonlyMap<string, number>,
  idf: (key: string) => number,
): number {
  let sum = 0;
  for (const [key, value] of vector) {
    const w = value * idf(key);
    sum += w * w;
  }
  return Math.sqrt(sum);
}
