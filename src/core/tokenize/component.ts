import type { PipelineComponent } from '../pipeline/pipeline.js';
import { tokenize } from './tokenize.js';

/** Fills `doc.tokens` (replacing any earlier tokens) from `doc.text`. */
export const tokenizerComponent: PipelineComponent = {
  name: 'tokenizer',
  apply(doc) {
    const tokens = tokenize(doc.text, { lang: doc.lang });
    doc.tokens.length = 0;
    // A loop, not push(...tokens): a spread of a million arguments overflows the stack.
    for (const token of tokens) doc.tokens.push(token);
  },
};
