import type { Lexicon } from '../lexicon/lexicon.js';
import type { PipelineComponent } from '../pipeline/pipeline.js';
import type { SegmenterLanguage } from './language.js';
import { splitSentences } from './split-sentences.js';

/**
 * A sentence splitter component (fills `doc.sentences` from `doc.text` and
 * `doc.tokens`; run it after the tokenizer) for one language's data
 * (language.ts; German by default). With the German lexicon the boundary model
 * finds more sentences that end without punctuation.
 */
export function createSentenceSplitter(
  options: { lexicon?: Lexicon; language?: SegmenterLanguage } = {},
): PipelineComponent {
  return {
    name: 'sentence-splitter',
    apply(doc) {
      const sentences = splitSentences(doc.text, doc.tokens, options);
      doc.sentences.length = 0;
      for (const sentence of sentences) doc.sentences.push(sentence);
    },
  };
}

/** The German splitter without a lexicon. */
export const sentenceSplitterComponent: PipelineComponent = createSentenceSplitter();
