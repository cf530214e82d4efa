import { createDatesComponent } from '../../core/dates/component.js';
import {
  createPipeline,
  type Pipeline,
  type PipelineComponent,
} from '../../core/pipeline/pipeline.js';
import { createQuantitiesComponent } from '../../core/quantities/component.js';
import { createQuotesComponent } from '../../core/quotes/component.js';
import type { SupportedLanguage } from '../../core/lang/detect.js';
import type { PipelineOptions } from './options.js';

/** A language's model-backed components: loaded once per process, shared by every call. */
export interface ModelComponents {
  tokenizer: PipelineComponent;
  splitter: PipelineComponent;
  pos: PipelineComponent;
  ner: PipelineComponent;
}

/**
 * Every language's pipeline in the one fixed order — tokenizer → sentence
 * splitter → POS/lemma → named entities → quantities → dates → quotations — from
 * its model components plus the rule-based stages with that language's data.
 * The rule-based components are made per call because they carry options
 * (the reports' date).
 */
export function assemblePipeline(
  lang: SupportedLanguage,
  models: ModelComponents,
  options: PipelineOptions,
): Pipeline {
  return createPipeline(
    [
      models.tokenizer,
      models.splitter,
      models.pos,
      models.ner,
      createQuantitiesComponent({ lang }),
      createDatesComponent({ documentDate: options.documentDate, lang }),
      createQuotesComponent({ lang }),
    ],
    lang,
  );
}
