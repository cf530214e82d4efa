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
  /**
   * Open-addressing table, two words a slot: the feature hash, then its row as
   * `start << 8 | weight count` (0 = empty slot). Hash and row share a cache
   * line, so a lookup costs one memory access before the weights themselves.
   */
  private readonly table: Uint32Array;
  /** Row index of each slot's feature (for `featureRow`). */
  private readonly slotRows: Int32Array;
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
    const { rowStart } = data;
    if (rowStart[n]! >= 1 << 24 || this.labelCount > 255)
      throw new Error('model too large for the lookup table (2^24 weights, 255 labels)');
    let size = 1024;
    while (size < n * 2) size *= 2;
    this.table = new Uint32Array(2 * size);
    this.slotRows = new Int32Array(size).fill(-1);
    this.tableMask = size - 1;
    const hashes = data.featureHashes;
    for (let f = 0; f < n; f++) {
      const count = rowStart[f + 1]! - rowStart[f]!;
      if (count === 0) continue;
      let slot = slotOf(hashes[f]!, this.tableMask);
      while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & this.tableMask;
      this.table[2 * slot] = hashes[f]!;
      this.table[2 * slot + 1] = ((rowStart[f]! << 8) | count) >>> 0;
      this.slotRows[slot] = f;
    }
  }

  labelId(label: string): number | undefined {
    return this.labelIds.get(label);
  }

  /** Row index of a feature hash, or -1 when the model has no weights for it. */
  featureRow(hash: number): number {
    const table = this.table;
    let slot = slotOf(hash, this.tableMask);
    for (;;) {
      if (table[2 * slot + 1] === 0) return -1;
      if (table[2 * slot] === hash) return this.slotRows[slot]!;
      slot = (slot + 1) & this.tableMask;
    }
  }

  /** `start << 8 | count` of a feature's weights, or 0 when it has none. */
  private packedRow(hash: number): number {
    const table = this.table;
    let slot = slotOf(hash, this.tableMask);
    for (;;) {
      const packed = table[2 * slot + 1]!;
      if (packed === 0 || table[2 * slot] === hash) return packed;
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
    this.addEmissionScores(features, scores, base, count);
  }

  /** Like `emissionScores`, but adds to what `scores[base ..]` already holds. */
  addEmissionScores(
    features: Uint32Array,
    scores: Float32Array,
    base = 0,
    count = features.length,
  ): void {
    const { weightLabels, weights } = this.data;
    for (let i = 0; i < count; i++) {
      const packed = this.packedRow(features[i]!);
      if (packed === 0) continue;
      const start = packed >>> 8;
      const end = start + (packed & 0xff);
      for (let k = start; k < end; k++) scores[base + weightLabels[k]!]! += weights[k]!;
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
