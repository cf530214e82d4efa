/**
 * English NER alone: the cost of the English NER component (tagging, nationality
 * words, equipment, entity resolution) on the raw sentences of UD English EWT
 * train+dev+test (≈ 250,000 words; the shared benchmark corpus is German).
 * Tokens and sentences are computed once, outside the timing; each run empties
 * the entity layer and applies the component again. Without ../shared the
 * bench fails with a message and the runner goes on.
 * Goal (issue 17): the whole English pipeline ≥ 100,000 words/s on one core.
 */
import { Doc } from '../../src/core/doc.js';
import { loadEnglishNerComponent } from '../../src/node/models/ner-en.js';
import type { PipelineComponent } from '../../src/core/pipeline/pipeline.js';
import { englishSegmentedDoc } from './lib/english-text.js';
import type { Bench } from './types.js';

let doc: Doc | undefined;
let ner: PipelineComponent | undefined;

export const bench: Bench = {
  name: 'ner-en',
  description: 'English NER component only, tokens/sentences precomputed (UD EWT raw text)',
  run() {
    doc ??= englishSegmentedDoc();
    ner ??= loadEnglishNerComponent();
    doc.entities.length = 0;
    const t0 = performance.now();
    ner.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: doc.tokens.length, seconds, extra: { entities: doc.entities.length } };
  },
};
