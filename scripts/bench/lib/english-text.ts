/**
 * The English bench text: the shared benchmark corpus is German, so English
 * benches read the raw sentences (`# text` lines only, no annotation) of UD
 * English EWT train+dev+test from ../shared (≈ 250,000 words of web text),
 * joined by spaces. Without them this throws a message naming what is missing,
 * and the bench runner reports that bench as failed and goes on.
 */
import { readFileSync } from 'node:fs';
import { Doc } from '../../../src/core/doc.js';
import { englishSegmenterLanguage } from '../../../src/core/segment/language.js';
import { splitSentences } from '../../../src/core/segment/split-sentences.js';
import { englishTokenizerLanguage } from '../../../src/core/tokenize/language.js';
import { tokenize } from '../../../src/core/tokenize/tokenize.js';
import { missingSharedMessage, sharedPath } from '../../../src/node/shared-data.js';

let text: string | undefined;

/** UD English EWT's raw sentences as one text (read once per process). */
export function englishBenchText(): string {
  if (text !== undefined) return text;
  const parts: string[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const path = sharedPath('corpora', 'ud-english-ewt', `en_ewt-ud-${split}.conllu`);
    if (!path) throw new Error(missingSharedMessage('corpora/ud-english-ewt (English bench text)'));
    for (const line of readFileSync(path, 'utf8').split('\n'))
      if (line.startsWith('# text = ')) parts.push(line.slice('# text = '.length));
  }
  text = parts.join(' ');
  return text;
}

/**
 * A new English Doc of the bench text with its tokens and sentences filled,
 * for benches that time the later components only.
 */
export function englishSegmentedDoc(id = 'bench-en'): Doc {
  const source = englishBenchText();
  const doc = new Doc(id, source, 'en');
  // Loops, not push(...): spreading 250,000 tokens overflows the call stack.
  for (const t of tokenize(source, { language: englishTokenizerLanguage })) doc.tokens.push(t);
  for (const s of splitSentences(source, doc.tokens, { language: englishSegmenterLanguage }))
    doc.sentences.push(s);
  return doc;
}
