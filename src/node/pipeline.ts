import { createDatesComponent } from '../core/dates/component.js';
import {
  createPipeline,
  type Pipeline,
  type PipelineComponent,
} from '../core/pipeline/pipeline.js';
import { quantitiesComponent } from '../core/quantities/component.js';
import { createQuotesComponent } from '../core/quotes/component.js';
import { createSentenceSplitter } from '../core/segment/component.js';
import { tokenizerComponent } from '../core/tokenize/component.js';
import { loadNerComponent } from './models/ner.js';
import { loadGermanLexicon, loadGermanPosComponent } from './models/pos.js';

export interface GermanPipelineOptions {
  /** The reports' date (YYYY-MM-DD) for relative dates; without it each report's dateline is used. */
  documentDate?: string;
}

let modelComponents:
  { splitter: PipelineComponent; pos: PipelineComponent; ner: PipelineComponent } | undefined;

/**
 * The German analysis pipeline in its fixed order, with the trained models read
 * from `models/`. Models are loaded once per process; the cheap rule-based
 * components are made per call because they carry options.
 */
export function loadGermanPipeline(options: GermanPipelineOptions = {}): Pipeline {
  modelComponents ??= {
    // The lexicon lets the boundary model find sentences that end without punctuation.
    splitter: createSentenceSplitter({ lexicon: loadGermanLexicon() }),
    pos: loadGermanPosComponent(),
    ner: loadNerComponent(),
  };
  return createPipeline([
    tokenizerComponent,
    modelComponents.splitter,
    modelComponents.pos,
    modelComponents.ner,
    quantitiesComponent,
    createDatesComponent(options),
    createQuotesComponent(),
  ]);
}
