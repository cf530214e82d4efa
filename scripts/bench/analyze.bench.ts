/**
 * The whole German `analyze` pipeline (tokens, sentences, POS + lemmas, NER,
 * quantities, dates, quotes) on the benchmark corpus, models already loaded.
 * Reported per word (whitespace-separated), the unit of the pipeline goal
 * (issue 4: ≥ 100,000 words/s on one core).
 */
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { loadGermanPipeline } from '../../src/node/pipeline.js';
import type { Bench, BenchCorpus } from './types.js';
import { countWords } from './lib/reports.js';

const pipeline = loadGermanPipeline();
let prepared: { corpus: BenchCorpus; text: string; words: number } | undefined;

export const bench: Bench = {
  name: 'analyze',
  description: 'whole analyze pipeline, models loaded (tokens column = words)',
  run(corpus) {
    if (prepared?.corpus !== corpus) {
      const text = normalizeText(decodeBytes(corpus.bytes).text);
      prepared = { corpus, text, words: countWords([text]) };
    }
    const t0 = performance.now();
    const doc = pipeline.run('bench', prepared.text);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: prepared.words, seconds, extra: { tokens: doc.tokens.length } };
  },
};
