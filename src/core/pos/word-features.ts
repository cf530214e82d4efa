import { combineHashes, hashFeature } from '../tagging/hash.js';
import type { FeatureExtractor } from '../tagging/features.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { closedClassReadings } from './closed-class.js';

/**
 * Everything the POS features need about one word type, computed once and
 * cached: its own feature hashes, and the hashes its neighbours use when they
 * look at it (so that context features cost one integer copy each).
 */
export interface WordInfo {
  form: string;
  local: Uint32Array;
  /** Hashes for the word seen from position −2, −1, +1, +2. */
  asPrev2: Uint32Array;
  asPrev: Uint32Array;
  asNext: Uint32Array;
  asNext2: Uint32Array;
  /** Lexicon ambiguity class, e.g. "ADJA|NN", '' when unknown. */
  ambiguity: string;
  /** Hash of the ambiguity class, for conjunction features. */
  ambiguityHash: number;

  capitalised: boolean;
  /** Lemma by STTS tag, memoised by the tagger (not for NE, whose lemma depends on the document). */
  lemmas?: Map<string, string>;
  /** Model rows of the hash groups above, memoised by the scorer of the tagger that owns the cache. */
  rows?: {
    /** Sum of the weights of the word's own features and the bias, one per label. */
    localScores: Float32Array;
    /**
     * What the word adds to its neighbours' scores, by role (−1, −2, +1, +2), as
     * dense per-label sums; null past the scorer's memory budget, then `sparse` is used.
     */
    dense: [Float32Array, Float32Array, Float32Array, Float32Array] | null;
    /** Model rows of asPrev, asPrev2, asNext, asNext2. */
    sparse: [Int32Array, Int32Array, Int32Array, Int32Array];
  };
}

/** Bumped whenever feature templates change: stored in the model and checked on load. */
export const FEATURE_VERSION = 'pos-de-3';

const BOS_PREV = [hashFeature('p1=<s>')];
const BOS_PREV2 = [hashFeature('p2=<s>')];
const EOS_NEXT = [hashFeature('n1=</s>')];
const EOS_NEXT2 = [hashFeature('n2=</s>')];
const BIAS = hashFeature('bias');
const FIRST_CAP = hashFeature('first&cap');
const FIRST_LOW = hashFeature('first&low');
const AMB_PREV = hashFeature('a&pa');
const AMB_NEXT = hashFeature('a&na');
const BOS_AMB = hashFeature('<s>');

const EOS_AMB = hashFeature('</s>');

/** Coarse word shape: runs of X (upper), x (lower), d (digit), other chars kept, runs collapsed. */
export function wordShape(form: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < form.length && out.length < 8; i++) {
    const ch = form[i]!;
    let c: string;
    if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function lexicalTags(
  form: string,
  lexicon: Lexicon,
): { tags: string[]; names: readonly string[]; source: string } {
  const closed = closedClassReadings(form);
  const found = lexicon.lookup(form);
  const tags = new Set<string>();
  if (closed) for (const [tag] of closed) tags.add(tag);
  if (found) for (const tag of found.tags) tags.add(tag);
  if (tags.size > 0) return { tags: [...tags].sort(), names: found?.nameTypes ?? [], source: '' };
  // Sentence-initial capitals and all-lower spellings: try the other case.
  const first = form[0] ?? '';
  const other =
    first === first.toUpperCase()
      ? first.toLowerCase() + form.slice(1)
      : first.toUpperCase() + form.slice(1);
  const alt = lexicon.lookup(other);
  if (alt) return { tags: [...alt.tags].sort(), names: alt.nameTypes, source: 'case:' };
  return { tags: [], names: [], source: '' };
}

const MAX_COMPOUND_HEAD = 40;

/**
 * The ambiguity class of the longest known tail of an unknown word: the head
 * of a compound ("Parfüm|kreation", "US-ATACMS-|Raketen", "hoch|modernen").
 */
export function compoundHead(
  form: string,
  lexicon: Lexicon,
): { head: string; tags: readonly string[] } | null {
  const hyphen = form.lastIndexOf('-');
  if (hyphen > 0 && hyphen < form.length - 1) {
    const head = form.slice(hyphen + 1);
    const p = lexicon.lookup(head) ?? lexicon.lookup(head[0]!.toUpperCase() + head.slice(1));
    if (p) return { head, tags: p.tags };
  }
  // Heads longer than this are not looked up: it keeps the scan linear on absurdly long
  // tokens, and the longest form in the lexicon has 35 characters.
  for (
    let start = Math.max(2, form.length - MAX_COMPOUND_HEAD);
    start <= form.length - 4;
    start++
  ) {
    const tail = form.slice(start);
    const p = lexicon.lookup(tail[0]!.toUpperCase() + tail.slice(1)) ?? lexicon.lookup(tail);
    if (p) return { head: tail, tags: p.tags };
  }
  return null;
}

export function computeWordInfo(form: string, lexicon: Lexicon): WordInfo {
  const lower = form.toLowerCase();
  const shape = wordShape(form);
  const lex = lexicalTags(form, lexicon);
  const ambiguity = lex.source + lex.tags.join('|');
  const local: string[] = ['w=' + form, 'l=' + lower, 'shape=' + shape, 'amb=' + ambiguity];
  for (let k = 1; k <= 5 && k <= lower.length; k++) local.push(`s${k}=` + lower.slice(-k));
  for (let k = 1; k <= 3 && k < lower.length; k++) local.push(`p${k}=` + form.slice(0, k));
  for (const tag of lex.tags) local.push('lt=' + tag);
  for (const name of lex.names) local.push('nt=' + name);
  if (lex.tags.length === 0) {
    const head = compoundHead(form, lexicon);
    local.push('head=' + (head ? head.tags.join('|') : '-'));
    local.push('unk&shape=' + shape);
  }
  if (form.includes('-')) local.push('hyph&s3=' + lower.slice(-3));
  if (lower.length <= 3) local.push('short=' + lower.length);
  const suffix3 = lower.slice(-3);
  return {
    form,
    local: Uint32Array.from(local, hashFeature),
    asPrev: Uint32Array.from(['p1=' + lower, 'p1a=' + ambiguity, 'p1s=' + suffix3], hashFeature),
    asPrev2: Uint32Array.from(['p2=' + lower, 'p2a=' + ambiguity], hashFeature),
    asNext: Uint32Array.from(['n1=' + lower, 'n1a=' + ambiguity, 'n1s=' + suffix3], hashFeature),
    asNext2: Uint32Array.from(['n2=' + lower, 'n2a=' + ambiguity], hashFeature),
    ambiguity,
    ambiguityHash: hashFeature(ambiguity),

    capitalised: form[0] !== undefined && form[0] !== form[0].toLowerCase(),
    // Present from the start so that every WordInfo has one object shape (fast property access).
    lemmas: undefined,
    rows: undefined,
  };
}

/**
 * A bounded memo of WordInfo by form (cleared when it grows past `limit`). The
 * language's word features are the `compute` function (German: lexicon-based
 * `computeWordInfo`; English: `computeEnglishWordInfo` over a tag dictionary);
 * given a Lexicon, the German one is used.
 */
export class WordInfoCache {
  private readonly map = new Map<string, WordInfo>();
  private readonly compute: (form: string) => WordInfo;

  constructor(
    source: Lexicon | ((form: string) => WordInfo),
    private readonly limit = 200_000,
  ) {
    this.compute = typeof source === 'function' ? source : (form) => computeWordInfo(form, source);
  }

  get(form: string): WordInfo {
    let info = this.map.get(form);
    if (info === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      info = this.compute(form);
      this.map.set(form, info);
    }
    return info;
  }
}

/**
 * Features of position i that depend on more than one word: the part of a
 * language's feature set that cannot be cached per word type.
 */
export type DynamicFeatures = (
  items: readonly WordInfo[],
  i: number,
  sink: { add(f: string): void; addHash(h: number): void },
) => void;

/** The full window extractor (static groups, then `dynamic`) for training and the generic tagger. */
export function windowFeatures(dynamic: DynamicFeatures): FeatureExtractor<WordInfo> {
  return (items, i, sink) => {
    for (const g of staticGroups(items, i)) addAll(sink, g);
    dynamic(items, i, sink);
  };
}

function addAll(sink: { addHash(h: number): void }, hashes: ArrayLike<number>): void {
  for (let i = 0; i < hashes.length; i++) sink.addHash(hashes[i]!);
}

/** Window features over WordInfo sequences: the word, ±2 neighbours, and a few conjunctions. */
/**
 * Features of position i, in a fixed order: the static groups (bias, the word's
 * own, its ±2 neighbours', sentence start) that depend on word types only and can
 * be resolved once per type (`PosFastScorer`), then the few that depend on the
 * combination (`dynamicFeatures`).
 */
export const posFeatures: FeatureExtractor<WordInfo> = (items, i, sink) =>
  windowFeatures(dynamicFeatures)(items, i, sink);

const BIAS_GROUP = Uint32Array.of(BIAS);
const FIRST_CAP_GROUP = Uint32Array.of(FIRST_CAP);
const FIRST_LOW_GROUP = Uint32Array.of(FIRST_LOW);
const NONE = new Uint32Array(0);
const BOS_PREV_GROUP = Uint32Array.from(BOS_PREV);
const BOS_PREV2_GROUP = Uint32Array.from(BOS_PREV2);
const EOS_NEXT_GROUP = Uint32Array.from(EOS_NEXT);
const EOS_NEXT2_GROUP = Uint32Array.from(EOS_NEXT2);

/** The hash groups of position i that depend on word types only, in feature order. */
export function staticGroups(items: readonly WordInfo[], i: number): Uint32Array[] {
  const w = items[i]!;
  return [
    BIAS_GROUP,
    w.local,
    i > 0 ? items[i - 1]!.asPrev : BOS_PREV_GROUP,
    i > 1 ? items[i - 2]!.asPrev2 : BOS_PREV2_GROUP,
    i + 1 < items.length ? items[i + 1]!.asNext : EOS_NEXT_GROUP,
    i + 2 < items.length ? items[i + 2]!.asNext2 : EOS_NEXT2_GROUP,
    i === 0 ? (w.capitalised ? FIRST_CAP_GROUP : FIRST_LOW_GROUP) : NONE,
  ];
}

/** German features of position i that depend on more than one word. */
export const dynamicFeatures: DynamicFeatures = (items, i, sink) => {
  const w = items[i]!;
  const prev = i > 0 ? items[i - 1]!.ambiguityHash : BOS_AMB;
  const next = i + 1 < items.length ? items[i + 1]!.ambiguityHash : EOS_AMB;
  if (w.ambiguity.includes('VA')) {
    // haben/sein/werden: auxiliary (AUX) when a participle or infinitive follows, main verb (VERB) otherwise.
    let verbLater = 'none';
    for (let j = i + 1; j < items.length && j <= i + 15; j++) {
      const a = items[j]!.ambiguity;
      if (a.includes('PP')) {
        verbLater = 'pp';
        break;
      }
      if (a.includes('INF')) verbLater = 'inf';
    }
    sink.add('va&later=' + verbLater);
    sink.add('va&later&w=' + verbLater + '&' + w.form.toLowerCase());
  }
  sink.addHash(combineHashes(combineHashes(AMB_PREV, w.ambiguityHash), prev));
  sink.addHash(combineHashes(combineHashes(AMB_NEXT, w.ambiguityHash), next));
};
