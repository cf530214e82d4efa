import type { PipelineComponent } from '../pipeline/pipeline.js';
import { defaultCueLexicon, type CueLexicon } from './cue-lexicon.js';
import { findQuotes, type QuoteOptions } from './find-quotes.js';

/**
 * Pipeline step that fills `doc.quotes`. Runs after tokens, sentences, tags and
 * entities when those exist, and falls back on its own scanning when they do not.
 */
export function createQuotesComponent(
  options: { lexicon?: CueLexicon } & QuoteOptions = {},
): PipelineComponent {
  const lexicon = options.lexicon ?? defaultCueLexicon();
  return {
    name: 'quotes',
    apply(doc) {
      doc.quotes.length = 0;
      doc.quotes.push(...findQuotes(doc, lexicon, { mode: options.mode }));
    },
  };
}
