import type { Pipeline } from '../../core/pipeline/pipeline.js';
import { createSentenceSplitter } from '../../core/segment/component.js';
import { englishSegmenterLanguage } from '../../core/segment/language.js';
import { createTokenizer } from '../../core/tokenize/component.js';
import { englishTokenizerLanguage } from '../../core/tokenize/language.js';
import { assemblePipeline, type ModelComponents } from './assemble.js';
import type { PipelineOptions } from './options.js';
import { loadEnglishPosComponent } from '../models/pos-en.js';
import { loadEnglishNerComponent } from '../models/ner-en.js';

/** Options of the English pipeline (the same as every language's). */
export type EnglishPipelineOptions = PipelineOptions;

/** The model components, loaded once per process. */
let shared: ModelComponents | undefined;

/** The English analysis pipeline: every stage with English data and models; documents carry `lang: "en"`. */
export function loadEnglishPipeline(options: EnglishPipelineOptions = {}): Pipeline {
  shared ??= {
    tokenizer: createTokenizer(englishTokenizerLanguage),
    splitter: createSentenceSplitter({ language: englishSegmenterLanguage }),
    pos: loadEnglishPosComponent(),
    ner: loadEnglishNerComponent(),
  };
  return assemblePipeline('en', shared, options);
}
