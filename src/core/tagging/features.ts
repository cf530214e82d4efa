import { hashFeature } from './hash.js';

/**
 * Collects the features of one position as 32-bit hashes. Extractors call
 * `add("template=value")`; `addHash` lets an extractor reuse hashes it cached.
 * The buffer is reused between positions to avoid garbage.
 */
export class FeatureSink {
  private buffer = new Uint32Array(64);
  length = 0;

  add(feature: string): void {
    this.addHash(hashFeature(feature));
  }

  addHash(hash: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint32Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = hash;
  }

  clear(): void {
    this.length = 0;
  }

  /** A copy of the collected hashes. */
  toArray(): Uint32Array {
    return this.buffer.slice(0, this.length);
  }

  /** The internal buffer (valid entries: `0 .. length`), valid until the next `add`/`clear`. */
  raw(): Uint32Array {
    return this.buffer;
  }

  /** A view of the collected hashes, valid until the next `add`/`clear`. */
  view(): Uint32Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * Writes the features of position `index` of `items` into `sink`.
 * Features may look at any item of the sequence, but not at labels: label
 * context is the model's transition weights, which keeps Viterbi exact.
 */
export type FeatureExtractor<T> = (items: readonly T[], index: number, sink: FeatureSink) => void;

/**
 * An extractor split for taggers. For each relative offset in `offsets`,
 * `own(item, offset)` gives the features of a position that depend on the item
 * at that offset alone (`undefined`: the offset falls outside the sequence);
 * `context(items, index)` gives the rest. Items with equal `key` must give equal
 * `own` features. Running text repeats its words, so a tagger can cache the
 * emission scores of each (offset, key) and look up only the context features
 * per position. Together they must give exactly the features of the unsplit
 * extractor used in training (for items of domain 0).
 */
export interface SplitFeatureExtractor<T> {
  readonly offsets: readonly number[];
  key(item: T): number;
  own(item: T | undefined, offset: number, sink: FeatureSink): void;
  context: FeatureExtractor<T>;
}

/** Feature hashes of every position of a sequence. */
export function extractSequenceFeatures<T>(
  items: readonly T[],
  extractor: FeatureExtractor<T>,
  sink: FeatureSink = new FeatureSink(),
): Uint32Array[] {
  const out: Uint32Array[] = [];
  for (let i = 0; i < items.length; i++) {
    sink.clear();
    extractor(items, i, sink);
    out.push(sink.toArray());
  }
  return out;
}
