/**
 * The text core as the Node pipeline runs it: read + normalise + tokenize +
 * split sentences with the German lexicon passed to the splitter (lexicon
 * lookups at the gaps the boundary model is asked about). Loading the lexicon
 * is not timed (the pipeline loads it once per process).
 */
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { loadGermanLexicon } from '../../src/node/models/pos.js';
import type { Bench } from './types.js';

const lexicon = loadGermanLexicon();

export const bench: Bench = {
  name: 'text-core-lexicon',
  description: 'decodeBytes + normalizeText + tokenize + splitSentences with the lexicon',
  run(corpus) {
    const t0 = performance.now();
    const text = normalizeText(decodeBytes(corpus.bytes).text);
    const tokens = tokenize(text, { lang: 'de' });
    const sentences = splitSentences(text, tokens, { lexicon });
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: tokens.length, seconds, extra: { sentences: sentences.length } };
  },
};
