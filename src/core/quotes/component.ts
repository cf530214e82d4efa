import type { PipelineComponent } from '../pipeline/pipeline.js';
import type { CueLexicon } from './cue-lexicon.js';
import type { QuoteOptions } from './find-quotes.js';
import { germanQuotePack, quoteLanguagePack, type QuoteLanguagePack } from './languages.js';

export interface QuotesComponentOptions extends QuoteOptions {
  /** The German cue lexicon to use (German only; tests and the learned debates lexicon). */
  lexicon?: CueLexicon;
  /** The language the pipeline reads: a code (`de`, the default, or `en`) or a language pack of its own. */
  lang?: string | QuoteLanguagePack;
}

/**
 * Pipeline step that fills `doc.quotes`. Runs after tokens, sentences, tags and
 * entities when those exist, and falls back on its own scanning when they do not.
 */
export function createQuotesComponent(options: QuotesComponentOptions = {}): PipelineComponent {
  const lang = options.lang ?? 'de';
  const pack =
    typeof lang !== 'string'
      ? lang
      : options.lexicon && lang.startsWith('de')
        ? germanQuotePack(options.lexicon)
        : quoteLanguagePack(lang);
  return {
    name: 'quotes',
    apply(doc) {
      doc.quotes.length = 0;
      doc.quotes.push(...pack.find(doc, { mode: options.mode }));
    },
  };
}
