/**
 * Node-side loading of the German POS tagger: reads `models/pos-de.bin` and
 * `models/lexicon-de.bin`. The browser does the same with `fetch` +
 * `Lexicon.fromBytes` + `GermanPosTagger.fromBytes` / `createPosTagger`.
 */
import { join } from 'node:path';
import { Lexicon } from '../../core/lexicon/lexicon.js';
import { createPosTagger } from '../../core/pos/component.js';
import { GermanPosTagger } from '../../core/pos/tagger.js';
import type { PipelineComponent } from '../../core/pipeline/pipeline.js';
import { REPO_ROOT } from '../shared-data.js';
import { readModelFile } from './model-file.js';

export const POS_MODEL_PATH = join(REPO_ROOT, 'models', 'pos-de.bin');
export const LEXICON_PATH = join(REPO_ROOT, 'models', 'lexicon-de.bin');


let lexicon: Lexicon | undefined;

/** The German lexicon (loaded once per process). */
export function loadGermanLexicon(path: string = LEXICON_PATH): Lexicon {
  if (path !== LEXICON_PATH) return Lexicon.fromBytes(readModelFile(path, 'npm run build:lexicon'));
  lexicon ??= Lexicon.fromBytes(readModelFile(path, 'npm run build:lexicon'));
  return lexicon;
}

/** A new German POS tagger + lemmatizer (each instance owns scratch buffers). */
export function loadGermanPosTagger(modelPath: string = POS_MODEL_PATH, lexiconPath: string = LEXICON_PATH): GermanPosTagger {
  return GermanPosTagger.fromBytes(readModelFile(modelPath, 'npm run train:pos'), loadGermanLexicon(lexiconPath));
}

/** The pipeline component filling tokens[].upos/xpos/lemma. */
export function loadGermanPosComponent(): PipelineComponent {
  return createPosTagger(loadGermanPosTagger());
}
