import type { PipelineComponent } from '../pipeline/pipeline.js';
import type { TokenizerLanguage } from './language.js';
import { tokenize } from './tokenize.js';

/**
 * A tokenizer component for one language's data (language.ts): fills
 * `doc.tokens` (replacing any earlier tokens) from `doc.text`. Without data it
 * picks the data by `doc.lang`.
 */
export function createTokenizer(language?: TokenizerLanguage): PipelineComponent {
  return {
    name: 'tokenizer',
    apply(doc) {
      const tokens = tokenize(doc.text, language ? { language } : { lang: doc.lang });
      doc.tokens.length = 0;
      // A loop, not push(...tokens): a spread of a million arguments overflows the stack.
      for (const token of tokens) doc.tokens.push(token);
    },
  };
}

/** The tokenizer that picks its language data by `doc.lang`. */
export const tokenizerComponent: PipelineComponent = createTokenizer();
