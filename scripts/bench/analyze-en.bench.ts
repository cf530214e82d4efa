/**
 * The whole English `analyze` pipeline (tokens, sentences, POS + lemmas, NER,
 * quantities, dates, quotes), models already loaded — the English twin of
 * analyze.bench.ts. The shared benchmark corpus is German, so this bench reads
 * the raw sentences (`# text` lines) of UD English EWT train+dev+test from
 * ../shared (≈ 250,000 words of web text), joined by spaces. Reported per word
 * (whitespace-separated), the unit of the goal (issue 17: ≥ 100,000 words/s on
 * one core). Without ../shared the bench fails with a message and the runner goes on.
 */
import { loadEnglishPipeline } from '../../src/node/pipelines/index.js';
import { countWords } from './lib/reports.js';
import { englishBenchText } from './lib/english-text.js';
import type { Bench } from './types.js';

let prepared: { text: string; words: number } | undefined;

const pipeline = loadEnglishPipeline();

export const bench: Bench = {
  name: 'analyze-en',
  description:
    'whole English analyze pipeline on UD EWT raw text, models loaded (tokens column = words)',
  run() {
    if (!prepared) {
      const text = englishBenchText();
      prepared = { text, words: countWords([text]) };
    }
    const t0 = performance.now();
    const doc = pipeline.run('bench-en', prepared.text, 'en');
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: prepared.words, seconds, extra: { tokens: doc.tokens.length } };
  },
};
