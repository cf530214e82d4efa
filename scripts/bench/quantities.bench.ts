/**
 * Quantities and dates alone: the cost these two components add on top of the
 * text core. Tokens and sentences are computed once, outside the timing, into one
 * Doc; each run empties its quantities and dates and applies both components again.
 */
import { Doc } from '../../src/core/doc.js';
import { createDatesComponent } from '../../src/core/dates/index.js';
import { quantitiesComponent } from '../../src/core/quantities/index.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import type { Bench, BenchCorpus } from './types.js';

let prepared: { corpus: BenchCorpus; doc: Doc } | null = null;
const dates = createDatesComponent({ documentDate: '2024-11-18' });

function prepare(corpus: BenchCorpus): Doc {
  const text = normalizeText(decodeBytes(corpus.bytes).text);
  const doc = new Doc('bench', text);
  // A loop, not push(...): spreading 200,000 tokens overflows the call stack.
  for (const t of tokenize(text, { lang: 'de' })) doc.tokens.push(t);
  for (const s of splitSentences(text, doc.tokens)) doc.sentences.push(s);
  return doc;
}

export const bench: Bench = {
  name: 'quantities',
  description: 'quantities + dates components only, tokens/sentences precomputed',
  run(corpus) {
    if (prepared?.corpus !== corpus) prepared = { corpus, doc: prepare(corpus) };
    const doc = prepared.doc;
    doc.quantities.length = 0;
    doc.dates.length = 0;
    const t0 = performance.now();
    dates.apply(doc);
    quantitiesComponent.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return {
      tokens: doc.tokens.length,
      seconds,
      extra: { quantities: doc.quantities.length, dates: doc.dates.length },
    };
  },
};
