import type { PipelineComponent } from '../pipeline/pipeline.js';
import type { Doc } from '../doc.js';
import { extractQuantities } from './extract.js';
import { lexiconFor } from './lexicon.js';

export interface QuantitiesComponentOptions {
  /**
   * The language whose number words, approximations and digit conventions to read (`de`,
   * `en`: its QuantityLanguage, `language.ts`); by default each document's own `lang`.
   * A language without quantity data is an error when the component is built.
   */
  lang?: string;
}

/** Fills `doc.quantities` in the given language (or the document's); uses sentences and POS tags when earlier components provided them. */
export function createQuantitiesComponent(
  options: QuantitiesComponentOptions = {},
): PipelineComponent {
  // Chosen once: a language without data fails here, not on the first document.
  if (options.lang !== undefined) lexiconFor(options.lang);
  return {
    name: 'quantities',
    apply(doc: Doc) {
      const found = extractQuantities(doc.text, {
        lang: options.lang ?? doc.lang,
        tokens: doc.tokens,
        sentences: doc.sentences,
      });
      // A loop, not push(...found): a long document may hold more records than a call can take arguments.
      for (const q of found) doc.quantities.push(q);
    },
  };
}

/** Fills `doc.quantities` in each document's own language. */
export const quantitiesComponent: PipelineComponent = createQuantitiesComponent();
