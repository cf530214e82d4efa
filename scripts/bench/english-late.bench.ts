/**
 * The late English stages alone — quantities, dates and quotations with their English
 * data — on the raw sentences of UD English EWT train+dev+test (≈ 250,000 words, as in
 * text-core-en). Tokens and sentences are computed once, outside the timing, into one
 * Doc; each run empties the three layers and applies the three components again.
 * Without ../shared the bench fails with a message and the runner goes on.
 * Goal (issue 17): the whole English pipeline ≥ 100,000 words/s on one core.
 */
import { Doc } from '../../src/core/doc.js';
import { createDatesComponent } from '../../src/core/dates/index.js';
import { createQuantitiesComponent } from '../../src/core/quantities/index.js';
import { createQuotesComponent } from '../../src/core/quotes/index.js';
import { englishSegmentedDoc } from './lib/english-text.js';
import type { Bench } from './types.js';

let doc: Doc | undefined;
const components = [
  createQuantitiesComponent({ lang: 'en' }),
  createDatesComponent({ lang: 'en', documentDate: '2025-03-12' }),
  createQuotesComponent({ lang: 'en' }),
];

export const bench: Bench = {
  name: 'english-late',
  description:
    'English quantities + dates + quotes components, tokens/sentences precomputed (UD EWT raw text)',
  run() {
    doc ??= englishSegmentedDoc();
    doc.quantities.length = 0;
    doc.dates.length = 0;
    doc.quotes.length = 0;
    const t0 = performance.now();
    for (const c of components) c.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return {
      tokens: doc.tokens.length,
      seconds,
      extra: {
        quantities: doc.quantities.length,
        dates: doc.dates.length,
        quotes: doc.quotes.length,
      },
    };
  },
};
