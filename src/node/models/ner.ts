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
import { REPO_ROOT } from '../shared-data.js';
import { loadGermanLexicon } from './pos.js';

/** Where the shipped German NER model lies. */
export const NER_MODEL_PATH = join(REPO_ROOT, 'models', 'ner-de.bin');

export function nerModelExists(path: string = NER_MODEL_PATH): boolean {
  return existsSync(path);
}

export function readNerModelBytes(path: string = NER_MODEL_PATH): Uint8Array {
  if (!existsSync(path)) throw new Error(`NER model not found at ${path}: run \`npm run train:ner\``);
  return new Uint8Array(readFileSync(path));
}

export function loadNerModel(path: string = NER_MODEL_PATH): SequenceModel {
  return decodeSequenceModel(readNerModelBytes(path));
}

/** The NER pipeline component with the shipped model and the German lexicon (shared with POS). */
export function loadNerComponent(path: string = NER_MODEL_PATH): PipelineComponent {
  return createNerComponent(loadNerModel(path), loadGermanLexicon());
}
