/**
 * The analysis pipelines with their models, one per language: see
 * pipelines/index.ts. Kept as the entry point existing callers import.
 */
export {
  analyzeText,
  loadEnglishPipeline,
  loadGermanPipeline,
  loadPipeline,
  type AnalysisResult,
  type GermanPipelineOptions,
  type PipelineOptions,
} from './pipelines/index.js';
