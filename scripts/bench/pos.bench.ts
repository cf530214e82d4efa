/**
 * German POS tags + lemmas on pre-tokenized, pre-split text: the cost of the
 * `pos` pipeline component alone (tokenizing and splitting happen outside the
 * timing, once per corpus). Goal (issue 3): ≥ 300,000 tokens/s on one core.
 */
import { Doc } from '../../src/core/doc.js';
import { createPosTagger } from '../../src/core/pos/component.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { loadGermanPosTagger } from '../../src/node/models/pos.js';
import type { Bench, BenchCorpus } from './types.js';

let prepared:
  | {
      corpus: BenchCorpus;
      text: string;
      tokens: ReturnType<typeof tokenize>;
      sentences: ReturnType<typeof splitSentences>;
    }
  | undefined;
const component = createPosTagger(loadGermanPosTagger());

export const bench: Bench = {
  name: 'pos',
  description: 'POS tags (UPOS+STTS) + lemmas, given tokens and sentences',
  run(corpus) {
    if (prepared?.corpus !== corpus) {
      const text = normalizeText(decodeBytes(corpus.bytes).text);
      const tokens = tokenize(text, { lang: 'de' });
      prepared = { corpus, text, tokens, sentences: splitSentences(text, tokens) };
    }
    const doc = new Doc('bench', prepared.text, 'de');
    // Fresh token objects each run, so that every run does all the work.
    for (const t of prepared.tokens) doc.tokens.push({ start: t.start, end: t.end, kind: t.kind });
    doc.sentences.push(...prepared.sentences);
    const t0 = performance.now();
    component.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: doc.tokens.length, seconds, extra: { sentences: doc.sentences.length } };
  },
};
