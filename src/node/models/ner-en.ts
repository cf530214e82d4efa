/**
 * Node-side loading of the English NER model (`models/ner-en.bin`). The word
 * knowledge it needs ships inside core as data (src/core/ner/data/en/), so
 * the model file is all that is read; the browser does the same with `fetch`
 * and `createEnglishNerComponent(bytes)`.
 */
import { join } from 'node:path';
import { createEnglishNerComponent } from '../../core/ner/component-en.js';
import type { PipelineComponent } from '../../core/pipeline/pipeline.js';
import { decodeSequenceModel, type SequenceModel } from '../../core/tagging/index.js';
import { REPO_ROOT } from '../shared-data.js';
import { readModelFile } from './model-file.js';

/** Where the shipped English NER model lies. */
export const ENGLISH_NER_MODEL_PATH = join(REPO_ROOT, 'models', 'ner-en.bin');

export function loadEnglishNerModel(path: string = ENGLISH_NER_MODEL_PATH): SequenceModel {
  return decodeSequenceModel(readModelFile(path, 'npm run train:ner -- --lang en'));
}

/** The English NER pipeline component with the shipped model. */
export function loadEnglishNerComponent(
  path: string = ENGLISH_NER_MODEL_PATH,
): PipelineComponent {
  return createEnglishNerComponent(loadEnglishNerModel(path));
}
