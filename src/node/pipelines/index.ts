/**
 * The pipeline registry: one analysis pipeline per language crosscheck reads,
 * chosen per document (given with --lang, or detected: src/core/lang). Each
 * language's pipeline is built from the same language-neutral components with
 * that language's data and models.
 */
import {
  chooseLanguage,
  type LanguageOption,
  type LanguageSource,
} from '../../core/lang/choose.js';
import type { SupportedLanguage } from '../../core/lang/detect.js';
import type { DocumentRecord } from '../../core/contract/types.js';
import type { Pipeline } from '../../core/pipeline/pipeline.js';
import { loadEnglishPipeline } from './english.js';
import { loadGermanPipeline } from './german.js';
import type { PipelineOptions } from './options.js';

export type { PipelineOptions } from './options.js';
export { loadEnglishPipeline } from './english.js';
export { loadGermanPipeline, type GermanPipelineOptions } from './german.js';

const LOADERS: Readonly<Record<SupportedLanguage, (options: PipelineOptions) => Pipeline>> = {
  de: loadGermanPipeline,
  en: loadEnglishPipeline,
};

/** The analysis pipeline for a language. */
export function loadPipeline(lang: SupportedLanguage, options: PipelineOptions = {}): Pipeline {
  return LOADERS[lang](options);
}

export type AnalysisResult =
  | { ok: true; record: DocumentRecord; lang: SupportedLanguage; langSource: LanguageSource }
  | { ok: false; problem: string };

/**
 * Analyses one normalised text in the language chosen for it (`lang`: given,
 * or `auto` to detect). `pipelines` may supply a prepared pipeline per language
 * (e.g. one built for a --date); others are loaded with `options`. A text
 * detected as a language crosscheck does not read is not analysed: the result
 * says what it looks like.
 */
export function analyzeText(
  id: string,
  text: string,
  lang: LanguageOption = 'auto',
  options: PipelineOptions = {},
  pipelines: Partial<Record<SupportedLanguage, Pipeline>> = {},
): AnalysisResult {
  const choice = chooseLanguage(text, lang);
  if (!choice.ok) return choice;
  const pipeline = pipelines[choice.lang] ?? loadPipeline(choice.lang, options);
  const record = pipeline.run(id, text, choice.lang).toRecord();
  record.langSource = choice.source;
  return { ok: true, record, lang: choice.lang, langSource: choice.source };
}
