/**
 * Named-entity recognition, German and English.
 *
 *   createNerComponent(model: SequenceModel | Uint8Array, lexicon?: Lexicon): PipelineComponent  – German
 *   createEnglishNerComponent(model: SequenceModel | Uint8Array): PipelineComponent  – English
 *   createTaggerNerComponent(tagger: NerTagger, language: EntityLanguage): PipelineComponent
 *     – fills doc.entities: {start, end, text, type PER|ORG|LOC|MISC, form name|derived|part,
 *       entity (document-level id), subtype? ('equipment'), kind? ('tank', 'fighter jet' …)}
 *   new NerTagger(model, gazetteer?).tag(tokens: string[]): string[]  – GermEval BIO labels
 *   scoreSpans(gold, predicted, mapLabel?) – strict span P/R/F1
 * Entity resolution, equipment and the transliteration key live in ../entities/.
 */
export { createNerComponent, createTaggerNerComponent } from './component.js';
export { createEnglishNerComponent } from './component-en.js';
export {
  createEnglishNerResources,
  ENGLISH_GAZETTEER,
  ENGLISH_NAME_LIST,
  type EnglishNerResourceOptions,
} from './resources-en.js';
export { NerTagger } from './tagger.js';
export {
  createNerResources,
  DEFAULT_GAZETTEER,
  DEFAULT_NAME_LIST,
  type NerResourceOptions,
} from './resources.js';
export {
  NER_LABELS,
  NER_CLASSES,
  ENGLISH_NER_LABELS,
  bioToSpans,
  spansToBio,
  classToTypeForm,
  type TokenSpan,
} from './labels.js';
export { scoreSpans, toOuterType, type PRF, type SpanScores } from './score.js';
export {
  nerFeatures,
  prepareNerItems,
  NER_FULL_FEATURES,
  NER_COMPACT_FEATURES,
  createNerFeatures,
  type NerGazetteer,
  type NerItem,
  type NerResources,
} from './features.js';
