/**
 * Quantities and dates alone: the cost these two components add on top of the
 * text core. Tokens and sentences are computed once, outside the timing; each
 * run applies both components to a fresh Doc that shares those layers.
 */
import { Doc } from '../../src/core/doc.js';
import { createDatesComponent } from '../../src/core/dates/index.js';
import { quantitiesComponent } from '../../src/core/quantities/index.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import type { Bench, BenchCorpus } from './types.js';

let prepared: {
  corpus: BenchCorpus;
  text: string;
  tokens: ReturnType<typeof tokenize>;
  sentences: ReturnType<typeof splitSentences>;
} | null = null;
const dates = createDatesComponent({ documentDate: '2024-11-18' });

export const bench: Bench = {
  name: 'quantities',
  description: 'quantities + dates components only, tokens/sentences precomputed',
  run(corpus) {
    if (prepared?.corpus !== corpus) {
      const text = normalizeText(decodeBytes(corpus.bytes).text);
      const tokens = tokenize(text, { lang: 'de' });
      prepared = { corpus, text, tokens, sentences: splitSentences(text, tokens) };
    }
    const doc = new Doc('bench', prepared.text);
    // A loop, not push(...): spreading 200,000 tokens overflows the call stack.
    for (const t of prepared.tokens) doc.tokens.push(t);
    for (const s of prepared.sentences) doc.sentences.push(s);
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
