import type { Lexicon } from '../lexicon/lexicon.js';
import type { PipelineComponent } from '../pipeline/pipeline.js';
import { splitSentences } from './split-sentences.js';

/**
 * A sentence splitter component (fills `doc.sentences` from `doc.text` and
 * `doc.tokens`; run it after the tokenizer). With the German lexicon the
 * boundary model finds more sentences that end without punctuation.
 */
export function createSentenceSplitter(options: { lexicon?: Lexicon } = {}): PipelineComponent {
  return {
    name: 'sentence-splitter',
    apply(doc) {
      const sentences = splitSentences(doc.text, doc.tokens, { lexicon: options.lexicon });
      doc.sentences.length = 0;
      for (const sentence of sentences) doc.sentences.push(sentence);
    },
  };
}

/** The splitter without a lexicon. */
export const sentenceSplitterComponent: PipelineComponent = createSentenceSplitter();
