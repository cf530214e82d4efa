import type { PipelineComponent } from '../pipeline/pipeline.js';
import type { Doc } from '../doc.js';
import { extractQuantities } from './extract.js';

export interface QuantitiesComponentOptions {
  /**
   * The language whose number words, approximations and digit conventions to read (`de`,
   * `en`: `data/number-words.json` and `data/approximations.json` hold one list per
   * language); by default each document's own `lang`.
   */
  lang?: string;
}

/** Fills `doc.quantities` in the given language (or the document's); uses sentences and POS tags when earlier components provided them. */
export function createQuantitiesComponent(
  options: QuantitiesComponentOptions = {},
): PipelineComponent {
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
