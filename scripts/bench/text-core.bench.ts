/**
 * Read + normalise + tokenize + split sentences: the text core that every later
 * stage runs on. Goal (issue 2): at least 1,000,000 tokens/s on one core.
 */
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import type { Bench } from './types.js';

export const bench: Bench = {
  name: 'text-core',
  description: 'decodeBytes + normalizeText + tokenize + splitSentences',
  run(corpus) {
    const t0 = performance.now();
    const text = normalizeText(decodeBytes(corpus.bytes).text);
    const tokens = tokenize(text, { lang: 'de' });
    const sentences = splitSentences(text, tokens);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: tokens.length, seconds, extra: { sentences: sentences.length } };
  },
};
