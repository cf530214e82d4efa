/**
 * UD English EWT for the English tagger: sentences of syntactic words (UD splits
 * contractions "don't" = "do" + "n't", which the tagger's input does too, see
 * src/core/pos/en/clitics.ts), and the data learned from them besides the
 * model: ambiguity classes, lemma exceptions, verb lemmas.
 */
import { ruleLemma } from '../../src/core/pos/en/lemmatizer.js';
import {
  buildAmbiguityClasses,
  type EnglishPosData,
} from '../../src/core/pos/en/tag-dictionary.js';
import { readConlluFile } from '../eval/lib/conllu.js';
import type { PosSentence } from './pos-data.js';

export function readEwt(path: string): PosSentence[] {
  return readConlluFile(path).map((s) =>
    s.words.map((w) => ({ form: w.form, xpos: w.xpos, upos: w.upos, lemma: w.lemma })),
  );
}

const PROPER = new Set(['NNP', 'NNPS']);
/** Occurrences a form needs to enter the tag dictionary (environment POS_EN_DICT_MIN). */
const DICTIONARY_MIN = Number(process.env.POS_EN_DICT_MIN ?? 2);

/** Everything but the weights: ambiguity classes, lemma exceptions, verb lemmas. */
export function learnEnglishData(sentences: PosSentence[]): EnglishPosData {
  const words = sentences.flat();
  const verbLemmas = new Set<string>();
  for (const w of words)
    if (w.upos === 'VERB' || w.upos === 'AUX') verbLemmas.add(w.lemma.toLowerCase());
  // Majority lemma per (form, tag); kept only where the rules give something else.
  const lemmas = new Map<string, Map<string, number>>();
  for (const w of words) {
    const key = (PROPER.has(w.xpos) ? w.form : w.form.toLowerCase()) + '\t' + w.xpos;
    let byLemma = lemmas.get(key);
    if (!byLemma) lemmas.set(key, (byLemma = new Map()));
    byLemma.set(w.lemma, (byLemma.get(w.lemma) ?? 0) + 1);
  }
  const lemmaExceptions: Record<string, string> = {};
  for (const key of [...lemmas.keys()].sort()) {
    const best = [...lemmas.get(key)!].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    const [form, xpos] = key.split('\t') as [string, string];
    if (ruleLemma(form, xpos, verbLemmas) !== best) lemmaExceptions[key] = best;
  }
  return {
    tags: buildAmbiguityClasses(words, DICTIONARY_MIN),
    cased: buildAmbiguityClasses(words, 2, 0.02, (form) =>
      form === form.toLowerCase() ? null : form,
    ),
    lemmaExceptions,
    verbLemmas: [...verbLemmas].sort(),
  };
}
