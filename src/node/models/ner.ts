/**
 * Node-side loading of the German NER model (`models/ner-de.bin`): reads the
 * bytes and builds the pipeline component. The browser does the same with
 * `fetch` and `createNerComponent(bytes)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createNerComponent } from '../../core/ner/component.js';
import type { PipelineComponent } from '../../core/pipeline/pipeline.js';
import { decodeSequenceModel, type SequenceModel } from '../../core/tagging/index.js';
import { WordClusters } from '../../core/lexicon/word-clusters.js';
import { NER_CLUSTER_FEATURES } from '../../core/ner/features.js';
import { REPO_ROOT } from '../shared-data.js';
import { readModelFile } from './model-file.js';
import { loadGermanLexicon } from './pos.js';

/** Where the shipped German NER model lies. */
export const NER_MODEL_PATH = join(REPO_ROOT, 'models', 'ner-de.bin');

export function nerModelExists(path: string = NER_MODEL_PATH): boolean {
  return existsSync(path);
}

export function readNerModelBytes(path: string = NER_MODEL_PATH): Uint8Array {
  return readModelFile(path, 'npm run train:ner');
}

export function loadNerModel(path: string = NER_MODEL_PATH): SequenceModel {
  return decodeSequenceModel(readNerModelBytes(path));
}

/** Where the German word clusters lie (built by `npm run build:clusters`). */
export const CLUSTERS_PATH = join(REPO_ROOT, 'models', 'clusters-de.bin');

let clusters: WordClusters | null | undefined;

/** The German word clusters, loaded once; null when the file is absent. */
export function loadWordClusters(): WordClusters | null {
  clusters ??= existsSync(CLUSTERS_PATH)
    ? WordClusters.fromBytes(new Uint8Array(readFileSync(CLUSTERS_PATH)))
    : null;
  return clusters;
}

/** The word clusters when a model was trained with them (feature version 6), else undefined. */
export function clustersFor(model: SequenceModel): WordClusters | undefined {
  if (model.meta.featureVersion !== NER_CLUSTER_FEATURES) return undefined;
  const clusters = loadWordClusters();
  if (!clusters) throw new Error(`${CLUSTERS_PATH} not found: run \`npm run build:clusters\``);
  return clusters;
}

/**
 * The NER pipeline component with the shipped model, the German lexicon (shared
 * with POS) and, when the model uses them, the word clusters.
 */
export function loadNerComponent(path: string = NER_MODEL_PATH): PipelineComponent {
  const model = loadNerModel(path);
  return createNerComponent(model, loadGermanLexicon(), clustersFor(model));
}
