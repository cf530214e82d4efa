/**
 * NER alone: the cost the NER component adds on top of the text core (goal: at
 * most 5 µs per token on one core). Tokens and sentences are computed once,
 * outside the timing; each run applies the NER component (tagging, equipment
 * lookup, entity resolution) to a fresh Doc that shares those layers. The µs per
 * token the goal speaks of is 1e6 / (tokens/s).
 */
import { Doc } from '../../src/core/doc.js';
import { decodeBytes } from '../../src/core/text/decode.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { loadNerComponent } from '../../src/node/models/ner.js';
import type { PipelineComponent } from '../../src/core/pipeline/pipeline.js';
import type { Bench, BenchCorpus } from './types.js';

let prepared: {
  corpus: BenchCorpus;
  text: string;
  tokens: ReturnType<typeof tokenize>;
  sentences: ReturnType<typeof splitSentences>;
} | null = null;
let ner: PipelineComponent | null = null;

export const bench: Bench = {
  name: 'ner',
  description:
    'NER component only (tagging + equipment + resolution), tokens/sentences precomputed',
  run(corpus) {
    if (prepared?.corpus !== corpus) {
      const text = normalizeText(decodeBytes(corpus.bytes).text);
      const tokens = tokenize(text, { lang: 'de' });
      prepared = { corpus, text, tokens, sentences: splitSentences(text, tokens) };
    }
    // CROSSCHECK_NER_MODEL picks another model file (e.g. models/ner-de.fast.bin).
    ner ??= loadNerComponent(process.env.CROSSCHECK_NER_MODEL ?? undefined);
    const doc = new Doc('bench', prepared.text);
    // (push one by one: spreading 10⁵ tokens as arguments overflows the stack)
    for (const token of prepared.tokens) doc.tokens.push(token);
    for (const sentence of prepared.sentences) doc.sentences.push(sentence);
    const t0 = performance.now();
    ner.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: doc.tokens.length, seconds, extra: { entities: doc.entities.length } };
  },
};
