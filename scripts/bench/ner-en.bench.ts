/**
 * English NER alone: the cost of the English NER component (tagging, nationality
 * words, equipment, entity resolution) on the raw sentences of UD English EWT
 * train+dev+test (≈ 250,000 words; the shared benchmark corpus is German).
 * Tokens and sentences are computed once, outside the timing; each run empties
 * the entity layer and applies the component again. Without ../shared the
 * bench fails with a message and the runner goes on.
 * Goal (issue 17): the whole English pipeline ≥ 100,000 words/s on one core.
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../../src/core/doc.js';
import { englishSegmenterLanguage } from '../../src/core/segment/language.js';
import { splitSentences } from '../../src/core/segment/split-sentences.js';
import { englishTokenizerLanguage } from '../../src/core/tokenize/language.js';
import { tokenize } from '../../src/core/tokenize/tokenize.js';
import { loadEnglishNerComponent } from '../../src/node/models/ner-en.js';
import { missingSharedMessage, sharedPath } from '../../src/node/shared-data.js';
import type { PipelineComponent } from '../../src/core/pipeline/pipeline.js';
import type { Bench } from './types.js';

let doc: Doc | undefined;
let ner: PipelineComponent | undefined;

function prepare(): Doc {
  const parts: string[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const path = sharedPath('corpora', 'ud-english-ewt', `en_ewt-ud-${split}.conllu`);
    if (!path) throw new Error(missingSharedMessage('corpora/ud-english-ewt (English bench text)'));
    for (const line of readFileSync(path, 'utf8').split('\n'))
      if (line.startsWith('# text = ')) parts.push(line.slice('# text = '.length));
  }
  const text = parts.join(' ');
  const d = new Doc('bench-en', text, 'en');
  // Loops, not push(...): spreading 250,000 tokens overflows the call stack.
  for (const t of tokenize(text, { language: englishTokenizerLanguage })) d.tokens.push(t);
  for (const s of splitSentences(text, d.tokens, { language: englishSegmenterLanguage }))
    d.sentences.push(s);
  return d;
}

export const bench: Bench = {
  name: 'ner-en',
  description: 'English NER component only, tokens/sentences precomputed (UD EWT raw text)',
  run() {
    doc ??= prepare();
    ner ??= loadEnglishNerComponent();
    doc.entities.length = 0;
    const t0 = performance.now();
    ner.apply(doc);
    const seconds = (performance.now() - t0) / 1000;
    return { tokens: doc.tokens.length, seconds, extra: { entities: doc.entities.length } };
  },
};
