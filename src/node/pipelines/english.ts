import {
  createPipeline,
  type Pipeline,
  type PipelineComponent,
} from '../../core/pipeline/pipeline.js';
import { createSentenceSplitter } from '../../core/segment/component.js';
import { englishSegmenterLanguage } from '../../core/segment/language.js';
import { createTokenizer } from '../../core/tokenize/component.js';
import { englishTokenizerLanguage } from '../../core/tokenize/language.js';
import type { PipelineOptions } from './options.js';
import { createQuantitiesComponent } from '../../core/quantities/component.js';
import { createDatesComponent } from '../../core/dates/component.js';
import { createQuotesComponent } from '../../core/quotes/component.js';
import { loadEnglishPosComponent } from '../models/pos-en.js';
import { loadEnglishNerComponent } from '../models/ner-en.js';

/** Options of the English pipeline (the same as every language's). */
export type EnglishPipelineOptions = PipelineOptions;

/**
 * The components that are the same for every call (models are loaded once per
 * process). Each English stage adds its component here, in pipeline order:
 * tokenizer → sentence splitter → POS/lemma → named entities → quantities and
 * dates → quotations.
 */
let shared:
  | {
      tokenizer: PipelineComponent;
      splitter: PipelineComponent;
      pos: PipelineComponent;
      ner: PipelineComponent;
    }
  | undefined;

/**
 * The English analysis pipeline. Its documents carry `lang: "en"`; stages
 * without an English component yet leave their layers empty, which the
 * contract allows (tokens without tags, no entities).
 */
export function loadEnglishPipeline(options: EnglishPipelineOptions = {}): Pipeline {
  shared ??= {
    tokenizer: createTokenizer(englishTokenizerLanguage),
    splitter: createSentenceSplitter({ language: englishSegmenterLanguage }),
    pos: loadEnglishPosComponent(),
    ner: loadEnglishNerComponent(),
  };
  return createPipeline(
    [
      shared.tokenizer,
      shared.splitter,
      shared.pos,
      shared.ner,
      createQuantitiesComponent({ lang: 'en' }),
      createDatesComponent({ documentDate: options.documentDate, lang: 'en' }),
      createQuotesComponent({ lang: 'en' }),
    ],
    'en',
  );
}
