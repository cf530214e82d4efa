import type { Lexicon } from '../lexicon/lexicon.js';
import { decodeSequenceModel } from '../tagging/format.js';
import type { SequenceModel } from '../tagging/model.js';
import { PosFastScorer } from './fast-scorer.js';
import { Lemmatizer, type LemmaData } from './lemmatizer.js';
import { WindowTagger } from './window-tagger.js';
import { FEATURE_VERSION, WordInfoCache, type WordInfo } from './word-features.js';

export interface PosAnalysis {
  /** Universal POS (UD GSD conventions). */
  upos: string;
  /** STTS tag. */
  xpos: string;
  lemma: string;
}

/** Model labels are "XPOS UPOS": one joint decision, since UD's UPOS is not a function of STTS. */
export function splitLabel(label: string): { xpos: string; upos: string } {
  const space = label.indexOf(' ');
  return { xpos: label.slice(0, space), upos: label.slice(space + 1) };
}

/**
 * German part-of-speech tagger and lemmatizer: averaged-perceptron tags over
 * lexicon-informed features, then lemmas from closed-class list, training
 * memory, lexicon, compound heads and suffix rules (see lemmatizer.ts).
 * Holds scratch buffers: one instance per thread of work.
 */
export class GermanPosTagger {
  private readonly window: WindowTagger;
  private readonly cache: WordInfoCache;
  private readonly lemmatizer: Lemmatizer;
  private readonly labelParts: { xpos: string; upos: string }[];

  constructor(
    readonly model: SequenceModel,
    readonly lexicon: Lexicon,
  ) {
    if (model.meta.featureVersion !== FEATURE_VERSION) {
      throw new Error(
        `POS model has features ${String(model.meta.featureVersion)}, code expects ${FEATURE_VERSION}`,
      );
    }
    this.cache = new WordInfoCache(lexicon);
    this.window = new WindowTagger(model, new PosFastScorer(model), this.cache, 'CARD NUM');
    this.lemmatizer = new Lemmatizer(lexicon, model.meta.lemma as LemmaData);
    this.labelParts = model.labels.map(splitLabel);
  }

  static fromBytes(modelBytes: Uint8Array, lexicon: Lexicon): GermanPosTagger {
    return new GermanPosTagger(decodeSequenceModel(modelBytes), lexicon);
  }

  /** STTS+UPOS label ids (into `model.labels`) of `words[from .. to)`, one sentence; reused by the next call. */
  tagIds(words: readonly string[], from = 0, to = words.length): Uint16Array {
    return this.window.tagIds(words, from, to);
  }

  /** Tags and lemmatises one sentence. */
  analyse(words: readonly string[], knownNames?: ReadonlySet<string>): PosAnalysis[] {
    const ids = this.tagIds(words);
    return Array.from(ids, (id, i) => {
      const { xpos, upos } = this.labelParts[id]!;
      return { xpos, upos, lemma: this.lemmaOf(this.window.infos[i]!, xpos, knownNames) };
    });
  }

  private lemmaOf(info: WordInfo, xpos: string, knownNames?: ReadonlySet<string>): string {
    if (xpos === 'NE') return this.lemmatizer.lemmatize(info.form, xpos, knownNames);
    const memo = (info.lemmas ??= new Map());
    let lemma = memo.get(xpos);
    if (lemma === undefined) {
      lemma = this.lemmatizer.lemmatize(info.form, xpos);
      memo.set(xpos, lemma);
    }
    return lemma;
  }

  label(id: number): { xpos: string; upos: string } {
    return this.labelParts[id]!;
  }

  /** Lemma of word `i` of the last `tagIds` call (relative to its `from`), with tag `xpos`. */
  lemmaOfLast(i: number, xpos: string, knownNames?: ReadonlySet<string>): string {
    return this.lemmaOf(this.window.infos[i]!, xpos, knownNames);
  }

  /** Lemma of a word with a given STTS tag; `knownNames` are the document's NE forms. */
  lemmatize(form: string, xpos: string, knownNames?: ReadonlySet<string>): string {
    return this.lemmaOf(this.cache.get(form), xpos, knownNames);
  }
}
