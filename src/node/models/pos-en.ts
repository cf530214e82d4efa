/**
 * Node-side loading of the English POS tagger + lemmatizer (`models/pos-en.bin`,
 * trained by `npm run train:pos -- --lang en`). The model file holds the weights
 * and, in its metadata, the tag dictionary and lemma exceptions: no lexicon file.
 * The browser does the same with `fetch` + `EnglishPosTagger.fromBytes`.
 */
import { join } from 'node:path';
import { createEnglishPosTagger } from '../../core/pos/en/component.js';
import { EnglishPosTagger } from '../../core/pos/en/tagger.js';
import type { PipelineComponent } from '../../core/pipeline/pipeline.js';
import { REPO_ROOT } from '../shared-data.js';
import { ModelFileError, readModelFile } from './model-file.js';

export const EN_POS_MODEL_PATH = join(REPO_ROOT, 'models', 'pos-en.bin');
const REBUILD = 'npm run train:pos -- --lang en';

/** A new English POS tagger (each instance owns scratch buffers). */
export function loadEnglishPosTagger(modelPath: string = EN_POS_MODEL_PATH): EnglishPosTagger {
  const bytes = readModelFile(modelPath, REBUILD);
  try {
    return EnglishPosTagger.fromBytes(bytes);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new ModelFileError(`model file ${modelPath} cannot be read (${why}): rebuild it with \`${REBUILD}\``);
  }
}

/** The pipeline component filling tokens[].upos/xpos/lemma of English documents. */
export function loadEnglishPosComponent(modelPath?: string): PipelineComponent {
  return createEnglishPosTagger(loadEnglishPosTagger(modelPath));
}
