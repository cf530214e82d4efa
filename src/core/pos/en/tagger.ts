import { decodeGreedy } from '../../tagging/decode.js';
import { decodeSequenceModel } from '../../tagging/format.js';
import type { SequenceModel } from '../../tagging/model.js';
import { PosFastScorer } from '../fast-scorer.js';
import { splitLabel, type PosAnalysis } from '../tagger.js';
import { WordInfoCache, type WordInfo } from '../word-features.js';
import {
  computeEnglishWordInfo,
  EN_FEATURE_VERSION,
  englishDictionary,
  englishDynamicFeatures,
} from './features.js';
import { EnglishLemmatizer } from './lemmatizer.js';
import type { EnglishPosData } from './tag-dictionary.js';

/** Digits with separators: a number whatever the context (the training data has too few). */
const CARDINAL = /^[+\-−]?\d+(?:[.,]\d+)*$/;

/**
 * English part-of-speech tagger and lemmatizer: the averaged-perceptron window
 * tagger shared with German (labels "PTB UPOS", greedy decoding, the fast
 * scorer) over English word features, then rule-and-exception lemmas.
 * Input is syntactic words (contractions split, see clitics.ts). Holds scratch
 * buffers: one instance per thread of work.
 */
export class EnglishPosTagger {
  private readonly scorer: PosFastScorer;
  private readonly cache: WordInfoCache;
  private readonly lemmatizer: EnglishLemmatizer;
  private readonly labelParts: { xpos: string; upos: string }[];
  private emissions = new Float32Array(0);
  private ids = new Uint16Array(0);
  private infos: WordInfo[] = [];
  private readonly cardinal: number;

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
    this.cache = new WordInfoCache((form) => computeEnglishWordInfo(form, dictionary));
    this.scorer = new PosFastScorer(model, englishDynamicFeatures);
    this.lemmatizer = new EnglishLemmatizer(data);
    this.labelParts = model.labels.map(splitLabel);
    this.cardinal = model.labels.indexOf('CD NUM');
  }

  static fromBytes(bytes: Uint8Array): EnglishPosTagger {
    return new EnglishPosTagger(decodeSequenceModel(bytes));
  }

  /** Label ids (into `model.labels`) of `words[from .. to)`, one sentence; reused by the next call. */
  tagIds(words: readonly string[], from = 0, to = words.length): Uint16Array {
    const n = to - from;
    const infos = this.infos;
    infos.length = n;
    for (let i = 0; i < n; i++) infos[i] = this.cache.get(words[from + i]!);
    const L = this.model.labelCount;
    if (this.emissions.length < n * L) this.emissions = new Float32Array(Math.max(n * L, 256 * L));
    if (this.ids.length < n) this.ids = new Uint16Array(Math.max(n, 256));
    this.scorer.score(infos, this.emissions);
    if (this.cardinal >= 0) {
      for (let i = 0; i < n; i++)
        if (CARDINAL.test(words[from + i]!)) this.emissions[i * L + this.cardinal]! += 1e4;
    }
    return decodeGreedy(
      this.emissions,
      n,
      L,
      this.model.transitions,
      this.model.allowed,
      this.ids,
    ).subarray(0, n);
  }

  label(id: number): { xpos: string; upos: string } {
    return this.labelParts[id]!;
  }

  /** Lemma of word `i` of the last `tagIds` call (relative to its `from`), with tag `xpos`. */
  lemmaOfLast(i: number, xpos: string): string {
    const info = this.infos[i]!;
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
