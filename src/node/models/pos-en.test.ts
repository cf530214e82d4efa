import { describe, expect, it } from 'vitest';
import { Doc } from '../../core/doc.js';
import { createEnglishPosTagger, tagEnglishTokens } from '../../core/pos/en/component.js';
import {
  computeEnglishWordInfo,
  englishDictionary,
  englishDynamicFeatures,
} from '../../core/pos/en/features.js';
import type { EnglishPosData } from '../../core/pos/en/tag-dictionary.js';
import { windowFeatures } from '../../core/pos/word-features.js';
import { SequenceTagger } from '../../core/tagging/tagger.js';
import { ModelFileError } from './model-file.js';
import { loadEnglishPosTagger } from './pos-en.js';

const tagger = loadEnglishPosTagger();

/** Sentences written for this test, with the UPOS and lemma of each word (UD EWT conventions). */
const sentences: [string, string, string][] = [
  ['The ministry said on Tuesday', 'DET NOUN VERB ADP PROPN', 'the ministry say on Tuesday'],
  [
    'Two people were killed when the bridge collapsed .',
    'NUM NOUN AUX VERB ADV DET NOUN VERB PUNCT',
    // UD EWT lemmatises "people" as itself.
    'two people be kill when the bridge collapse .',
  ],
  [
    'She has written three books about the children .',
    'PRON AUX VERB NUM NOUN ADP DET NOUN PUNCT',
    'she have write three book about the child .',
  ],
  [
    'Officials in Kyiv did not confirm the reports .',
    'NOUN ADP PROPN AUX PART VERB DET NOUN PUNCT',
    'official in Kyiv do not confirm the report .',
  ],
  [
    'The company is planning bigger cuts next year .',
    'DET NOUN AUX VERB ADJ NOUN ADJ NOUN PUNCT',
    'the company be plan big cut next year .',
  ],
  [
    'He wants to leave , but they refused .',
    'PRON VERB PART VERB PUNCT CCONJ PRON VERB PUNCT',
    'he want to leave , but they refuse .',
  ],
];

describe('English POS tagger (committed model)', () => {
  it.each(sentences)('%s', (sentence, upos, lemmas) => {
    const got = tagger.analyse(sentence.split(' '));
    expect(got.map((a) => a.upos).join(' ')).toBe(upos);
    expect(got.map((a) => a.lemma).join(' ')).toBe(lemmas);
  });

  it('splits contractions and tags their parts in context', () => {
    const words: string[] = [];
    tagEnglishTokens(tagger, ["I", "don't", 'think', "Russia's", 'army', 'can', 'win', '.'], (t, part, a) =>
      words.push(`${t}.${part} ${a.upos} ${a.lemma}`),
    );
    expect(words).toEqual([
      '0.0 PRON I',
      '1.0 AUX do',
      '1.1 PART not',
      '2.0 VERB think',
      '3.0 PROPN Russia',
      "3.1 PART 's",
      '4.0 NOUN army',
      '5.0 AUX can',
      '6.0 VERB win',
      '7.0 PUNCT .',
    ]);
  });

  it('the fast scorer tags exactly like the generic engine', () => {
    const dictionary = englishDictionary(tagger.model.meta.english as EnglishPosData);
    const generic = new SequenceTagger(tagger.model, windowFeatures(englishDynamicFeatures), 'greedy');
    // Sentences with digits are left out: the tagger forces CD on numbers on top of the model.
    for (const [sentence] of sentences) {
      const words = sentence.split(' ');
      const infos = words.map((w) => computeEnglishWordInfo(w, dictionary));
      expect(Array.from(tagger.tagIds(words))).toEqual(Array.from(generic.tagIds(infos)));
    }
  });

  it('the pipeline component fills upos, xpos and lemma of every token', () => {
    const text = 'Mr. Smith said the talks had failed.';
    const doc = new Doc('t', text, 'en');
    let at = 0;
    for (const form of ['Mr.', 'Smith', 'said', 'the', 'talks', 'had', 'failed', '.']) {
      const start = text.indexOf(form, at);
      doc.tokens.push({ start, end: start + form.length, kind: form === '.' ? 'punct' : 'word' });
      at = start + form.length;
    }
    doc.sentences.push({ start: 0, end: text.length });
    createEnglishPosTagger(tagger).apply(doc);
    expect(doc.tokens.map((t) => t.upos)).toEqual(['PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
    expect(doc.tokens.map((t) => t.lemma)).toEqual(['Mr.', 'Smith', 'say', 'the', 'talk', 'have', 'fail', '.']);
  });

  it('a contraction kept as one token gets its host word; tokens outside every sentence are tagged too', () => {
    const text = "They don't know Russia's plans. Maybe";
    const doc = new Doc('t', text, 'en');
    let at = 0;
    for (const form of ['They', "don't", 'know', "Russia's", 'plans', '.', 'Maybe']) {
      const start = text.indexOf(form, at);
      doc.tokens.push({ start, end: start + form.length, kind: form === '.' ? 'punct' : 'word' });
      at = start + form.length;
    }
    // Only the first sentence is in the sentence layer: "Maybe" lies outside it.
    doc.sentences.push({ start: 0, end: text.indexOf('.') + 1 });
    createEnglishPosTagger(tagger).apply(doc);
    expect(doc.tokens.map((t) => `${t.upos} ${t.lemma}`)).toEqual([
      'PRON they',
      'AUX do',
      'VERB know',
      'PROPN Russia',
      'NOUN plan',
      'PUNCT .',
      'ADV maybe',
    ]);
  });

  it('a model file that is not a model gives a clear error naming the file', () => {
    expect(() => loadEnglishPosTagger('/nonexistent/pos-en.bin')).toThrow(ModelFileError);
    expect(() => loadEnglishPosTagger(new URL(import.meta.url).pathname)).toThrow(/pos-en\.test\.ts cannot be read/);
  });
});
