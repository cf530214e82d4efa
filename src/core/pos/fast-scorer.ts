import { FeatureSink } from '../tagging/features.js';
import type { SequenceModel } from '../tagging/model.js';
import { dynamicFeatures, staticGroups, type WordInfo } from './word-features.js';

type Rows = NonNullable<WordInfo['rows']>;

/**
 * Emission scores for `posFeatures` without hashing or probing on the hot path:
 * a word type's static hash groups (its own features, the features its
 * neighbours see) are resolved to model rows once and memoised on its WordInfo,
 * so that a token costs a few row additions; the word's own ~20 features are
 * pre-summed into one dense vector. Scores equal `model.emissionScores` of
 * `posFeatures` up to float rounding (the order of additions differs), and the
 * tags agree (tested). WordInfos must come from a cache used with this one model only.
 */
export class PosFastScorer {
  private readonly sink = new FeatureSink();
  private readonly boundary: {
    bias: Int32Array;
    bosPrev: Int32Array;
    bosPrev2: Int32Array;
    eosNext: Int32Array;
    eosNext2: Int32Array;
    firstCap: Int32Array;
    firstLow: Int32Array;
  };

  constructor(private readonly model: SequenceModel) {
    // Sentence-boundary groups: read them off a one- and a two-word sentence.
    const probe = (items: WordInfo[], i: number, k: number) =>
      this.resolve(staticGroups(items, i)[k]!);
    const dummy = { local: new Uint32Array(0), capitalised: true } as unknown as WordInfo;
    const lower = { local: new Uint32Array(0), capitalised: false } as unknown as WordInfo;
    this.boundary = {
      bias: probe([dummy], 0, 0),
      bosPrev: probe([dummy], 0, 2),
      bosPrev2: probe([dummy], 0, 3),
      eosNext: probe([dummy], 0, 4),
      eosNext2: probe([dummy], 0, 5),
      firstCap: probe([dummy], 0, 6),
      firstLow: probe([lower], 0, 6),
    };
  }

  private resolve(group: Uint32Array): Int32Array {
    const found: number[] = [];
    for (let k = 0; k < group.length; k++) {
      const row = this.model.featureRow(group[k]!);
      if (row >= 0) found.push(row);
    }
    return Int32Array.from(found);
  }

  private rowsOf(w: WordInfo): Rows {
    let rows = w.rows;
    if (rows === undefined) {
      const L = this.model.labelCount;
      const { rowStart, weightLabels, weights } = this.model.data;
      const localScores = new Float32Array(L);
      for (const row of this.resolve(w.local)) {
        const end = rowStart[row + 1]!;
        for (let k = rowStart[row]!; k < end; k++) localScores[weightLabels[k]!]! += weights[k]!;
      }
      rows = {
        localScores,
        asPrev: this.resolve(w.asPrev),
        asPrev2: this.resolve(w.asPrev2),
        asNext: this.resolve(w.asNext),
        asNext2: this.resolve(w.asNext2),
      };
      w.rows = rows;
    }
    return rows;
  }

  /** Writes the scores of every position into `scores` (n × L, row-major). */
  score(items: readonly WordInfo[], scores: Float32Array): void {
    const { rowStart, weightLabels, weights } = this.model.data;
    const L = this.model.labelCount;
    const n = items.length;
    const b = this.boundary;
    const sink = this.sink;
    const add = (rows: Int32Array, base: number) => {
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        const end = rowStart[row + 1]!;
        for (let k = rowStart[row]!; k < end; k++) scores[base + weightLabels[k]!]! += weights[k]!;
      }
    };
    for (let i = 0; i < n; i++) {
      const base = i * L;
      scores.fill(0, base, base + L);
      const w = items[i]!;
      add(b.bias, base);
      const local = this.rowsOf(w).localScores;
      for (let y = 0; y < L; y++) scores[base + y]! += local[y]!;
      add(i > 0 ? this.rowsOf(items[i - 1]!).asPrev : b.bosPrev, base);
      add(i > 1 ? this.rowsOf(items[i - 2]!).asPrev2 : b.bosPrev2, base);
      add(i + 1 < n ? this.rowsOf(items[i + 1]!).asNext : b.eosNext, base);
      add(i + 2 < n ? this.rowsOf(items[i + 2]!).asNext2 : b.eosNext2, base);
      if (i === 0) add(w.capitalised ? b.firstCap : b.firstLow, base);
      sink.clear();
      dynamicFeatures(items, i, sink);
      const hashes = sink.raw();
      for (let h = 0; h < sink.length; h++) {
        const row = this.model.featureRow(hashes[h]!);
        if (row < 0) continue;
        const end = rowStart[row + 1]!;
        for (let k = rowStart[row]!; k < end; k++) scores[base + weightLabels[k]!]! += weights[k]!;
      }
    }
  }
}
