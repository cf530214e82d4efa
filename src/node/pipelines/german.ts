import { createDatesComponent } from '../../core/dates/component.js';
import {
  createPipeline,
  type Pipeline,
  type PipelineComponent,
} from '../../core/pipeline/pipeline.js';
import { quantitiesComponent } from '../../core/quantities/component.js';
import { createQuotesComponent } from '../../core/quotes/component.js';
import { createSentenceSplitter } from '../../core/segment/component.js';
import { germanSegmenterLanguage } from '../../core/segment/language.js';
import { createTokenizer } from '../../core/tokenize/component.js';
import { germanTokenizerLanguage } from '../../core/tokenize/language.js';
import { loadNerComponent } from '../models/ner.js';
import { loadGermanLexicon, loadGermanPosComponent } from '../models/pos.js';
import type { PipelineOptions } from './options.js';

/** Options of the German pipeline (the same as every language's). */
export type GermanPipelineOptions = PipelineOptions;

let modelComponents:
  | {
      tokenizer: PipelineComponent;
      splitter: PipelineComponent;
      pos: PipelineComponent;
      ner: PipelineComponent;
    }
  | undefined;

/**
 * The German analysis pipeline in its fixed order, with the trained models read
 * from `models/`. Models are loaded once per process; the cheap rule-based
 * components are made per call because they carry options.
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
  return createPipeline(
    [
      modelComponents.tokenizer,
      modelComponents.splitter,
      modelComponents.pos,
      modelComponents.ner,
      quantitiesComponent,
      createDatesComponent(options),
      createQuotesComponent(),
    ],
    'de',
  );
}
