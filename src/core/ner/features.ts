/**
 * NER features. Each token is described once (`prepareNerItems`: lower-cased
 * form, shape, affixes, gazetteer classes, hyphen parts), with every value
 * hashed a single time; the extractor then combines those hashes with a
 * template id and a relative position using integer mixing only, which keeps
 * feature extraction to a few hundred nanoseconds per token.
 *
 * Domain adaptation (Daumé 2007, "frustratingly easy"): in training, each
 * feature also fires in a copy specific to the item's corpus, so corpus
 * conventions (GermEval's OTH, deriv and part labels, which the other corpora
 * lack) are learnt by the copies. General hashes have their lowest bit clear and
 * copies have it set; after training the GermEval copies are folded into the
 * general weights and the other copies are dropped (`foldDomainWeights`), so
 * tagging emits general hashes only.
 */
import type { FeatureExtractor, FeatureSink, SplitFeatureExtractor } from '../tagging/index.js';
import { hashFeature } from '../tagging/index.js';
import { derivedBase } from '../entities/resolve.js';
import { lookupEquipment } from '../entities/equipment.js';

/** Gazetteer: word form → name classes joined by `|` ("VOR", "NAC|STD"). */
export type NerGazetteer = ReadonlyMap<string, string>;

/**
 * Word knowledge the features draw on. Each returns '' when it knows nothing.
 * `nameTypes`: proper-name subtypes from german-pos-dict ("VOR", "NAC|STD");
 * `wordClass`: the lexicon's ambiguity class ("NN", "ADJA|NN", "NE");
 * `nameList`: the entity types a word carries in the NER training corpora
 * ("PER", "LOC|ORG"), built so that no corpus sees its own names in training.
 */
export interface NerResources {
  nameTypes(form: string): string;
  wordClass(form: string): string;
  nameList(form: string): string;
  /**
   * Distributional cluster of a form at a level of the cluster tree (0 =
   * coarsest), or -1 when unknown. Optional: without it the cluster features
   * see "unknown" everywhere.
   */
  cluster?(form: string, level: number): number;
  /**
   * The place a word is derived from ("russischen" → "Russland", "Ukrainian" →
   * "Ukraine"), or null. Optional: without it the German derivation data is used,
   * which is what the German models were trained with.
   */
  derivedBase?(form: string): string | null;
  /** Whether a form names a weapon or equipment system; optional, defaults to the shared list. */
  isEquipment?(form: string): boolean;
}

export interface NerItem {
  /**
   * Id of the token's form (with the resources it was described with): the key
   * under which a tagger caches the scores of its form-only features.
   */
  readonly formId: number;
  /** Hashes of the token's own values, by slot (see `Slot`); shared by all tokens of a form: read only. */
  readonly h: Uint32Array;
  /** Hash of the token's position with respect to quotation marks (the `Quote` slot). */
  readonly quote: number;
  /** Corpus index for domain-specific copies (0 = none: tagging). */
  readonly domain: number;
}

const enum Slot {
  Lower,
  Shape,
  Suf1,
  Suf2,
  Suf3,
  Suf4,
  Pre2,
  Pre3,
  Gaz,
  Derived,
  FirstPart,
  FirstPartGaz,
  Head,
  Form,
  ShortShape,
  WordClass,
  NameList,
  Quote,
  Coarse,
  Cluster0,
  Cluster1,
  Cluster2,
  Count,
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Word shape: runs of character classes collapsed ("Biden-Administration" → "Xx-Xx", "F-16" → "X-d"). */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    let c: string;
    if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last || !/[Xxd]/.test(c)) out += c;
    last = c;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

/** Shape of up to the first two characters plus length class: "Xx3" … keeps short forms apart. */
function shortShape(word: string): string {
  const len = word.length <= 2 ? 's' : word.length <= 4 ? 'm' : 'l';
  const upperRatio = [...word].filter((c) => /\p{Lu}/u.test(c)).length;
  const allUpper =
    upperRatio === [...word].filter((c) => /\p{L}/u.test(c)).length && upperRatio > 0;
  return (allUpper ? 'A' : /^\p{Lu}/u.test(word) ? 'C' : /^\p{Ll}/u.test(word) ? 'l' : 'o') + len;
}

const EMPTY = hashFeature('');

/** Resources from a plain gazetteer only (no lexicon, no name list). */
export function gazetteerResources(gazetteer: NerGazetteer): NerResources {
  return {
    nameTypes: (form) => gazetteer.get(form) ?? '',
    wordClass: () => '',
    nameList: () => '',
  };
}

function gazOf(word: string, resources: NerResources | undefined): string {
  if (!resources) return '';
  const direct = resources.nameTypes(word);
  if (direct !== '' || !word.endsWith('s')) return direct;
  return resources.nameTypes(word.slice(0, -1));
}

/** Ambiguity class of a form; for an unknown capitalised form, that of its lower-cased spelling ("lc:ART"). */
function classOf(word: string, resources: NerResources | undefined): string {
  if (!resources) return '';
  const own = resources.wordClass(word);
  if (own !== '') return own;
  const lower = word.toLowerCase();
  if (lower === word) return '?';
  const lc = resources.wordClass(lower);
  return lc === '' ? '?' : 'lc:' + lc;
}

/**
 * Per resources object, the form-only hashes of each word form seen: running
 * text repeats its words, so most tokens cost one map lookup and a copy.
 */
interface FormEntry {
  h: Uint32Array;
  /** Unique over all caches and their refills, so a stale id can never alias another form. */
  id: number;
}
const FORM_CACHES = new WeakMap<object, Map<string, FormEntry>>();
const NO_RESOURCES = {};
const FORM_CACHE_LIMIT = 200_000;
let nextFormId = 1;

function formEntry(token: string, resources: NerResources | undefined): FormEntry {
  const key = resources ?? NO_RESOURCES;
  let cache = FORM_CACHES.get(key);
  if (cache === undefined) {
    cache = new Map();
    FORM_CACHES.set(key, cache);
  }
  let entry = cache.get(token);
  if (entry === undefined) {
    entry = { h: computeFormHashes(token, resources), id: nextFormId++ };
    if (cache.size >= FORM_CACHE_LIMIT) cache.clear();
    cache.set(token, entry);
  }
  return entry;
}

function computeFormHashes(token: string, resources: NerResources | undefined): Uint32Array {
  const h = new Uint32Array(Slot.Count);
  const lower = token.toLowerCase();
  h[Slot.Lower] = hashFeature(lower);
  h[Slot.Form] = hashFeature(token);
  h[Slot.Shape] = hashFeature(wordShape(token));
  h[Slot.ShortShape] = hashFeature(shortShape(token));
  h[Slot.Suf1] = hashFeature(lower.slice(-1));
  h[Slot.Suf2] = hashFeature(lower.slice(-2));
  h[Slot.Suf3] = hashFeature(lower.slice(-3));
  h[Slot.Suf4] = hashFeature(lower.slice(-4));
  h[Slot.Pre2] = hashFeature(lower.slice(0, 2));
  h[Slot.Pre3] = hashFeature(lower.slice(0, 3));
  const gaz = gazOf(token, resources);
  const nameList = resources ? resources.nameList(token) : '';
  h[Slot.Gaz] = hashFeature(gaz);
  h[Slot.WordClass] = hashFeature(classOf(token, resources));
  h[Slot.NameList] = hashFeature(nameList);
  h[Slot.Coarse] = hashFeature(coarseType(gaz, nameList));
  const cluster = resources?.cluster;
  h[Slot.Cluster0] = hashFeature('c0:' + (cluster ? cluster.call(resources, token, 0) : -1));
  h[Slot.Cluster1] = hashFeature('c1:' + (cluster ? cluster.call(resources, token, 1) : -1));
  h[Slot.Cluster2] = hashFeature('c2:' + (cluster ? cluster.call(resources, token, 2) : -1));
  const baseOf = resources?.derivedBase ?? derivedBase;
  const isEquipment = resources?.isEquipment ?? ((form: string) => !!lookupEquipment(form));
  const base = /^\p{L}/u.test(token) ? baseOf(token) : null;
  const equipment = isEquipment(token) ? 'EQ' : '';
  h[Slot.Derived] = hashFeature(
    base !== null ? (/^\p{Lu}/u.test(token) ? 'DEM' : 'ADJ') : equipment,
  );
  const dash = token.indexOf('-', 1);
  if (dash > 0 && dash < token.length - 1) {
    const first = token.slice(0, dash);
    const head = token.slice(token.lastIndexOf('-') + 1).toLowerCase();
    h[Slot.FirstPart] = hashFeature(first.toLowerCase());
    const firstBase = baseOf(first);
    h[Slot.FirstPartGaz] = hashFeature(
      (gazOf(first, resources) || (firstBase ? 'DER' : '')) +
        (isEquipment(first) ? 'EQ' : '') +
        wordShape(first),
    );
    h[Slot.Head] = hashFeature(head);
  } else {
    h[Slot.FirstPart] = EMPTY;
    h[Slot.FirstPartGaz] = EMPTY;
    h[Slot.Head] = EMPTY;
  }
  return h;
}

/** Describes each token once; `domain` 0 for tagging, the corpus index in training. */
export function prepareNerItems(
  tokens: readonly string[],
  resources?: NerResources,
  domain = 0,
): NerItem[] {
  const quote = quotePositions(tokens);
  return tokens.map((token, index) => {
    const entry = formEntry(token, resources);
    return { formId: entry.id, h: entry.h, quote: QUOTE_HASHES[quote[index]!]!, domain };
  });
}

/**
 * Gazetteer subtypes that are not places, folded to their NER type's initial:
 * german-pos-dict's first names, surnames and other persons (VOR, NAC, PER);
 * the English lists' organisations (ORG) and nationality words (NAT: MISC in
 * CoNLL). A subtype with a suffix ("ORG+": a later word of a multi-word
 * name) folds like its first three letters, and one found for the lower-cased
 * spelling ("lc:COU") like the subtype itself. Every other subtype is a place.
 */
const SUBTYPE_COARSE: Readonly<Record<string, string>> = {
  VOR: 'P',
  NAC: 'P',
  PER: 'P',
  ORG: 'O',
  NAT: 'M',
};

/**
 * The name types a word may have, folded to NER types ("P", "L", "LO" …):
 * gazetteer subtypes by SUBTYPE_COARSE, places as location, and the name list
 * adds what the training corpora saw (GermEval's OTH and MISC count as "M"). Coarse
 * values generalise better than the fine subtypes with little training data.
 */
function coarseType(nameTypes: string, nameList: string): string {
  const set = new Set<string>();
  if (nameTypes !== '')
    for (const type of nameTypes.split('|')) {
      const t = type.startsWith('lc:') ? type.slice(3) : type;
      set.add(SUBTYPE_COARSE[t] ?? SUBTYPE_COARSE[t.slice(0, 3)] ?? 'L');
    }
  if (nameList !== '') for (const t of nameList.split('|')) set.add(t === 'OTH' ? 'M' : t[0]!);
  return [...set].sort().join('');
}

const QUOTE_MARKS = new Set(['"', '„', '“', '”', '»', '«', "''", '``', '‚', '‘', '’', '›', '‹']);
const QUOTE_HASHES = ['out', 'first', 'in', 'mark'].map(hashFeature);

/**
 * Where each token stands with respect to quotation marks: 0 outside, 1 first
 * word inside, 2 further inside, 3 the mark itself. Titles of works (GermEval OTH)
 * are often quoted. Marks are paired in order within the sequence.
 */
function quotePositions(tokens: readonly string[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTE_MARKS.has(tokens[i]!)) continue;
    out[i] = 3;
    if (open < 0) open = i;
    else {
      if (i - open <= 12) for (let k = open + 1; k < i; k++) out[k] = k === open + 1 ? 1 : 2;
      open = -1;
    }
  }
  return out;
}

const BOUNDARY: NerItem = {
  formId: 0,
  h: new Uint32Array(Slot.Count).fill(hashFeature('<S>')),
  quote: hashFeature('<S>'),
  domain: 0,
};

/** Template ids: each (slot, offset) pair or conjunction gets its own id. */
let nextTemplate = 1;
const T = () => nextTemplate++;
const SINGLE: readonly [slot: Slot, offset: number, id: number, compact: boolean][] = [
  [Slot.Lower, 0, T(), true],
  [Slot.Lower, -1, T(), true],
  [Slot.Lower, 1, T(), true],
  [Slot.Lower, -2, T(), false],
  [Slot.Lower, 2, T(), false],
  [Slot.Form, 0, T(), false],
  [Slot.Shape, 0, T(), true],
  [Slot.Shape, -1, T(), true],
  [Slot.Shape, 1, T(), true],
  [Slot.ShortShape, -2, T(), false],
  [Slot.ShortShape, 2, T(), false],
  [Slot.Suf1, 0, T(), false],
  [Slot.Suf2, 0, T(), false],
  [Slot.Suf3, 0, T(), true],
  [Slot.Suf4, 0, T(), true],
  [Slot.Pre2, 0, T(), false],
  [Slot.Pre3, 0, T(), true],
  [Slot.Suf3, -1, T(), false],
  [Slot.Suf3, 1, T(), false],
  [Slot.Gaz, 0, T(), true],
  [Slot.Gaz, -1, T(), false],
  [Slot.Gaz, 1, T(), false],
  [Slot.Derived, 0, T(), true],
  [Slot.FirstPart, 0, T(), true],
  [Slot.FirstPartGaz, 0, T(), true],
  [Slot.Head, 0, T(), true],
  [Slot.WordClass, 0, T(), true],
  [Slot.WordClass, -1, T(), true],
  [Slot.WordClass, 1, T(), true],
  [Slot.NameList, 0, T(), true],
  [Slot.NameList, -1, T(), false],
  [Slot.NameList, 1, T(), false],
  [Slot.Coarse, 0, T(), true],
  [Slot.Coarse, -1, T(), true],
  [Slot.Coarse, 1, T(), true],
];
const PAIRS: readonly [a: Slot, ao: number, b: Slot, bo: number, id: number, compact: boolean][] = [
  [Slot.Lower, -1, Slot.Lower, 0, T(), true],
  [Slot.Lower, 0, Slot.Lower, 1, T(), true],
  [Slot.Lower, -1, Slot.Shape, 0, T(), false],
  [Slot.Shape, 0, Slot.Lower, 1, T(), false],
  [Slot.ShortShape, -1, Slot.ShortShape, 0, T(), false],
  [Slot.ShortShape, 0, Slot.ShortShape, 1, T(), false],
  [Slot.Gaz, 0, Slot.Shape, 0, T(), true],
  [Slot.Gaz, 0, Slot.Gaz, 1, T(), false],
  [Slot.Gaz, -1, Slot.Gaz, 0, T(), false],
  [Slot.WordClass, 0, Slot.ShortShape, 0, T(), true],
  [Slot.WordClass, -1, Slot.WordClass, 0, T(), false],
  [Slot.NameList, 0, Slot.WordClass, 0, T(), false],
  [Slot.NameList, 0, Slot.Gaz, 0, T(), false],
  [Slot.Quote, 0, Slot.ShortShape, 0, T(), true],
  [Slot.Quote, 0, Slot.WordClass, 0, T(), false],
  [Slot.Coarse, 0, Slot.ShortShape, 0, T(), true],
  [Slot.Coarse, 0, Slot.Coarse, 1, T(), false],
  [Slot.Lower, -1, Slot.Coarse, 0, T(), true],
];
const BIAS = T();
const FIRST_SHAPE = T();
// Word-cluster templates (version 6), numbered after the older ones so that
// models of versions 4 and 5 keep their feature hashes.
// The token's own clusters only: on the GermEval hold-out, neighbours' clusters
// as well (7 singles, 2 pairs) scored 63.4 against 65.5 without clusters.
const CLUSTER_SINGLE: readonly [slot: Slot, offset: number, id: number][] = [
  [Slot.Cluster0, 0, T()],
  [Slot.Cluster1, 0, T()],
  [Slot.Cluster2, 0, T()],
];
const CLUSTER_PAIRS: readonly [a: Slot, ao: number, b: Slot, bo: number, id: number][] = [
  [Slot.Cluster1, 0, Slot.ShortShape, 0, T()],
];
const TEMPLATE_SALT = 0x6e6572; // "ner"

/** Domain salts: copy hashes are `mix(hash, salt)` with the lowest bit set. */
function domainCopy(hash: number, domain: number): number {
  return (mix(hash, 0x51ed27 + domain * 0x1000193) | 1) >>> 0;
}

function emit(sink: FeatureSink, hash: number, domain: number): void {
  const general = (hash & ~1) >>> 0;
  sink.addHash(general);
  if (domain > 0) sink.addHash(domainCopy(general, domain));
}

/**
 * Feature-template versions: 4 = full set (55 features a token), 5 = compact set
 * (30), about twice as fast; 6 = full set plus word-cluster features (64).
 */
export const NER_FULL_FEATURES = 4;
export const NER_COMPACT_FEATURES = 5;
export const NER_CLUSTER_FEATURES = 6;

/**
 * An extractor of all NER features (for training), also split for taggers:
 * `own(item, offset)` gives the features of a position that depend on the item
 * at `offset` alone (its word, shape, gazetteer class … as the token itself or
 * as a neighbour), the same wherever that form occurs, so a tagger may cache
 * their scores per form and offset; `context` gives the rest (conjunctions of
 * two positions, quotation marks, sentence start).
 */
export type NerFeatureExtractor = FeatureExtractor<NerItem> & SplitFeatureExtractor<NerItem>;

interface SingleTemplate {
  slot: Slot;
  offset: number;
  seed: number;
}
interface PairTemplate {
  a: Slot;
  ao: number;
  b: Slot;
  bo: number;
  seed: number;
}

/** The NER feature extractor of a template version (see module comment). */
export function createNerFeatures(version: number = NER_FULL_FEATURES): NerFeatureExtractor {
  const compact = version === NER_COMPACT_FEATURES;
  const singles: SingleTemplate[] = SINGLE.filter((t) => !compact || t[3])
    .map(([slot, offset, id]) => [slot, offset, id] as const)
    .concat(version === NER_CLUSTER_FEATURES ? CLUSTER_SINGLE : [])
    .map(([slot, offset, id]) => ({ slot, offset, seed: mix(TEMPLATE_SALT, id) }));
  const pairs: PairTemplate[] = PAIRS.filter((t) => !compact || t[5])
    .map(([a, ao, b, bo, id]) => [a, ao, b, bo, id] as const)
    .concat(version === NER_CLUSTER_FEATURES ? CLUSTER_PAIRS : [])
    .map(([a, ao, b, bo, id]) => ({ a, ao, b, bo, seed: mix(TEMPLATE_SALT, id) }));
  // Templates over one position's form-only slots (not the quotation position).
  const singleOwn = (t: SingleTemplate) => t.slot !== Slot.Quote;
  const pairOwn = (t: PairTemplate) => t.ao === t.bo && t.a !== Slot.Quote && t.b !== Slot.Quote;
  const offsets = [
    ...new Set([
      0,
      ...singles.filter(singleOwn).map((t) => t.offset),
      ...pairs.filter(pairOwn).map((t) => t.ao),
    ]),
  ].sort((a, b) => a - b);
  const groups = new Map(
    offsets.map((offset) => [
      offset,
      {
        singles: singles.filter((t) => singleOwn(t) && t.offset === offset),
        pairs: pairs.filter((t) => pairOwn(t) && t.ao === offset),
      },
    ]),
  );
  const contextSingles = singles.filter((t) => !singleOwn(t));
  const contextPairs = pairs.filter((t) => !pairOwn(t));
  const bias = mix(TEMPLATE_SALT, BIAS);
  const firstSeed = mix(TEMPLATE_SALT, FIRST_SHAPE);

  const group = (item: NerItem, offset: number, domain: number, sink: FeatureSink): void => {
    const h = item.h;
    const g = groups.get(offset);
    if (g === undefined) return;
    if (offset === 0) emit(sink, bias, domain);
    for (let k = 0; k < g.singles.length; k++) {
      const t = g.singles[k]!;
      emit(sink, mix(t.seed, h[t.slot]!), domain);
    }
    for (let k = 0; k < g.pairs.length; k++) {
      const t = g.pairs[k]!;
      emit(sink, mix(mix(t.seed, h[t.a]!), h[t.b]!), domain);
    }
  };
  const context = (items: readonly NerItem[], index: number, sink: FeatureSink): void => {
    const item = items[index]!;
    const domain = item.domain;
    const n = items.length;
    // (explicit bounds checks: reading past an array's end is slow in V8)
    for (let k = 0; k < contextSingles.length; k++) {
      const t = contextSingles[k]!;
      const j = index + t.offset;
      const other = j >= 0 && j < n ? items[j]! : BOUNDARY;
      emit(sink, mix(t.seed, t.slot === Slot.Quote ? other.quote : other.h[t.slot]!), domain);
    }
    for (let k = 0; k < contextPairs.length; k++) {
      const t = contextPairs[k]!;
      const jx = index + t.ao;
      const jy = index + t.bo;
      const x = jx >= 0 && jx < n ? items[jx]! : BOUNDARY;
      const y = jy >= 0 && jy < n ? items[jy]! : BOUNDARY;
      const a = t.a === Slot.Quote ? x.quote : x.h[t.a]!;
      const b = t.b === Slot.Quote ? y.quote : y.h[t.b]!;
      emit(sink, mix(mix(t.seed, a), b), domain);
    }
    if (index === 0) emit(sink, mix(firstSeed, item.h[Slot.Lower]!), domain);
  };
  const all = (items: readonly NerItem[], index: number, sink: FeatureSink): void => {
    const domain = items[index]!.domain;
    const n = items.length;
    for (const offset of offsets) {
      const j = index + offset;
      group(j >= 0 && j < n ? items[j]! : BOUNDARY, offset, domain, sink);
    }
    context(items, index, sink);
  };
  return Object.assign(all, {
    offsets,
    key: (item: NerItem) => item.formId,
    // Taggers cache these: general features only (domain 0).
    own: (item: NerItem | undefined, offset: number, sink: FeatureSink) =>
      group(item ?? BOUNDARY, offset, 0, sink),
    context,
  });
}

/** The full-set extractor. */
export const nerFeatures: FeatureExtractor<NerItem> = createNerFeatures(NER_FULL_FEATURES);

/**
 * Folds the weights of one domain's copies into the general weights and drops
 * every copy (rows with the lowest hash bit set). Works on the model's sparse
 * rows: `featureHashes` ascending, `rowStart`, `weightLabels`, `weights`.
 */
export function foldDomainWeights(
  data: {
    featureHashes: Uint32Array;
    rowStart: Uint32Array;
    weightLabels: Uint16Array;
    weights: Float32Array;
  },
  labelCount: number,
  domain: number,
): {
  featureHashes: Uint32Array;
  rowStart: Uint32Array;
  weightLabels: Uint16Array;
  weights: Float32Array;
} {
  const rowOf = new Map<number, number>();
  for (let f = 0; f < data.featureHashes.length; f++) rowOf.set(data.featureHashes[f]!, f);
  const hashes: number[] = [];
  const rowStart: number[] = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  const dense = new Float64Array(labelCount);
  for (let f = 0; f < data.featureHashes.length; f++) {
    const hash = data.featureHashes[f]!;
    if ((hash & 1) === 1) continue;
    dense.fill(0);
    for (let k = data.rowStart[f]!; k < data.rowStart[f + 1]!; k++)
      dense[data.weightLabels[k]!]! += data.weights[k]!;
    const copyRow = rowOf.get(domainCopy(hash, domain));
    if (copyRow !== undefined) {
      for (let k = data.rowStart[copyRow]!; k < data.rowStart[copyRow + 1]!; k++) {
        dense[data.weightLabels[k]!]! += data.weights[k]!;
      }
    }
    const before = weights.length;
    for (let y = 0; y < labelCount; y++) {
      if (dense[y] !== 0) {
        labels.push(y);
        weights.push(dense[y]!);
      }
    }
    if (weights.length > before) {
      hashes.push(hash);
      rowStart.push(weights.length);
    }
  }
  return {
    featureHashes: Uint32Array.from(hashes),
    rowStart: Uint32Array.from(rowStart),
    weightLabels: Uint16Array.from(labels),
    weights: Float32Array.from(weights),
  };
}

/**
 * Drops weights smaller than `threshold` in magnitude, and rows left empty. The
 * averaged perceptron leaves many tiny weights on rare features; pruning them
 * shrinks the model and speeds lookups (on a GermEval dev hold-out, a threshold
 * of 2 kept accuracy and removed over half the weights).
 */
export function pruneWeights(
  data: {
    featureHashes: Uint32Array;
    rowStart: Uint32Array;
    weightLabels: Uint16Array;
    weights: Float32Array;
  },
  threshold: number,
): {
  featureHashes: Uint32Array;
  rowStart: Uint32Array;
  weightLabels: Uint16Array;
  weights: Float32Array;
} {
  const hashes: number[] = [];
  const rowStart: number[] = [0];
  const labels: number[] = [];
  const weights: number[] = [];
  for (let f = 0; f < data.featureHashes.length; f++) {
    const before = weights.length;
    for (let k = data.rowStart[f]!; k < data.rowStart[f + 1]!; k++) {
      if (Math.abs(data.weights[k]!) < threshold) continue;
      labels.push(data.weightLabels[k]!);
      weights.push(data.weights[k]!);
    }
    if (weights.length > before) {
      hashes.push(data.featureHashes[f]!);
      rowStart.push(weights.length);
    }
  }
  return {
    featureHashes: Uint32Array.from(hashes),
    rowStart: Uint32Array.from(rowStart),
    weightLabels: Uint16Array.from(labels),
    weights: Float32Array.from(weights),
  };
}
