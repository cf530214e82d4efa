import { compareDocuments } from '../../core/compare/compare.js';
import {
  CONTRACT_VERSION,
  type AnalyzeOutput,
  type CompareOutput,
  type DocumentRecord,
} from '../../core/contract/types.js';
import { normalizeText } from '../../core/text/normalize.js';
import { loadGermanPipeline } from '../pipeline.js';
import type { InputDocument } from './request.js';

/** What the API runs on validated input; injectable so tests can count or fail calls. */
export interface Analyzer {
  analyze(documents: readonly InputDocument[]): AnalyzeOutput;
  compare(documents: readonly InputDocument[]): CompareOutput;
}

/**
 * The same analysis as `crosscheck analyze` and `crosscheck compare`: each text is
 * normalised first (so offsets refer to the `text` returned), and a report's own
 * `date` stands in for the CLI's `--date`.
 */
export const germanAnalyzer: Analyzer = {
  analyze: (documents) => ({ version: CONTRACT_VERSION, documents: documents.map(analyzeOne) }),
  compare: (documents) => compareDocuments(documents.map(analyzeOne)),
};

function analyzeOne(input: InputDocument): DocumentRecord {
  const pipeline = loadGermanPipeline(input.date === undefined ? {} : { documentDate: input.date });
  return pipeline.run(input.id, normalizeText(input.text)).toRecord();
}
