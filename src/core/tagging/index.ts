/**
 * Sequence-labelling engine (pure TypeScript, no dependencies, browser-safe).
 *
 * API (stable):
 *   type FeatureExtractor<T> = (items: readonly T[], index: number, sink: FeatureSink) => void
 *     – writes string features of one position: `sink.add('w=' + lower)`; features are
 *       hashed (32-bit FNV-1a, `hashFeature`), so there is no feature dictionary.
 *       Features must not depend on labels; label context = transition weights.
 *       `combineHashes(a, b)` conjoins precomputed hashes without building strings.
 *   trainSequenceModel<T>(data: TrainingSequence<T>[], extractor, {epochs, seed, decode:
 *       'greedy'|'viterbi', labels?, allowed?: (prev: string|null, next: string) => boolean,
 *       pruneBelow?, meta?, onEpoch?}): SequenceModel
 *     – structured averaged perceptron; seeded shuffling; deterministic output.
 *   new SequenceTagger(model, extractor, mode = 'greedy', split?).tag(items): string[]  (.tagIds → Uint16Array)
 *     – with a SplitFeatureExtractor, the scores of the features each item alone determines
 *       (as itself or as a neighbour at each offset) are cached by the item's key.
 *   encodeSequenceModel(model): Uint8Array / decodeSequenceModel(bytes: Uint8Array): SequenceModel
 *     – format "CXSM" v1, docs/models/format.md. Save→load predicts identically.
 *   bioAllowed, buildTransitionMask – transition constraints (BIO for NER).
 *   decodeGreedy / decodeViterbi – low-level decoders over an emission matrix.
 */
export { combineHashes, hashFeature } from './hash.js';
export {
  FeatureSink,
  extractSequenceFeatures,
  type FeatureExtractor,
  type SplitFeatureExtractor,
} from './features.js';
export { SequenceModel, buildTransitionMask, bioAllowed, type SequenceModelData } from './model.js';
export { decodeGreedy, decodeViterbi, type DecodeMode } from './decode.js';
export { trainSequenceModel, type TrainOptions, type TrainingSequence } from './train.js';
export { SequenceTagger } from './tagger.js';
export { encodeSequenceModel, decodeSequenceModel } from './format.js';
export { createRandom, shuffleInPlace } from './random.js';
