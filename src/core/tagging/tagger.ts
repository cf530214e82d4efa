import { decodeGreedy, decodeViterbi, type DecodeMode } from './decode.js';
import { FeatureSink, type FeatureExtractor } from './features.js';
import type { SequenceModel } from './model.js';

/**
 * A model bound to its feature extractor and decoder, with scratch buffers reused
 * across calls (not safe to share between concurrent callers – make one each).
 */
export class SequenceTagger<T> {
  private readonly sink = new FeatureSink();
  private emissions = new Float32Array(0);
  private ids = new Uint16Array(0);

  constructor(
    readonly model: SequenceModel,
    private readonly extractor: FeatureExtractor<T>,
    readonly mode: DecodeMode = 'greedy',
  ) {}

  /** Label ids per item; the returned array is reused by the next call. */
  tagIds(items: readonly T[]): Uint16Array {
    const n = items.length;
    const L = this.model.labelCount;
    if (this.emissions.length < n * L) this.emissions = new Float32Array(Math.max(n * L, 256 * L));
    if (this.ids.length < n) this.ids = new Uint16Array(Math.max(n, 256));
    const scores = this.emissions;
    for (let i = 0; i < n; i++) {
      this.sink.clear();
      this.extractor(items, i, this.sink);
      this.model.emissionScores(this.sink.raw(), scores, i * L, this.sink.length);
    }
    const decode = this.mode === 'viterbi' ? decodeViterbi : decodeGreedy;
    return decode(scores, n, L, this.model.transitions, this.model.allowed, this.ids).subarray(
      0,
      n,
    );
  }

  tag(items: readonly T[]): string[] {
    return Array.from(this.tagIds(items), (id) => this.model.labels[id]!);
  }
}
