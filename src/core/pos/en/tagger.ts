import { decodeSequenceModel } from '../../tagging/format.js';
import type { SequenceModel } from '../../tagging/model.js';
import { PosFastScorer } from '../fast-scorer.js';
import { splitLabel, type PosAnalysis } from '../tagger.js';
import { WindowTagger } from '../window-tagger.js';
import { WordInfoCache } from '../word-features.js';
import {
  computeEnglishWordInfo,
  EN_FEATURE_VERSION,
  englishDictionary,
  englishDynamicFeatures,
} from './features.js';
import { EnglishLemmatizer } from './lemmatizer.js';
import type { EnglishPosData } from './tag-dictionary.js';

/**
 * English part-of-speech tagger and lemmatizer: the averaged-perceptron window
 * tagger shared with German (labels "PTB UPOS", greedy decoding, the fast
 * scorer) over English word features, then rule-and-exception lemmas.
 * Input is syntactic words (contractions split, see clitics.ts). Holds scratch
 * buffers: one instance per thread of work.
 */
export class EnglishPosTagger {
  private readonly window: WindowTagger;
  private readonly lemmatizer: EnglishLemmatizer;
  private readonly labelParts: { xpos: string; upos: string }[];

  constructor(readonly model: SequenceModel) {
    if (model.meta.featureVersion !== EN_FEATURE_VERSION) {
      throw new Error(
        `English POS model has features ${String(model.meta.featureVersion)}, code expects ${EN_FEATURE_VERSION}`,
      );
    }
    const data = model.meta.english as EnglishPosData | undefined;
    if (!data || typeof data.tags !== 'object' || typeof data.cased !== 'object')
      throw new Error('English POS model lacks its tag dictionary (meta.english)');
    const dictionary = englishDictionary(data);
    const cache = new WordInfoCache((form) => computeEnglishWordInfo(form, dictionary));
    const scorer = new PosFastScorer(model, englishDynamicFeatures);
    this.window = new WindowTagger(model, scorer, cache, 'CD NUM');
    this.lemmatizer = new EnglishLemmatizer(data);
    this.labelParts = model.labels.map(splitLabel);
  }

  static fromBytes(bytes: Uint8Array): EnglishPosTagger {
    return new EnglishPosTagger(decodeSequenceModel(bytes));
  }

  /** Label ids (into `model.labels`) of `words[from .. to)`, one sentence; reused by the next call. */
  tagIds(words: readonly string[], from = 0, to = words.length): Uint16Array {
    return this.window.tagIds(words, from, to);
  }

  label(id: number): { xpos: string; upos: string } {
    return this.labelParts[id]!;
  }

  /** Lemma of word `i` of the last `tagIds` call (relative to its `from`), with tag `xpos`. */
  lemmaOfLast(i: number, xpos: string): string {
    const info = this.window.infos[i]!;
    const memo = (info.lemmas ??= new Map());
    let lemma = memo.get(xpos);
    if (lemma === undefined) {
      lemma = this.lemmatizer.lemmatize(info.form, xpos);
      memo.set(xpos, lemma);
    }
    return lemma;
  }

  /** Tags and lemmatises one sentence of syntactic words. */
  analyse(words: readonly string[]): PosAnalysis[] {
    const ids = this.tagIds(words);
    return Array.from(ids, (id, i) => {
      const { xpos, upos } = this.labelParts[id]!;
      return { xpos, upos, lemma: this.lemmaOfLast(i, xpos) };
    });
  }

  lemmatize(form: string, xpos: string): string {
    return this.lemmatizer.lemmatize(form, xpos);
  }
}
