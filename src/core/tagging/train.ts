import { decodeGreedy, decodeViterbi, type DecodeMode } from './decode.js';
import { decodeSequenceModel, encodeSequenceModel } from './format.js';
import { extractSequenceFeatures, FeatureSink, type FeatureExtractor } from './features.js';
import { buildTransitionMask, SequenceModel } from './model.js';
import { createRandom, shuffleInPlace } from './random.js';

export interface TrainingSequence<T> {
  items: readonly T[];
  labels: readonly string[];
}

export interface TrainOptions {
  epochs: number;
  /** Seeds the per-epoch shuffle; same data + options + seed ⇒ identical model bytes. */
  seed: number;
  /** Decoder used during training; use the one you will tag with. */
  decode: DecodeMode;
  /** Label inventory and its order; default: every training label, sorted. */
  labels?: readonly string[];
  /** Transition constraint (e.g. `bioAllowed`), stored in the model and used by both decoders. */
  allowed?: (prev: string | null, next: string) => boolean;
  /** Averaged weights with |w| below this are dropped from the model (size vs. accuracy). Default 0. */
  pruneBelow?: number;
  /** Stored in the model file. */
  meta?: Record<string, unknown>;
  onEpoch?: (epoch: number, stats: { errors: number; tokens: number }) => void;
}

/**
 * Structured averaged perceptron (Collins 2002): decode each shuffled training
 * sequence with the current weights and, where the prediction differs from gold,
 * reward the gold features/transitions and penalise the predicted ones. The model
 * keeps the average of all weight vectors seen, computed lazily with the
 * `w − u/c` trick (u accumulates c·Δ), which generalises far better than the last one.
 */
export function trainSequenceModel<T>(
  data: readonly TrainingSequence<T>[],
  extractor: FeatureExtractor<T>,
  options: TrainOptions,
): SequenceModel {
  const labels = options.labels ?? [...new Set(data.flatMap((s) => s.labels))].sort();
  const L = labels.length;
  if (L === 0) throw new Error('trainSequenceModel: no labels');
  if (L > 65535) throw new Error('trainSequenceModel: at most 65535 labels');
  const labelIds = new Map(labels.map((label, id) => [label, id]));
  const allowed = options.allowed ? buildTransitionMask(labels, options.allowed) : undefined;

  const sink = new FeatureSink();
  const examples = data.map((seq) => {
    if (seq.items.length !== seq.labels.length)
      throw new Error('trainSequenceModel: items and labels differ in length');
    const gold = Uint16Array.from(seq.labels, (label) => {
      const id = labelIds.get(label);
      if (id === undefined)
        throw new Error(`trainSequenceModel: label ${label} not in the label set`);
      return id;
    });
    return { features: extractSequenceFeatures(seq.items, extractor, sink), gold };
  });

  const store = new WeightStore(L);
  const T = (L + 1) * L;
  const tw = new Float64Array(T);
  const tu = new Float64Array(T);
  const tw32 = new Float32Array(T);
  let c = 1;
  const random = createRandom(options.seed);
  const order = examples.map((_, i) => i);
  let emissions = new Float32Array(64 * L);
  let predicted = new Uint16Array(64);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    let errors = 0;
    let tokens = 0;
    for (const index of order) {
      const { features, gold } = examples[index]!;
      const n = gold.length;
      if (n === 0) continue;
      if (emissions.length < n * L) emissions = new Float32Array(n * L * 2);
      if (predicted.length < n) predicted = new Uint16Array(n * 2);
      for (let i = 0; i < n; i++) store.score(features[i]!, emissions, i * L);
      for (let t = 0; t < T; t++) tw32[t] = tw[t]!;
      const decode = options.decode === 'viterbi' ? decodeViterbi : decodeGreedy;
      const pred = decode(emissions, n, L, tw32, allowed, predicted);
      tokens += n;
      let prevGold = L;
      let prevPred = L;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          errors++;
          store.update(features[i]!, g, 1, c);
          store.update(features[i]!, p, -1, c);
        }
        if (g !== p || prevGold !== prevPred) {
          const tg = prevGold * L + g;
          const tp = prevPred * L + p;
          tw[tg]! += 1;
          tu[tg]! += c;
          tw[tp]! -= 1;
          tu[tp]! -= c;
        }
        prevGold = g;
        prevPred = p;
      }
      c++;
    }
    options.onEpoch?.(epoch + 1, { errors, tokens });
  }

  const transitions = new Float32Array(T);
  for (let t = 0; t < T; t++) transitions[t] = tw[t]! - tu[t]! / c;
  const model = new SequenceModel({
    labels,
    ...store.averaged(c, options.pruneBelow ?? 0),
    transitions,
    ...(allowed ? { allowed } : {}),
    meta: options.meta ?? {},
  });
  // Round-trip through the file format so that the returned model already has the
  // quantised weights a saved-and-loaded copy will have: predictions never differ.
  return decodeSequenceModel(encodeSequenceModel(model));
}

/** Dense weight rows, allocated on a feature's first update. */
class WeightStore {
  private readonly rows = new Map<number, number>();
  private w = new Float64Array(0);
  private u = new Float64Array(0);
  private rowCount = 0;

  constructor(private readonly L: number) {}

  score(features: Uint32Array, out: Float32Array, base: number): void {
    const L = this.L;
    out.fill(0, base, base + L);
    for (let i = 0; i < features.length; i++) {
      const row = this.rows.get(features[i]!);
      if (row === undefined) continue;
      const off = row * L;
      for (let y = 0; y < L; y++) out[base + y]! += this.w[off + y]!;
    }
  }

  update(features: Uint32Array, label: number, delta: number, c: number): void {
    for (let i = 0; i < features.length; i++) {
      const off = this.row(features[i]!) * this.L + label;
      this.w[off]! += delta;
      this.u[off]! += c * delta;
    }
  }

  private row(hash: number): number {
    let row = this.rows.get(hash);
    if (row === undefined) {
      row = this.rowCount++;
      this.rows.set(hash, row);
      if (this.rowCount * this.L > this.w.length) {
        const size = Math.max(1024 * this.L, this.w.length * 2);
        const w = new Float64Array(size);
        w.set(this.w);
        const u = new Float64Array(size);
        u.set(this.u);
        this.w = w;
        this.u = u;
      }
    }
    return row;
  }

  /** Averaged weights in the model's sparse layout, features sorted by hash. */
  averaged(c: number, pruneBelow: number) {
    const L = this.L;
    const hashes = [...this.rows.keys()].sort((a, b) => a - b);
    const keptHashes: number[] = [];
    const rowStart: number[] = [0];
    const weightLabels: number[] = [];
    const weights: number[] = [];
    for (const hash of hashes) {
      const off = this.rows.get(hash)! * L;
      const before = weights.length;
      for (let y = 0; y < L; y++) {
        const value = this.w[off + y]! - this.u[off + y]! / c;
        if (value !== 0 && Math.abs(value) >= pruneBelow) {
          weightLabels.push(y);
          weights.push(value);
        }
      }
      if (weights.length > before) {
        keptHashes.push(hash);
        rowStart.push(weights.length);
      }
    }
    return {
      featureHashes: Uint32Array.from(keptHashes),
      rowStart: Uint32Array.from(rowStart),
      weightLabels: Uint16Array.from(weightLabels),
      weights: Float32Array.from(weights),
    };
  }
}
