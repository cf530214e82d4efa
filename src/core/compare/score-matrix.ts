import type { Statement } from './statements.js';
import { combineTermEvidence, type TermVector } from './vectors.js';

/**
 * Similarity scores of every pair of statements from different reports, in one
 * pass over shared words instead of one comparison per pair: each word's list of
 * statements contributes to exactly the pairs that share it. Twenty reports of
 * a thousand words are some 600,000 pairs, most of which share nothing.
 */
export interface ScoreMatrix {
  /** Term part of the similarity (0…1). */
  terms(i: number, j: number): number;
  /** Share of entities the two statements have in common (Jaccard). */
  entities(i: number, j: number): number;
}

export function buildScoreMatrix(
  statements: readonly Statement[],
  vectors: readonly TermVector[],
): ScoreMatrix {
  const n = statements.length;
  const docOf = statements.map((s) => s.ref.doc);
  const dot = new Float64Array(n * n);
  const common = new Float64Array(n * n);
  const shared = new Uint16Array(n * n);
  const entityShared = new Uint16Array(n * n);

  const postings = new Map<string, { index: number; weight: number }[]>();
  vectors.forEach((vector, index) => {
    for (const [term, weight] of vector.weights) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ index, weight });
    }
  });
  for (const list of postings.values()) {
    for (let x = 0; x < list.length; x++) {
      const a = list[x]!;
      for (let y = x + 1; y < list.length; y++) {
        const b = list[y]!;
        if (docOf[a.index] === docOf[b.index]) continue;
        const cell = a.index * n + b.index;
        dot[cell]! += a.weight * b.weight;
        common[cell]! += Math.min(a.weight, b.weight);
        shared[cell]!++;
      }
    }
  }

  const entityPostings = new Map<string, number[]>();
  statements.forEach((s, index) => {
    for (const id of s.entities) {
      let list = entityPostings.get(id);
      if (!list) entityPostings.set(id, (list = []));
      list.push(index);
    }
  });
  for (const list of entityPostings.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if (docOf[list[x]!] !== docOf[list[y]!]) entityShared[list[x]! * n + list[y]!]!++;
      }
    }
  }

  // Postings are in statement order, so every pair sits at [smaller * n + larger].
  const cell = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  return {
    terms(i, j) {
      const c = cell(i, j);
      if (shared[c] === 0) return 0;
      return combineTermEvidence(vectors[i]!, vectors[j]!, dot[c]!, common[c]!, shared[c]!);
    },
    entities(i, j) {
      const inCommon = entityShared[cell(i, j)]!;
      if (inCommon === 0) return 0;
      return inCommon / (statements[i]!.entities.size + statements[j]!.entities.size - inCommon);
    },
  };
}
