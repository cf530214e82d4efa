/**
 * English POS tags + lemmas on pre-tokenized, pre-split text: the cost of the
 * English `pos` pipeline component alone (tokenizing and splitting happen once,
 * outside the timing). The shared benchmark corpus is German, so this bench
 * reads its own English text: the raw sentences (`# text` lines only, no
 * annotation) of UD English EWT train+dev+test, ≈ 250,000 words, from
 * ../shared. Without it the bench reports that and is skipped by the runner as failed.
 * Goal (issue 17): the whole English pipeline ≥ 100,000 words/s on one core.
 */
import { Doc } from '../../src/core/doc.js';
import { createEnglishPosTagger } from '../../src/core/pos/en/component.js';
import { segmenterLanguageFor } from '../../src/core/segment/language.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { loadEnglishPosTagger } from '../../src/node/models/pos-en.js';
import { englishBenchText } from './lib/english-text.js';
import type { Bench } from './types.js';

let prepared:
  | {
      text: string;
      tokens: ReturnType<typeof tokenize>;
      sentences: ReturnType<typeof splitSentences>;
    }
  | undefined;

const component = createEnglishPosTagger(loadEnglishPosTagger());

export const bench: Bench = {
  name: 'pos-en',
  description: 'English POS tags (UPOS+PTB) + lemmas, given tokens and sentences (EWT raw text)',
  run() {
    if (!prepared) {
      const text = englishBenchText();
      const tokens = tokenize(text, { lang: 'en' });
      const sentences = splitSentences(text, tokens, { language: segmenterLanguageFor('en') });
      prepared = { text, tokens, sentences };
    }
    const doc = new Doc('bench', prepared.text, 'en');
    // Fresh token objects each run, so that every run does all the work.
    for (const t of prepared.tokens) doc.tokens.push({ start: t.start, end: t.end, kind: t.kind });
    doc.sentences.push(...prepared.sentences);
    const t0 = performance.now();
    component.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: doc.tokens.length, seconds, extra: { sentences: doc.sentences.length } };
  },
};
