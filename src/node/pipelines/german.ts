import type { Pipeline } from '../../core/pipeline/pipeline.js';
import { createSentenceSplitter } from '../../core/segment/component.js';
import { germanSegmenterLanguage } from '../../core/segment/language.js';
import { createTokenizer } from '../../core/tokenize/component.js';
import { germanTokenizerLanguage } from '../../core/tokenize/language.js';
import { loadNerComponent } from '../models/ner.js';
import { loadGermanLexicon, loadGermanPosComponent } from '../models/pos.js';
import { assemblePipeline, type ModelComponents } from './assemble.js';
import type { PipelineOptions } from './options.js';

/** Options of the German pipeline (the same as every language's). */
export type GermanPipelineOptions = PipelineOptions;

let modelComponents: ModelComponents | undefined;

/**
 * The German analysis pipeline in its fixed order, with the trained models read
 * from `models/`. Models are loaded once per process (assemble.ts adds the
 * rule-based stages per call).
 */
export function loadGermanPipeline(options: GermanPipelineOptions = {}): Pipeline {
  modelComponents ??= {
    tokenizer: createTokenizer(germanTokenizerLanguage),
    // The lexicon lets the boundary model find sentences that end without punctuation.
    splitter: createSentenceSplitter({
      lexicon: loadGermanLexicon(),
      language: germanSegmenterLanguage,
    }),
    pos: loadGermanPosComponent(),
    ner: loadNerComponent(),
  };
  return assemblePipeline('de', modelComponents, options);
}
