import { FeatureSink } from '../tagging/features.js';
import type { SequenceModel } from '../tagging/model.js';
import {
  dynamicFeatures,
  staticGroups,
  type DynamicFeatures,
  type WordInfo,
} from './word-features.js';

type Rows = NonNullable<WordInfo['rows']>;

/** Word types that get dense neighbour vectors (4 × labels floats each, ≈1.3 KB at 83 labels). */
const DENSE_TYPE_BUDGET = 20_000;

/**
 * Emission scores for `posFeatures` without hashing or probing on the hot path.
 * A word type's static hash groups (its own features; what its neighbours see of
 * it) are resolved to model rows once and summed into dense per-label vectors,
 * memoised on its WordInfo, so that a token costs five vector additions plus a
 * few sparse rows. Scores equal `model.emissionScores` of `posFeatures` up to float
 * rounding (the order of additions differs) and the tags agree (tested). WordInfos
 * must come from a cache used with this one model only.
 */
export class PosFastScorer {
  private readonly sink = new FeatureSink();
  private readonly L: number;
  private denseTypes = 0;
  private readonly boundary: {
    bias: Float32Array;
    bosPrev: Float32Array;
    bosPrev2: Float32Array;
    eosNext: Float32Array;
    eosNext2: Float32Array;
    firstCap: Float32Array;
    firstLow: Float32Array;
  };

  /**
   * `dynamic`: the language's features that depend on more than one word (German
   * by default); the static groups are the same window for every language.
   */
  constructor(
    private readonly model: SequenceModel,
    private readonly dynamic: DynamicFeatures = dynamicFeatures,
  ) {
    this.L = model.labelCount;
    // Sentence-boundary groups: read them off a one-word sentence.
    const upper = { local: new Uint32Array(0), capitalised: true } as unknown as WordInfo;
    const lower = { local: new Uint32Array(0), capitalised: false } as unknown as WordInfo;
    const group = (w: WordInfo, k: number) => this.sum(this.resolve(staticGroups([w], 0)[k]!));
    this.boundary = {
      bias: group(upper, 0),
      bosPrev: group(upper, 2),
      bosPrev2: group(upper, 3),
      eosNext: group(upper, 4),
      eosNext2: group(upper, 5),
      firstCap: group(upper, 6),
      firstLow: group(lower, 6),
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

  private sum(rows: Int32Array): Float32Array {
    const out = new Float32Array(this.L);
    this.addRows(rows, out, 0);
    return out;
  }

  private addRows(rows: Int32Array, scores: Float32Array, base: number): void {
    const { rowStart, weightLabels, weights } = this.model.data;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      const end = rowStart[row + 1]!;
      for (let k = rowStart[row]!; k < end; k++) scores[base + weightLabels[k]!]! += weights[k]!;
    }
  }

  private rowsOf(w: WordInfo): Rows {
    let rows = w.rows;
    if (rows === undefined) {
      const sparse: Rows['sparse'] = [
        this.resolve(w.asPrev),
        this.resolve(w.asPrev2),
        this.resolve(w.asNext),
        this.resolve(w.asNext2),
      ];
      const dense =
        this.denseTypes++ < DENSE_TYPE_BUDGET
          ? ([
              this.sum(sparse[0]),
              this.sum(sparse[1]),
              this.sum(sparse[2]),
              this.sum(sparse[3]),
            ] as Rows['dense'])
          : null;
      // The bias row is added here once per type instead of once per token.
      const localScores = this.sum(this.resolve(w.local));
      addVector(this.boundary.bias, localScores, 0, this.L);
      rows = { localScores, dense, sparse };
      w.rows = rows;
    }
    return rows;
  }

  /** Adds what `w` contributes in neighbour role `role` (0: −1, 1: −2, 2: +1, 3: +2). */
  private addRole(w: WordInfo, role: 0 | 1 | 2 | 3, scores: Float32Array, base: number): void {
    const rows = this.rowsOf(w);
    if (rows.dense !== null) addVector(rows.dense[role], scores, base, this.L);
    else this.addRows(rows.sparse[role], scores, base);
  }

  /** Writes the scores of every position into `scores` (n × L, row-major). */
  score(items: readonly WordInfo[], scores: Float32Array): void {
    const L = this.L;
    const n = items.length;
    const b = this.boundary;
    const sink = this.sink;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const w = items[i]!;
      const local = this.rowsOf(w).localScores; // includes the bias
      for (let y = 0; y < L; y++) scores[base + y] = local[y]!;
      if (i > 0) this.addRole(items[i - 1]!, 0, scores, base);
      else addVector(b.bosPrev, scores, base, L);
      if (i > 1) this.addRole(items[i - 2]!, 1, scores, base);
      else addVector(b.bosPrev2, scores, base, L);
      if (i + 1 < n) this.addRole(items[i + 1]!, 2, scores, base);
      else addVector(b.eosNext, scores, base, L);
      if (i + 2 < n) this.addRole(items[i + 2]!, 3, scores, base);
      else addVector(b.eosNext2, scores, base, L);
      if (i === 0) addVector(w.capitalised ? b.firstCap : b.firstLow, scores, base, L);
      sink.clear();
      this.dynamic(items, i, sink);
      const hashes = sink.raw();
      for (let h = 0; h < sink.length; h++) {
        const row = this.model.featureRow(hashes[h]!);
        if (row >= 0) this.addRows(oneRow(row), scores, base);
      }
    }
  }
}

const scratch = new Int32Array(1);
/** A one-row list without allocation (the scorer is single-threaded). */
function oneRow(row: number): Int32Array {
  scratch[0] = row;
  return scratch;
}

function addVector(v: Float32Array, scores: Float32Array, base: number, L: number): void {
  for (let y = 0; y < L; y++) scores[base + y]! += v[y]!;
}
