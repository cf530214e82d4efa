import { decodeGreedy } from '../tagging/decode.js';
import type { SequenceModel } from '../tagging/model.js';
import type { PosFastScorer } from './fast-scorer.js';
import type { WordInfo, WordInfoCache } from './word-features.js';

/** Digits with separators (German or English): a number whatever the context. */
const CARDINAL = /^[+\-−]?\d+(?:[.,]\d+)*$/;

/**
 * The sentence loop both POS taggers share: per-word features from the cache,
 * window scores from the fast scorer, a forced cardinal label for digit
 * strings, greedy decoding (as in training, see scripts/train/pos.ts). The
 * language lives in the cache's feature function, the scorer's dynamic
 * features and the model; this class holds the scratch buffers, so one
 * instance per thread of work.
 */
export class WindowTagger {
  private emissions = new Float32Array(0);
  private ids = new Uint16Array(0);
  /** The words of the last `tagIds` call, relative to its `from`. */
  readonly infos: WordInfo[] = [];
  /** Label id of the cardinal-number label, or -1. */
  private readonly cardinal: number;

  constructor(
    private readonly model: SequenceModel,
    private readonly scorer: PosFastScorer,
    private readonly cache: WordInfoCache,
    /** The model's label for cardinal numbers ("CARD NUM" in STTS, "CD NUM" in PTB). */
    cardinalLabel: string,
  ) {
    this.cardinal = model.labels.indexOf(cardinalLabel);
  }

  /** Label ids (into `model.labels`) of `words[from .. to)`, one sentence; reused by the next call. */
  tagIds(words: readonly string[], from = 0, to = words.length): Uint16Array {
    const n = to - from;
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) infos[i] = this.cache.get(words[from + i]!);
    const L = this.model.labelCount;
    if (this.emissions.length < n * L) this.emissions = new Float32Array(Math.max(n * L, 256 * L));
    if (this.ids.length < n) this.ids = new Uint16Array(Math.max(n, 256));
    this.scorer.score(infos, this.emissions);
    if (this.cardinal >= 0) {
      // Digits with separators are numbers, whatever the context ("auf 7,40 Meter"):
      // the training data has too few of them to learn it.
      for (let i = 0; i < n; i++) {
        if (CARDINAL.test(words[from + i]!)) this.emissions[i * L + this.cardinal]! += 1e4;
      }
    }
    return decodeGreedy(
      this.emissions,
      n,
      L,
      this.model.transitions,
      this.model.allowed,
      this.ids,
    ).subarray(0, n);
  }
}
