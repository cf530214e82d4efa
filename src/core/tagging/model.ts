/**
 * A trained linear sequence model: sparse emission weights per hashed feature,
 * plus first-order label-transition weights. Immutable once built; decoding
 * lives in `decode.ts`, the byte format in `format.ts`.
 */
export interface SequenceModelData {
  /** Label strings; label ids are indices into this array. */
  labels: readonly string[];
  /** Feature hashes, strictly ascending. */
  featureHashes: Uint32Array;
  /** Row `f` of the sparse weights is `rowStart[f] .. rowStart[f+1]`; length = features + 1. */
  rowStart: Uint32Array;
  /** Label id of each stored weight. */
  weightLabels: Uint16Array;
  weights: Float32Array;
  /**
   * `(labels + 1) × labels` transition weights: entry `prev * L + next`; row `L`
   * holds the weights for the first position (previous label = sentence start).
   */
  transitions: Float32Array;
  /**
   * Optional `(labels + 1) × labels` mask (same layout as `transitions`): 0 forbids
   * a transition (e.g. `O → I-PER` for BIO), 1 allows it. Absent means all allowed.
   */
  allowed?: Uint8Array;
  /** Free-form JSON metadata (feature-template version, training data, scores…). */
  meta: Record<string, unknown>;
}

export class SequenceModel {
  readonly labels: readonly string[];
  readonly labelCount: number;
  readonly transitions: Float32Array;
  readonly allowed: Uint8Array | undefined;
  readonly meta: Record<string, unknown>;
  readonly data: SequenceModelData;
  private readonly labelIds: Map<string, number>;
  /** Open-addressing table: slot → feature row + 1 (0 = empty). */
  private readonly table: Int32Array;
  private readonly tableMask: number;

  constructor(data: SequenceModelData) {
    this.data = data;
    this.labels = data.labels;
    this.labelCount = data.labels.length;
    this.transitions = data.transitions;
    this.allowed = data.allowed;
    this.meta = data.meta;
    this.labelIds = new Map(data.labels.map((label, id) => [label, id]));
    const n = data.featureHashes.length;
    let size = 1024;
    while (size < n * 2) size *= 2;
    this.table = new Int32Array(size);
    this.tableMask = size - 1;
    const hashes = data.featureHashes;
    for (let f = 0; f < n; f++) {
      let slot = slotOf(hashes[f]!, this.tableMask);
      while (this.table[slot] !== 0) slot = (slot + 1) & this.tableMask;
      this.table[slot] = f + 1;
    }
  }

  labelId(label: string): number | undefined {
    return this.labelIds.get(label);
  }

  /** Row index of a feature hash, or -1 when the model has no weights for it. */
  featureRow(hash: number): number {
    const hashes = this.data.featureHashes;
    let slot = slotOf(hash, this.tableMask);
    for (;;) {
      const entry = this.table[slot]!;
      if (entry === 0) return -1;
      if (hashes[entry - 1] === hash) return entry - 1;
      slot = (slot + 1) & this.tableMask;
    }
  }

  /**
   * Writes the emission scores of `features[0 .. count)` (default: all) into
   * `scores[base .. base + labelCount)`.
   */
  emissionScores(
    features: Uint32Array,
    scores: Float32Array,
    base = 0,
    count = features.length,
  ): void {
    scores.fill(0, base, base + this.labelCount);
    const { rowStart, weightLabels, weights } = this.data;
    for (let i = 0; i < count; i++) {
      const row = this.featureRow(features[i]!);
      if (row < 0) continue;
      const end = rowStart[row + 1]!;
      for (let k = rowStart[row]!; k < end; k++) scores[base + weightLabels[k]!]! += weights[k]!;
    }
  }
}

function slotOf(hash: number, mask: number): number {
  return (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
}

/** Builds an allowed-transition mask from a predicate; `prev` is null at sentence start. */
export function buildTransitionMask(
  labels: readonly string[],
  isAllowed: (prev: string | null, next: string) => boolean,
): Uint8Array {
  const L = labels.length;
  const mask = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let n = 0; n < L; n++)
      mask[p * L + n] = isAllowed(p === L ? null : labels[p]!, labels[n]!) ? 1 : 0;
  }
  return mask;
}

/** BIO/IOB2 constraint: `I-X` may only follow `B-X` or `I-X`. */
export function bioAllowed(prev: string | null, next: string): boolean {
  if (!next.startsWith('I-')) return true;
  if (prev === null) return false;
  const type = next.slice(2);
  return prev === `B-${type}` || prev === `I-${type}`;
}
