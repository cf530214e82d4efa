import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bioAllowed,
  decodeSequenceModel,
  decodeViterbi,
  encodeSequenceModel,
  FeatureSink,
  SequenceTagger,
  trainSequenceModel,
  type FeatureExtractor,
  type SplitFeatureExtractor,
  type TrainingSequence,
} from './index.js';
import { createRandom } from './random.js';

/**
 * Synthetic task: words are "dN" (determiner), "nN" (noun), "vN" (verb) or "x"
 * (ambiguous: a noun after a determiner, a verb otherwise). A window feature is
 * enough to learn it; BIO entities are runs of capitalised words.
 */
const words: FeatureExtractor<string> = (items, i, sink) => {
  const w = items[i]!;
  sink.add('bias');
  sink.add('w=' + w);
  sink.add('p=' + w[0]);
  sink.add('prev=' + (items[i - 1]?.[0] ?? '<s>'));
};
const names: FeatureExtractor<string> = (items, i, sink) => {
  const w = items[i]!;
  words(items, i, sink);
  sink.add('cap=' + (w[0] === w[0]!.toUpperCase()));
  sink.add('prevcap=' + (i > 0 && items[i - 1]![0] === items[i - 1]![0]!.toUpperCase()));
};

function posSentence(random: () => number): TrainingSequence<string> {
  const items: string[] = [];
  const labels: string[] = [];
  const n = 3 + Math.floor(random() * 8);
  for (let i = 0; i < n; i++) {
    const r = random();
    const prevDet = labels[labels.length - 1] === 'DET';
    if (r < 0.25) {
      items.push('x');
      labels.push(prevDet ? 'NOUN' : 'VERB');
    } else {
      const kind = r < 0.5 ? 'd' : r < 0.75 ? 'n' : 'v';
      items.push(kind + Math.floor(random() * 20));
      labels.push(kind === 'd' ? 'DET' : kind === 'n' ? 'NOUN' : 'VERB');
    }
  }
  return { items, labels };
}

function bioSentence(random: () => number): TrainingSequence<string> {
  const items: string[] = [];
  const labels: string[] = [];
  const n = 4 + Math.floor(random() * 8);
  while (items.length < n) {
    if (random() < 0.3) {
      const len = 1 + Math.floor(random() * 3);
      for (let k = 0; k < len; k++) {
        items.push('N' + Math.floor(random() * 30));
        labels.push(k === 0 ? 'B-PER' : 'I-PER');
      }
      // an entity always ends before the next word, so the task is learnable
      items.push('w' + Math.floor(random() * 30));
      labels.push('O');
    } else {
      items.push('w' + Math.floor(random() * 30));
      labels.push('O');
    }
  }
  return { items, labels };
}

function corpus(make: (r: () => number) => TrainingSequence<string>, n: number, seed: number) {
  const random = createRandom(seed);
  return Array.from({ length: n }, () => make(random));
}

function accuracy(tagger: SequenceTagger<string>, data: TrainingSequence<string>[]): number {
  let right = 0;
  let all = 0;
  for (const s of data) {
    const tags = tagger.tag(s.items);
    tags.forEach((t, i) => {
      all++;
      if (t === s.labels[i]) right++;
    });
  }
  return right / all;
}

describe('sequence engine', () => {
  const train = corpus(posSentence, 300, 1);
  const test = corpus(posSentence, 100, 2);

  it.each(['greedy', 'viterbi'] as const)('learns a small synthetic task (%s)', (mode) => {
    const model = trainSequenceModel(train, words, { epochs: 5, seed: 7, decode: mode });
    expect(accuracy(new SequenceTagger(model, words, mode), test)).toBeGreaterThan(0.99);
  });

  it('save then load gives identical predictions', () => {
    const model = trainSequenceModel(train, words, { epochs: 3, seed: 7, decode: 'greedy' });
    const loaded = decodeSequenceModel(encodeSequenceModel(model));
    const a = new SequenceTagger(model, words);
    const b = new SequenceTagger(loaded, words);
    for (const s of test) expect(b.tag(s.items)).toEqual(a.tag(s.items));
    expect(loaded.labels).toEqual(model.labels);
  });

  it('decodes a model stored at an unaligned offset', () => {
    const model = trainSequenceModel(train, words, { epochs: 1, seed: 3, decode: 'greedy' });
    const bytes = encodeSequenceModel(model);
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const loaded = decodeSequenceModel(shifted.subarray(1));
    expect(new SequenceTagger(loaded, words).tag(test[0]!.items)).toEqual(
      new SequenceTagger(model, words).tag(test[0]!.items),
    );
  });

  it('training is deterministic for a seed and depends on it', () => {
    const run = (seed: number) =>
      encodeSequenceModel(
        trainSequenceModel(train, words, { epochs: 3, seed, decode: 'greedy', meta: { x: 1 } }),
      );
    expect(run(11)).toEqual(run(11));
    expect(run(11)).not.toEqual(run(12));
  });

  it('rejects bytes that are not a model', () => {
    expect(() => decodeSequenceModel(new Uint8Array(40))).toThrow(/not a CXSM/);
  });

  it('Viterbi with BIO constraints never emits an I- without its B-', () => {
    const bioTrain = corpus(bioSentence, 300, 5);
    const model = trainSequenceModel(bioTrain, names, {
      epochs: 5,
      seed: 1,
      decode: 'viterbi',
      allowed: bioAllowed,
    });
    const tagger = new SequenceTagger(model, names, 'viterbi');
    expect(accuracy(tagger, corpus(bioSentence, 100, 6))).toBeGreaterThan(0.97);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('N1', 'w2', 'N3', 'x', 'n4', 'N29', 'w0'), { maxLength: 20 }),
        (items) => {
          const tags = tagger.tag(items);
          tags.forEach((t, i) => {
            if (t.startsWith('I-')) expect(bioAllowed(i === 0 ? null : tags[i - 1]!, t)).toBe(true);
          });
        },
      ),
    );
  });

  it('Viterbi finds the best-scoring path (brute-force check) on tiny inputs', () => {
    const model = trainSequenceModel(train, words, { epochs: 2, seed: 9, decode: 'viterbi' });
    const L = model.labelCount;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('x', 'd1', 'n2', 'v3', 'q'), { minLength: 1, maxLength: 4 }),
        (items) => {
          const tagger = new SequenceTagger(model, words, 'viterbi');
          const viterbi = Array.from(tagger.tagIds(items));
          // recompute emission scores and enumerate all label paths
          const em: Float32Array[] = [];
          const t = new SequenceTagger(model, words, 'greedy');
          t.tagIds(items);
          const emissions = (t as unknown as { emissions: Float32Array }).emissions;
          for (let i = 0; i < items.length; i++) em.push(emissions.slice(i * L, i * L + L));
          let best = -Infinity;
          let bestPath: number[] = [];
          const walk = (i: number, prev: number, score: number, path: number[]) => {
            if (i === items.length) {
              if (score > best) [best, bestPath] = [score, path];
              return;
            }
            for (let y = 0; y < L; y++)
              walk(i + 1, y, score + em[i]![y]! + model.transitions[prev * L + y]!, [...path, y]);
          };
          walk(0, L, 0, []);
          const flat = new Float32Array(items.length * L);
          em.forEach((row, i) => flat.set(row, i * L));
          // Ties are possible, so compare path scores rather than paths.
          const pathScore = (path: number[]) =>
            path.reduce(
              (sum, y, i) =>
                sum + em[i]![y]! + model.transitions[(i === 0 ? L : path[i - 1]!) * L + y]!,
              0,
            );
          const direct = Array.from(
            decodeViterbi(flat, items.length, L, model.transitions, undefined),
          );
          expect(pathScore(direct)).toBeCloseTo(best, 4);
          expect(pathScore(viterbi)).toBeCloseTo(pathScore(bestPath), 4);
        },
      ),
    );
  });
});

describe('SequenceTagger with a split extractor', () => {
  // Own-form features at offsets -1, 0, +1 (per word, cacheable), a bigram as context.
  const own = (item: string | undefined, offset: number, sink: FeatureSink) => {
    if (offset === 0) sink.add('bias');
    sink.add(`w${offset}=${item ?? '<out>'}`);
    sink.add(`p${offset}=${item?.[0] ?? '<out>'}`);
  };
  const context: FeatureExtractor<string> = (items, i, sink) =>
    sink.add('bi=' + (items[i - 1] ?? '<s>') + '|' + items[i]);
  const offsets = [-1, 0, 1];
  const all: FeatureExtractor<string> = (items, i, sink) => {
    for (const o of offsets) own(items[i + o], o, sink);
    context(items, i, sink);
  };
  const keys = new Map<string, number>();
  const split: SplitFeatureExtractor<string> = {
    offsets,
    key: (item) => keys.get(item) ?? (keys.set(item, keys.size), keys.size - 1),
    own,
    context,
  };
  const data = corpus(bioSentence, 300, 5);
  const model = trainSequenceModel(data, all, {
    epochs: 3,
    seed: 1,
    decode: 'viterbi',
    allowed: bioAllowed,
  });

  it.each(['greedy', 'viterbi'] as const)('%s: tags exactly as the unsplit extractor', (mode) => {
    const plain = new SequenceTagger(model, all, mode);
    const cached = new SequenceTagger(model, all, mode, split);
    // Twice, so the second pass reads the caches.
    for (const pass of [1, 2]) {
      for (const s of corpus(bioSentence, 50, 100 + pass)) {
        expect(cached.tag(s.items)).toEqual(plain.tag(s.items));
      }
    }
  });
});
