import type { PipelineComponent } from '../pipeline/pipeline.js';
import { extractQuantities } from './extract.js';

/** Fills `doc.quantities`; uses sentences and POS tags when earlier components provided them. */
export const quantitiesComponent: PipelineComponent = {
  name: 'quantities',
  apply(doc) {
    const found = extractQuantities(doc.text, {
      lang: doc.lang,
      tokens: doc.tokens,
      sentences: doc.sentences,
    });
    // A loop, not push(...found): a long document may hold more records than a call can take arguments.
    for (const q of found) doc.quantities.push(q);
  },
};
