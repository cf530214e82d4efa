/**
 * English tokenize + split sentences (the text core of the English pipeline),
 * with English data. The shared benchmark corpus is German, so this bench reads
 * the raw sentences (`# text` lines only) of UD English EWT train+dev+test from
 * ../shared (≈ 250,000 words), joined by spaces into one text. Without them the
 * bench fails with a message and the runner goes on.
 * Goal (issue 17): the whole English pipeline ≥ 100,000 words/s on one core;
 * this is its first two stages.
 */
import { englishSegmenterLanguage } from '../../src/core/segment/language.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { englishTokenizerLanguage } from '../../src/core/tokenize/language.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { englishBenchText } from './lib/english-text.js';
import type { Bench } from './types.js';

let text: string | undefined;

export const bench: Bench = {
  name: 'text-core-en',
  description: 'English tokenize + splitSentences on UD English EWT raw text',
  run() {
    text ??= englishBenchText();
    const t0 = performance.now();
    const tokens = tokenize(text, { language: englishTokenizerLanguage });
    const sentences = splitSentences(text, tokens, { language: englishSegmenterLanguage });
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: tokens.length, seconds, extra: { sentences: sentences.length } };
  },
};
