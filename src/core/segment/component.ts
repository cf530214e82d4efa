import type { PipelineComponent } from '../pipeline/pipeline.js';
import { splitSentences } from './split-sentences.js';

/** Fills `doc.sentences` from `doc.text` and `doc.tokens`; run it after the tokenizer. */
export const sentenceSplitterComponent: PipelineComponent = {
  name: 'sentence-splitter',
  apply(doc) {
    const sentences = splitSentences(doc.text, doc.tokens);
    doc.sentences.length = 0;
    for (const sentence of sentences) doc.sentences.push(sentence);
  },
};
