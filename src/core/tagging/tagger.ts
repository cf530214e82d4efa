import { decodeGreedy, decodeViterbi, type DecodeMode } from './decode.js';
import { FeatureSink, type FeatureExtractor, type SplitFeatureExtractor } from './features.js';
import type { SequenceModel } from './model.js';

/** Most keys whose scores a tagger keeps; the cache is emptied when full. */
const OWN_CACHE_LIMIT = 100_000;
/** Cache key of a position outside the sequence (keys of items are never negative). */
const OUTSIDE = -1;

/**
 * A model bound to its feature extractor and decoder, with scratch buffers reused
 * across calls (not safe to share between concurrent callers – make one each).
 * Given a split extractor, the emission scores of the features that depend on
 * one neighbour's form alone are computed once per (offset, form) and reused,
 * which leaves a fraction of the weight lookups per token on running text.
 */
export class SequenceTagger<T> {
  private readonly sink = new FeatureSink();
  private emissions = new Float32Array(0);
  private ids = new Uint16Array(0);
  /** Per item key, the scores of its form-only features at each offset. */
  private readonly bundles = new Map<number, Float32Array>();

  constructor(
    readonly model: SequenceModel,
    private readonly extractor: FeatureExtractor<T>,
    readonly mode: DecodeMode = 'greedy',
    private readonly split?: SplitFeatureExtractor<T>,
  ) {}

  /** Label ids per item; the returned array is reused by the next call. */
  tagIds(items: readonly T[]): Uint16Array {
    const n = items.length;
    const L = this.model.labelCount;
    if (this.emissions.length < n * L) this.emissions = new Float32Array(Math.max(n * L, 256 * L));
    if (this.ids.length < n) this.ids = new Uint16Array(Math.max(n, 256));
    const scores = this.emissions;
    const split = this.split;
    if (split === undefined) {
      for (let i = 0; i < n; i++) {
        this.sink.clear();
        this.extractor(items, i, this.sink);
        this.model.emissionScores(this.sink.raw(), scores, i * L, this.sink.length);
      }
    } else {
      this.splitEmissions(items, n, L, scores, split);
    }
    const decode = this.mode === 'viterbi' ? decodeViterbi : decodeGreedy;
    return decode(scores, n, L, this.model.transitions, this.model.allowed, this.ids).subarray(
      0,
      n,
    );
  }

  /**
   * Each item's cached bundle (its form-only scores at every offset) is added to
   * the positions it is a neighbour of; offsets that fall outside the sequence
   * add the boundary's bundle; then the context features of each position.
   */
  private splitEmissions(
    items: readonly T[],
    n: number,
    L: number,
    scores: Float32Array,
    split: SplitFeatureExtractor<T>,
  ): void {
    const offsets = split.offsets;
    const m = offsets.length;
    scores.fill(0, 0, n * L);
    for (let j = 0; j < n; j++) {
      const bundle = this.bundleOf(items[j], split);
      for (let k = 0; k < m; k++) {
        const pos = j - offsets[k]!;
        if (pos < 0 || pos >= n) continue;
        const base = pos * L;
        const from = k * L;
        for (let y = 0; y < L; y++) scores[base + y]! += bundle[from + y]!;
      }
    }
    const outside = this.bundleOf(undefined, split);
    for (let pos = 0; pos < n; pos++) {
      const base = pos * L;
      for (let k = 0; k < m; k++) {
        const at = pos + offsets[k]!;
        if (at >= 0 && at < n) continue;
        const from = k * L;
        for (let y = 0; y < L; y++) scores[base + y]! += outside[from + y]!;
      }
      this.sink.clear();
      split.context(items, pos, this.sink);
      this.model.addEmissionScores(this.sink.raw(), scores, base, this.sink.length);
    }
  }

  tag(items: readonly T[]): string[] {
    return Array.from(this.tagIds(items), (id) => this.model.labels[id]!);
  }

  /** Scores of the features an item alone determines, at each offset in turn (`offsets × labels`). */
  private bundleOf(item: T | undefined, split: SplitFeatureExtractor<T>): Float32Array {
    const key = item === undefined ? OUTSIDE : split.key(item);
    let bundle = this.bundles.get(key);
    if (bundle === undefined) {
      const L = this.model.labelCount;
      bundle = new Float32Array(split.offsets.length * L);
      const sink = new FeatureSink();
      for (let k = 0; k < split.offsets.length; k++) {
        sink.clear();
        split.own(item, split.offsets[k]!, sink);
        this.model.emissionScores(sink.raw(), bundle, k * L, sink.length);
      }
      if (this.bundles.size >= OWN_CACHE_LIMIT) this.bundles.clear();
      this.bundles.set(key, bundle);
    }
    return bundle;
  }
}
