/**
 * The learned sentence-boundary model: an averaged perceptron over the gap
 * features of boundary-features.ts, trained by `npm run train:segment` (see
 * that script for the data) and stored as JSON (feature string → weight). It is
 * asked only about gaps where the rules see no final punctuation and no line
 * break.
 *
 * Two thresholds: a strict one that (almost) never cuts well-punctuated news,
 * and a loose one for text written without final punctuation (reviews, posts,
 * headline lists). The loose one applies only where the text around a gap
 * shows that style (the `gate`, applied by split-sentences.ts).
 *
 * Speed: the splitter asks about tens of thousands of gaps per megabyte, so the
 * feature strings are compiled at load time into small integer keys. Each
 * token's shape, suffix class and forms are looked up once, and a gap's score is
 * then a handful of integer-keyed map reads, with no string building. The
 * string features (GapFeatures) stay the reference: a test checks that both
 * give the same score.
 */
import type { TokenRecord } from '../contract/types.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import * as features from './boundary-features.js';
import type { BoundaryModelData } from './boundary-model-data.js';
import { germanSegmenterLanguage, type SegmenterLanguage } from './language.js';

export type { BoundaryModelData } from './boundary-model-data.js';

/** The German model without lexicon features (used when no lexicon is passed in). */
export const boundaryModel = germanSegmenterLanguage.model;
/** The German model trained with the lexicon features as well (used when a lexicon is passed in). */
export const lexiconBoundaryModel = germanSegmenterLanguage.lexiconModel!;

/**
 * The model that applies: with a lexicon, the one trained with lexicon features
 * (when the language has one; a lexicon is ignored otherwise).
 */
export function boundaryModelFor(
  lexicon?: Lexicon,
  language: SegmenterLanguage = germanSegmenterLanguage,
): BoundaryModelData {
  return lexicon && language.lexiconModel ? language.lexiconModel : language.model;
}

// Local copies of imported bindings used per token: some module loaders turn
// each read of an imported name into a getter call.
const { featureValue, gapShape, lengthBucket, lexicalClass, tokenClass } = features;

// Feature templates, in the order GapFeatures.features writes them. Parts: S shape,
// L suffix class, F lower-cased form, W form as written, B sentence-length bucket,
// C lexicon class (only with a lexicon).
const TEMPLATES = {
  bias: { id: 0, parts: '' },
  s0: { id: 1, parts: 'S' },
  s1: { id: 2, parts: 'S' },
  s0s1: { id: 3, parts: 'SS' },
  's-1s0s1': { id: 4, parts: 'SSS' },
  s1s2: { id: 5, parts: 'SS' },
  w0: { id: 6, parts: 'L' },
  f0: { id: 7, parts: 'F' },
  w1: { id: 8, parts: 'W' },
  w0w1: { id: 9, parts: 'LW' },
  w1s2: { id: 10, parts: 'WS' },
  'starter1|s0': { id: 11, parts: 'S' },
  len: { id: 12, parts: 'B' },
  'len|s0s1': { id: 13, parts: 'BSS' },
  x0: { id: 14, parts: 'C' },
  x1: { id: 15, parts: 'C' },
  x0x1: { id: 16, parts: 'CC' },
  'x-1x0': { id: 17, parts: 'CC' },
  x1s0: { id: 18, parts: 'CS' },
} as const;
type PartKind = 'S' | 'L' | 'F' | 'W' | 'B' | 'C';

// Bits per part, so that every key (template id, then its parts) stays a small
// integer below 2^30, which maps hash without allocating (templates 0-15 with up
// to 26 bits of parts, 16-18 with at most 22).
const BITS: Record<PartKind, number> = { S: 8, L: 13, F: 13, W: 13, B: 3, C: 11 };

const LENGTH_BUCKETS = ['len<3', 'len<6', 'len<12', 'len<25', 'len25+'];

interface CompiledModel {
  vocabulary: Record<Exclude<PartKind, 'B'>, Map<string, number>>;
  weights: Map<number, number>;
}

// The same packing as pack(), without an array: the scorer calls these per gap.
function key1(t: number, a: number, bitsA: number): number {
  return t * 2 ** bitsA + a;
}
function key2(t: number, a: number, bitsA: number, b: number, bitsB: number): number {
  return (t * 2 ** bitsA + a) * 2 ** bitsB + b;
}
function key3(
  t: number,
  a: number,
  bitsA: number,
  b: number,
  bitsB: number,
  c: number,
  bitsC: number,
): number {
  return ((t * 2 ** bitsA + a) * 2 ** bitsB + b) * 2 ** bitsC + c;
}

function pack(template: number, parts: readonly number[], kinds: string): number {
  let key = template;
  for (let i = 0; i < parts.length; i++) key = key * 2 ** BITS[kinds[i] as PartKind] + parts[i]!;
  return key;
}

/** Splits a feature string into template name and part values ("w0w1=die|Stadt" → w0w1, [die, Stadt]). */
function parseFeature(feature: string): { name: string; values: string[] } {
  const bucket = LENGTH_BUCKETS.find((b) => feature === b || feature.startsWith(b + '|s0s1='));
  if (bucket !== undefined) {
    const index = String(LENGTH_BUCKETS.indexOf(bucket));
    if (feature === bucket) return { name: 'len', values: [index] };
    return {
      name: 'len|s0s1',
      values: [index, ...feature.slice(bucket.length + '|s0s1='.length).split('|')],
    };
  }
  const eq = feature.indexOf('=');
  if (eq < 0) return { name: feature, values: [] };
  return { name: feature.slice(0, eq), values: feature.slice(eq + 1).split('|') };
}

function compile(data: BoundaryModelData): CompiledModel {
  const vocabulary = {
    S: new Map<string, number>(),
    L: new Map<string, number>(),
    F: new Map<string, number>(),
    W: new Map<string, number>(),
    C: new Map<string, number>(),
  };
  const weights = new Map<number, number>();
  for (const [feature, weight] of Object.entries(data.weights)) {
    const { name, values } = parseFeature(feature);
    const template = (TEMPLATES as Record<string, { id: number; parts: string }>)[name];
    // A value that itself contains '|' cannot be told apart: such rare features are left out.
    if (!template || values.length !== template.parts.length) continue;
    const ids: number[] = [];
    let fits = true;
    for (let i = 0; i < values.length; i++) {
      const kind = template.parts[i] as PartKind;
      if (kind === 'B') {
        ids.push(Number(values[i]));
        continue;
      }
      const map = vocabulary[kind];
      let id = map.get(values[i]!);
      if (id === undefined) {
        id = map.size + 1; // 0 means "not in the model"
        if (id >= 2 ** BITS[kind]) {
          fits = false;
          break;
        }
        map.set(values[i]!, id);
      }
      ids.push(id);
    }
    if (fits) weights.set(pack(template.id, ids, template.parts), weight);
  }
  return { vocabulary, weights };
}

const compiledModels = new WeakMap<BoundaryModelData, CompiledModel>();
function compiledFor(data: BoundaryModelData): CompiledModel {
  let compiled = compiledModels.get(data);
  if (!compiled) {
    compiled = compile(data);
    compiledModels.set(data, compiled);
  }
  return compiled;
}

/** Scores the gaps of one token sequence (create one per document: it caches per-token lookups). */
export class BoundaryScorer {
  // Per token: vocabulary ids (0 = not in the model), -1 until looked up.
  private readonly shape: Int32Array;
  private readonly lexical: Int32Array;
  private readonly lower: Int32Array;
  private readonly form: Int32Array;
  private readonly starter: Int8Array;
  private readonly wordClass: Int32Array;
  private readonly compiled: CompiledModel;
  private readonly lexicon: Lexicon | undefined;
  private readonly starters: ReadonlySet<string>;

  /**
   * `lexicon`: score with the language's lexicon model (boundaryModelFor(lexicon, language));
   * ignored when the language has none.
   */
  constructor(
    private readonly text: string,
    private readonly tokens: readonly TokenRecord[],
    lexicon?: Lexicon,
    language: SegmenterLanguage = germanSegmenterLanguage,
  ) {
    this.lexicon = language.lexiconModel ? lexicon : undefined;
    this.compiled = compiledFor(boundaryModelFor(this.lexicon, language));
    this.starters = language.sentenceStarters;
    const n = tokens.length;
    this.wordClass = new Int32Array(lexicon ? n : 0);
    this.shape = new Int32Array(n).fill(-1);
    this.lexical = new Int32Array(n);
    this.lower = new Int32Array(n);
    this.form = new Int32Array(n);
    this.starter = new Int8Array(n);
  }

  /** Looks up token i's part ids once. */
  private load(i: number): void {
    if (this.shape[i] !== -1) return;
    const token = this.tokens[i];
    const { vocabulary } = this.compiled;
    if (!token) {
      this.shape[i] = vocabulary.S.get('<none>') ?? 0;
      this.lexical[i] = vocabulary.L.get('<none>') ?? 0;
      this.lower[i] = vocabulary.F.get('') ?? 0;
      this.form[i] = vocabulary.W.get('') ?? 0;
      return;
    }
    const raw = this.text.slice(token.start, token.end);
    const form = featureValue(raw);
    const lower = form.toLowerCase();
    this.shape[i] = vocabulary.S.get(gapShape(token, form)) ?? 0;
    this.lexical[i] = vocabulary.L.get(lexicalClass(lower)) ?? 0;
    this.lower[i] = vocabulary.F.get(lower) ?? 0;
    this.form[i] = vocabulary.W.get(form) ?? 0;
    this.starter[i] = this.starters.has(raw) ? 1 : 0;
    if (this.lexicon)
      this.wordClass[i] = vocabulary.C.get(tokenClass(this.lexicon, token, form)) ?? 0;
  }

  /**
   * Summed feature weight of the gap after token k: the higher, the likelier a
   * sentence ends there. `tokensSoFar`: tokens since the last rule boundary, up
   * to and including token k. Equals the sum over GapFeatures.features(k, …).
   */
  score(k: number, tokensSoFar: number): number {
    const last = this.tokens.length; // index past the end stands for "no token"
    const prevIndex = k > 0 ? k - 1 : last;
    const nextIndex = k + 1 < last ? k + 1 : last;
    const afterIndex = k + 2 < last ? k + 2 : last;
    this.loadOrNone(prevIndex);
    this.load(k);
    this.loadOrNone(nextIndex);
    this.loadOrNone(afterIndex);
    const sPrev = this.shapeOf(prevIndex);
    const s0 = this.shape[k]!;
    const s1 = this.shapeOf(nextIndex);
    const s2 = this.shapeOf(afterIndex);
    const w0 = this.lexical[k]!;
    const f0 = this.lower[k]!;
    const w1 = this.formOf(nextIndex);
    const bucket = LENGTH_BUCKETS.indexOf(lengthBucket(tokensSoFar));
    const w = this.compiled.weights;
    let score = w.get(TEMPLATES.bias.id) ?? 0;
    if (s0) score += w.get(key1(1, s0, 8)) ?? 0;
    if (s1) score += w.get(key1(2, s1, 8)) ?? 0;
    if (s0 && s1) {
      score += w.get(key2(3, s0, 8, s1, 8)) ?? 0;
      if (sPrev) score += w.get(key3(4, sPrev, 8, s0, 8, s1, 8)) ?? 0;
      score += w.get(key3(13, bucket, 3, s0, 8, s1, 8)) ?? 0;
    }
    if (s1 && s2) score += w.get(key2(5, s1, 8, s2, 8)) ?? 0;
    if (w0) score += w.get(key1(6, w0, 13)) ?? 0;
    if (f0) score += w.get(key1(7, f0, 13)) ?? 0;
    if (w1) {
      score += w.get(key1(8, w1, 13)) ?? 0;
      if (w0) score += w.get(key2(9, w0, 13, w1, 13)) ?? 0;
      if (s2) score += w.get(key2(10, w1, 13, s2, 8)) ?? 0;
    }
    if (nextIndex < last && this.starter[nextIndex] === 1 && s0)
      score += w.get(key1(11, s0, 8)) ?? 0;
    score += w.get(key1(12, bucket, 3)) ?? 0;
    if (this.lexicon) {
      const none = this.compiled.vocabulary.C.get('<none>') ?? 0;
      const cPrev = k > 0 ? this.wordClass[k - 1]! : none;
      const c0 = this.wordClass[k]!;
      const c1 = nextIndex < last ? this.wordClass[nextIndex]! : none;
      if (c0) score += w.get(key1(14, c0, 11)) ?? 0;
      if (c1) {
        score += w.get(key1(15, c1, 11)) ?? 0;
        if (c0) score += w.get(key2(16, c0, 11, c1, 11)) ?? 0;
        if (s0) score += w.get(key2(18, c1, 11, s0, 8)) ?? 0;
      }
      if (cPrev && c0) score += w.get(key2(17, cPrev, 11, c0, 11)) ?? 0;
    }
    return score;
  }

  private loadOrNone(i: number): void {
    if (i < this.tokens.length) this.load(i);
  }

  private shapeOf(i: number): number {
    return i < this.tokens.length
      ? this.shape[i]!
      : (this.compiled.vocabulary.S.get('<none>') ?? 0);
  }

  private formOf(i: number): number {
    return i < this.tokens.length ? this.form[i]! : (this.compiled.vocabulary.W.get('') ?? 0);
  }
}
