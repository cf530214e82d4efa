import type { Lexicon } from '../lexicon/lexicon.js';
import { decodeSequenceModel } from '../tagging/format.js';
import type { SequenceModel } from '../tagging/model.js';
import { decodeGreedy } from '../tagging/decode.js';
import { PosFastScorer } from './fast-scorer.js';
import { Lemmatizer, type LemmaData } from './lemmatizer.js';
import { FEATURE_VERSION, WordInfoCache, type WordInfo } from './word-features.js';

export interface PosAnalysis {
  /** Universal POS (UD GSD conventions). */
  upos: string;
  /** STTS tag. */
  xpos: string;
  lemma: string;
}

const CARDINAL = /^[+\-−]?\d+(?:[.,]\d+)*$/;

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
  private readonly scorer: PosFastScorer;
  private emissions = new Float32Array(0);
  private ids = new Uint16Array(0);
  private readonly cache: WordInfoCache;
  private readonly lemmatizer: Lemmatizer;
  private readonly labelParts: { xpos: string; upos: string }[];
  private infos: WordInfo[] = [];
  /** Label id of "CARD NUM", or -1. */
  private readonly cardinal: number;

  constructor(
    readonly model: SequenceModel,
    readonly lexicon: Lexicon,
  ) {
    if (model.meta.featureVersion !== FEATURE_VERSION) {
      throw new Error(
        `POS model has features ${String(model.meta.featureVersion)}, code expects ${FEATURE_VERSION}`,
      );
    }
    this.scorer = new PosFastScorer(model);
    this.cache = new WordInfoCache(lexicon);
    this.lemmatizer = new Lemmatizer(lexicon, model.meta.lemma as LemmaData);
    this.labelParts = model.labels.map(splitLabel);
    this.cardinal = model.labels.indexOf('CARD NUM');
  }

  static fromBytes(modelBytes: Uint8Array, lexicon: Lexicon): GermanPosTagger {
    return new GermanPosTagger(decodeSequenceModel(modelBytes), lexicon);
  }

  /** STTS+UPOS label ids (into `model.labels`) of `words[from .. to)`, one sentence; reused by the next call. */
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
      // Digits with German or English separators are numbers, whatever the context
      // ("auf 7,40 Meter"): the training data has too few of them to learn it.
      for (let i = 0; i < n; i++) {
        if (CARDINAL.test(words[from + i]!)) this.emissions[i * L + this.cardinal]! += 1e4;
      }
    }
    // Greedy, as in training (see scripts/train/pos.ts).
    return decodeGreedy(
      this.emissions,
      n,
      L,
      this.model.transitions,
      this.model.allowed,
      this.ids,
    ).subarray(0, n);
  }

  /** Tags and lemmatises one sentence. */
  analyse(words: readonly string[], knownNames?: ReadonlySet<string>): PosAnalysis[] {
    const ids = this.tagIds(words);
    return Array.from(ids, (id, i) => {
      const { xpos, upos } = this.labelParts[id]!;
      return { xpos, upos, lemma: this.lemmaOf(this.infos[i]!, xpos, knownNames) };
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
    return this.lemmaOf(this.infos[i]!, xpos, knownNames);
  }

  /** Lemma of a word with a given STTS tag; `knownNames` are the document's NE forms. */
  lemmatize(form: string, xpos: string, knownNames?: ReadonlySet<string>): string {
    return this.lemmaOf(this.cache.get(form), xpos, knownNames);
  }
}
